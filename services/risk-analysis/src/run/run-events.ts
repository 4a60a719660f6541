import type { PendingEvent } from '@inspectorate/messaging';

/**
 * A run's RiskAssessed and RiskFlagged events, in documents of their own
 * (collection `run_events`), apart from the assessment chunks they describe.
 * The outbox relay reads and rewrites the documents whose events it
 * publishes (clearing the outbox rewrites the whole document on FerretDB);
 * with the events inside the assessment chunks it did so with every chunk's
 * ~270 KB of assessments as well, which it never publishes.
 */
export interface RunEventsDoc {
  _id: string;
  runId: string;
  n: number;
}

/**
 * Events per document, near enough (~2.3 KB each: ~60 KB a document). The
 * relay clears a batch's outboxes with one statement per outbox length, so
 * the documents hold EVENTS_PER_DOC or one more (a subject's second event),
 * the last one of a batch of writes fewer.
 */
export const EVENTS_PER_DOC = 25;

/** The id of a run's n-th events document. */
export const runEventsId = (runId: string, n: number): string =>
  `${runId}|e${String(n).padStart(6, '0')}`;

/**
 * The events of consecutive subjects in documents of at least `perDoc`
 * events (the last one excepted): a subject's events stay together and in
 * their order, since the relay keeps the order only inside one document.
 * Numbered from `first`.
 */
export function runEventsDocs(
  runId: string,
  perSubject: readonly (readonly PendingEvent[])[],
  first: number,
  perDoc = EVENTS_PER_DOC,
): { insert: RunEventsDoc; events: PendingEvent[] }[] {
  const docs: { insert: RunEventsDoc; events: PendingEvent[] }[] = [];
  let events: PendingEvent[] = [];
  const close = () => {
    const n = first + docs.length;
    docs.push({ insert: { _id: runEventsId(runId, n), runId, n }, events });
    events = [];
  };
  for (const subject of perSubject) {
    events.push(...subject);
    if (events.length >= perDoc) close();
  }
  if (events.length > 0) close();
  return docs;
}
