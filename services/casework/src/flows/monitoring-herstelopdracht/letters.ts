import type { CaseAggregate } from '../../engine/case-aggregate';
import { requestLetter } from '../../engine/letters';
import { type ReportFacts, dutchDate } from './texts';

/** The letters of the flow, by purpose: the template each asks notifications for. */
export const MONITORING_LETTERS = {
  herstelopdracht: 'herstelopdracht-monitoring',
  voldaan: 'herstelopdracht-voldaan',
  'niet-voldaan': 'herstelopdracht-niet-voldaan',
} as const;

export type LetterPurpose = keyof typeof MONITORING_LETTERS;

interface LetterInput {
  facts: ReportFacts;
  concept?: { title: string; paragraphs: string[] };
  zienswijzeDueOn?: string;
  /** The outcome letters quote the first letter's kenmerk (held until it is known). */
  quotesFirst?: boolean;
  decidedOn?: string;
}

/** Asks for one of the flow's letters, with the values its template needs; afschrift to the directie. */
export function requestMonitoringLetter(
  c: CaseAggregate,
  actor: string,
  purpose: LetterPurpose,
  input: LetterInput,
): void {
  const f = input.facts;
  const placeholders: Record<string, string> = {
    schoolnaam: f.schoolName,
    'brin|vest': f.vestigingCode,
    bestuursnaam: f.boardName,
    schooljaar: f.schooljaar,
    deadline_monitoring: dutchDate(f.monitoringDeadline),
    deadline_herstelopdracht: dutchDate(f.herstelDeadline),
    wettelijke_grondslag: f.legalBasis,
  };
  if (input.zienswijzeDueOn) placeholders['termijn_zienswijze'] = dutchDate(input.zienswijzeDueOn);
  if (input.decidedOn) placeholders['datum_besluit'] = dutchDate(input.decidedOn);
  requestLetter(c, actor, {
    purpose,
    template: MONITORING_LETTERS[purpose],
    placeholders,
    afschriftAanDirectie: true,
    ...(input.concept
      ? { attachments: [{ title: input.concept.title, paragraphs: input.concept.paragraphs }] }
      : {}),
    // notifications fills kenmerk_eerdere_brief from the quoted letter's kenmerk.
    ...(input.quotesFirst ? { quotes: 'herstelopdracht' } : {}),
  });
}
