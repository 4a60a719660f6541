import type { CaseAggregate } from '../../engine/case-aggregate';
import { dutchDate, requestLetter } from '../../engine/letters';

/** The letters of a kwaliteitsonderzoek, by purpose: the notifications template each asks for. */
export const KO_LETTERS = {
  conceptrapport: 'kwaliteitsonderzoek-conceptrapport',
  rapport: 'kwaliteitsonderzoek-rapport',
} as const;

/** To the board, with an afschrift to the directie of the vestiging. */
export function requestKoLetter(
  c: CaseAggregate,
  actor: string,
  purpose: keyof typeof KO_LETTERS,
  placeholders: Record<string, string>,
  report: { title: string; paragraphs: string[] },
): void {
  const s = c.doc.subject;
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
