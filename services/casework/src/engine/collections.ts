import { defineCollection } from '@inspectorate/persistence';
import type { CaseDoc, CaseRead } from './case';
import { RETIRED_CASE_INDEXES } from './retired-indexes';

/**
 * One document per case, with its outbox; written conditionally on `version`.
 * Work queues read the cases' rows beside them (queue-rows.ts, `case_queue_rows`).
 */
export const Cases = defineCollection<CaseDoc>({
  name: 'cases',
  fields: {
    _id: { type: String, required: true },
    uniqueKey: { type: String, required: true },
    caseType: {
      code: { type: String, required: true },
      version: { type: Number, required: true },
    },
    status: { type: String, required: true },
    version: { type: Number, required: true },
  },
  indexes: [
    [{ uniqueKey: 1 }, { unique: true }],
    // Cases whose work-queue row is still to be written (queue-rows.ts): equality, so
    // our local FerretDB answers it from the index too (ADR 0001).
    { queueRow: 1 },
    // Cases a replica of the release before the rows changed (it writes the
    // keys, `openedDay` among them, on the case): found by `$in` over the days
    // cases were opened on, equality our local FerretDB answers from the index
    // too (store-case.repository.ts, rewriteStaleRows). The case of this
    // release has no `openedDay`.
    { openedDay: 1 },
    // The deadline checks: the earliest due date of a kind a flow handles.
    { nextCheckOn: 1 },
  ],
  retiredIndexes: RETIRED_CASE_INDEXES,
  outbox: true,
});

/** Append-only: every read of a case or its timeline. */
export type CaseReadDoc = CaseRead & { _id: string };
export const CaseReadLog = defineCollection<CaseReadDoc>({
  name: 'case_reads',
  fields: {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    actor: { type: String, required: true },
    at: { type: Date, required: true },
  },
  indexes: [{ caseId: 1, at: 1 }],
});
