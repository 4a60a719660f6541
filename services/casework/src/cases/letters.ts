import { SendLetter, createEvent, sourceOf } from '@inspectorate/contracts';
import type { PendingEvent } from '@inspectorate/messaging';
import type { CaseDoc } from './case';
import { type ReportFacts, dutchDate } from './monitoring-texts';

export type LetterPurpose = 'herstelopdracht' | 'voldaan' | 'niet-voldaan';

const TEMPLATES: Record<LetterPurpose, string> = {
  herstelopdracht: 'herstelopdracht-monitoring',
  voldaan: 'herstelopdracht-voldaan',
  'niet-voldaan': 'herstelopdracht-niet-voldaan',
};

interface LetterInput {
  facts: ReportFacts;
  concept?: { title: string; paragraphs: string[] };
  zienswijzeDueOn?: string;
  firstKenmerk?: string | null;
  decidedOn?: string;
}

/**
 * The command asking notifications for a letter of this case. Its request id
 * (`<caseId>:<purpose>`) is the idempotency key: however often the command
 * is delivered or replayed, notifications issues one letter. Recipients
 * (board address, directie for the afschrift) are notifications' business,
 * from its own registry read model; casework says who and what.
 */
export function letterCommand(
  doc: Pick<CaseDoc, '_id' | 'subject' | 'schooljaar'>,
  purpose: LetterPurpose,
  input: LetterInput,
  cause: { correlationId: string; causationId?: string; time?: Date },
): PendingEvent {
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
  if (input.firstKenmerk) placeholders['kenmerk_eerdere_brief'] = input.firstKenmerk;
  const event = createEvent(SendLetter, {
    source: sourceOf('casework'),
    subject: doc._id,
    correlationId: cause.correlationId,
    ...(cause.causationId ? { causationId: cause.causationId } : {}),
    ...(cause.time ? { time: cause.time } : {}),
    data: {
      requestId: `${doc._id}:${purpose}`,
      template: TEMPLATES[purpose],
      caseId: doc._id,
      bevoegdGezagNummer: doc.subject.bevoegdGezagNummer!,
      brin: doc.subject.brin,
      vestigingCode: doc.subject.vestigingCode,
      placeholders,
      afschriftAanDirectie: true,
      ...(input.concept
        ? { attachments: [{ title: input.concept.title, paragraphs: input.concept.paragraphs }] }
        : {}),
      ...(input.firstKenmerk ? { inReplyToKenmerk: input.firstKenmerk } : {}),
    },
  });
  return { definition: SendLetter, event };
}
