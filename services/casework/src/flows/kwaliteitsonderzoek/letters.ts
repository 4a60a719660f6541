import type { CaseAggregate } from '../../engine/case-aggregate';
import { dutchDate, requestLetter } from '../../engine/letters';

/** The letters of a kwaliteitsonderzoek, by purpose: the notifications template each asks for. */
export const KO_LETTERS = {
  conceptrapport: 'kwaliteitsonderzoek-conceptrapport',
  rapport: 'kwaliteitsonderzoek-rapport',
} as const;

/**
 * The report's letters of an investigation of the board itself (a
 * bestuursonderzoek judges the board against the kader's BKA standards
 * through the same report use case): its own templates, no afschrift.
 */
export const BOARD_REPORT_LETTERS: Record<keyof typeof KO_LETTERS, string> = {
  conceptrapport: 'bestuursonderzoek-conceptrapport',
  rapport: 'bestuursonderzoek-rapport',
};

/** To the board; about a school with an afschrift to the directie of the vestiging. */
export function requestKoLetter(
  c: CaseAggregate,
  actor: string,
  purpose: keyof typeof KO_LETTERS,
  placeholders: Record<string, string>,
  report: { title: string; paragraphs: string[] },
): void {
  const s = c.doc.subject;
  if (s.kind === 'board') {
    requestLetter(c, actor, {
      purpose,
      template: BOARD_REPORT_LETTERS[purpose],
      placeholders: { bestuursnummer: s.bevoegdGezagNummer ?? '', ...placeholders },
      attachments: [report],
      afschriftAanDirectie: false,
    });
    return;
  }
  requestLetter(c, actor, {
    purpose,
    template: KO_LETTERS[purpose],
    placeholders: {
      schoolnaam: s.vestigingName ?? s.schoolName ?? s.vestigingCode ?? '',
      'brin|vest': s.vestigingCode ?? s.brin ?? '',
      ...placeholders,
    },
    attachments: [report],
    afschriftAanDirectie: true,
  });
}

export { dutchDate };
