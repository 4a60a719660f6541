import { defineCollection } from '@inspectorate/persistence';
import type { CaseDoc, CaseRead } from './case';

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
    // Work queues: the filters people combine most, each led by a selective field.
    { 'caseType.code': 1, status: 1, _id: 1 },
    { assignee: 1, status: 1, _id: 1 },
    { queue: 1, _id: 1 },
    { 'subject.bevoegdGezagNummer': 1, _id: 1 },
    { 'subject.brin': 1, _id: 1 },
    { nextDueOn: 1 },
    // The deadline checks: the earliest due date of a kind a flow handles.
    { nextCheckOn: 1 },
  ],
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
