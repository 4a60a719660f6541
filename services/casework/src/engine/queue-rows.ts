import { defineCollection } from '@inspectorate/persistence';
import type { CaseDoc } from './case';
import type { CaseListItem } from './case.repository';
import { QUEUE_KEYS, type QueueKeys, queueKeys } from './queue-keys';

/**
 * A case's row in the work queues (issue 13): what a queue row shows and
 * what a queue filters on, kept beside the case in `case_queue_rows`, so a
 * queue page reads and decodes small rows instead of whole cases.
 *
 * Why a second collection and not a projection: our local FerretDB decodes
 * every document it returns (and every one a filter looks at) in full,
 * whatever the projection (ADR 0001), at about 2 ms for a case with its
 * timeline, letters and outbox; a page of 51 cases was about 100 ms of
 * decoding alone (docs/performance.md, "Work queues"). The decoding cost
 * grows with the number of fields, so a row keeps as fields only what a
 * filter or an index needs (the keys of queue-keys.ts, and type, status,
 * assignee, queue, board, school, due date and confidentiality), and the
 * rest of what the queue shows as one JSON string (`view`).
 *
 * Written after every write of its case, from the case after it, by the
 * case's version (`revision`: an older write never overwrites a newer one,
 * libs/persistence `keepLatest`). Without transactions the case marks
 * itself `queueRow: 'pending'` in the same write as the change, and
 * `'written'` once its row is; what a crash or a failed row write leaves
 * pending is written again from the case (store-case.repository.ts).
 */
export interface QueueRowDoc extends QueueKeys {
  /** The case's id. */
  _id: string;
  /** The case's version the row was written from. */
  revision: number;
  type: string;
  status: string;
  assignee: string | null;
  queue: string | null;
  board: string | null;
  brin: string | null;
  nextDueOn: string | null;
  confidential: boolean;
  /** The rest of the queue row (QueueRowView), as JSON: one field to decode instead of a dozen. */
  view: string;
}

/** What a queue row shows besides what it is filtered on. */
type QueueRowView = Pick<CaseDoc, 'caseType' | 'subject' | 'schooljaar' | 'result'> & {
  openedAt: string;
};

/** The case's marker of its row: set with every change, `written` once the row is. */
export type QueueRowState = 'pending' | 'written';

export const CaseQueueRows = defineCollection<QueueRowDoc>({
  name: 'case_queue_rows',
  fields: {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    openedDay: { type: String, required: true },
    type: { type: String, required: true },
    status: { type: String, required: true },
    view: { type: String, required: true },
  },
  indexes: [
    // One key per kind of queue, its values and the opening day in one string,
    // read by $in over a window of days (queue-keys.ts; equality and $in on one
    // field is all our local FerretDB answers from an index, ADR 0001).
    ...Object.keys(QUEUE_KEYS).map((name) => ({ [name]: 1 as const, _id: 1 as const })),
    { openedDay: 1, _id: 1 },
  ],
});

/** The row of a case (without `_id` and `revision`). */
export function queueRowOf(doc: CaseDoc): Omit<QueueRowDoc, '_id' | 'revision'> {
  const view: QueueRowView = {
    caseType: doc.caseType,
    subject: doc.subject,
    schooljaar: doc.schooljaar,
    result: doc.result,
    openedAt: doc.openedAt.toISOString(),
  };
  return {
    ...queueKeys(doc),
    type: doc.caseType.code,
    status: doc.status,
    assignee: doc.assignee,
    queue: doc.queue,
    board: doc.subject.bevoegdGezagNummer,
    brin: doc.subject.brin,
    nextDueOn: doc.nextDueOn,
    confidential: doc.confidential,
    view: JSON.stringify(view),
  };
}

/** The whole row of a case, as stored (the benchmark seeds these). */
export const storedQueueRow = (doc: CaseDoc): QueueRowDoc => ({
  _id: doc._id,
  revision: doc.version,
  ...queueRowOf(doc),
});

/** The queue item a row shows: the same shape as before the rows (the API's `CaseListItem`). */
export function listItemOf(row: QueueRowDoc): CaseListItem {
  const view = JSON.parse(row.view) as QueueRowView;
  return {
    _id: row._id,
    caseType: view.caseType,
    confidential: row.confidential,
    subject: view.subject,
    schooljaar: view.schooljaar,
    status: row.status,
    result: view.result,
    assignee: row.assignee,
    queue: row.queue,
    nextDueOn: row.nextDueOn,
    openedAt: new Date(view.openedAt),
  };
}

/** What a page reads of a row: all but the keys (read through, never shown). */
export const ROW_FIELDS = Object.fromEntries(
  Object.keys(QUEUE_KEYS).map((name) => [name, 0 as const]),
) as Record<keyof typeof QUEUE_KEYS, 0>;

/** The fields of a case a row is made of (and `version`, its revision). */
export const ROW_SOURCE_FIELDS = {
  _id: 1,
  caseType: 1,
  confidential: 1,
  subject: 1,
  schooljaar: 1,
  status: 1,
  result: 1,
  assignee: 1,
  queue: 1,
  nextDueOn: 1,
  openedAt: 1,
  version: 1,
} as const;
