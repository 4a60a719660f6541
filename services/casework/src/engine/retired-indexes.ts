import type { IndexKeys } from '@inspectorate/persistence';
import { QUEUE_KEYS } from './queue-keys';

/**
 * Indexes `cases` no longer declares: the work queues' compound indexes,
 * replaced by the equality keys of queue-keys.ts (issue 13), and those keys'
 * own indexes, which moved to the queue rows (queue-rows.ts). Each costs
 * every write of a case and is read by nothing now, so each replica drops
 * them at start (libs/persistence, `retiredIndexes`; how an index leaves a
 * running replicated system is in ADR 0009). An entry stays a release or
 * two (a database restored from an older backup has the index again).
 */
export const RETIRED_CASE_INDEXES: readonly IndexKeys[] = [
  { 'caseType.code': 1, status: 1, _id: 1 },
  { assignee: 1, status: 1, _id: 1 },
  { queue: 1, _id: 1 },
  { 'subject.bevoegdGezagNummer': 1, _id: 1 },
  { 'subject.brin': 1, _id: 1 },
  { nextDueOn: 1 },
  // The work-queue keys, on the cases' queue rows since (queue-rows.ts).
  ...Object.keys(QUEUE_KEYS).map((name) => ({ [name]: 1 as const, _id: 1 as const })),
  { openedDay: 1, _id: 1 },
];
