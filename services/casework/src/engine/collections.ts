import { defineCollection } from '@inspectorate/persistence';
import type { CaseDoc, CaseRead } from './case';
import { QUEUE_KEYS } from './queue-keys';
import { RETIRED_CASE_INDEXES } from './retired-indexes';

/** One document per case, with its outbox; written conditionally on `version`. */
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
    // Work queues (queue-keys.ts): one key per kind of queue, its values and the
    // opening day in one string, read by $in over a window of days (equality and
    // $in on one field is all our local FerretDB answers from an index, ADR 0001).
    ...Object.keys(QUEUE_KEYS).map((name) => ({ [name]: 1 as const, _id: 1 as const })),
    { openedDay: 1, _id: 1 },
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
