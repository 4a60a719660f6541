import type { RunYears } from '../domain/inputs';
import type { Assessment, RunResult } from '../domain/run';

export interface RunDoc {
  _id: string;
  status: 'running' | 'completed' | 'failed';
  trigger: 'api' | 'annual';
  model: RunResult['model'];
  asOf: string;
  inputHash: string;
  /** sha256 of the canonical serialisation of the whole result: the same for the same model and inputs. */
  resultHash: string;
  years: RunYears;
  norms: RunResult['norms'];
  counts: {
    besturen: number;
    vestigingen: number;
    flagged: number;
    levels: Record<string, number>;
  };
  startedAt: Date;
  finishedAt: Date | null;
  failure?: string;
}

/**
 * CHUNK_SUBJECTS consecutive assessments of one run (boards, then
 * vestigingen, by code) as one JSON text (their events are in run_events).
 * FerretDB writes a national run's 12,000 documents in minutes and 120 of
 * these in seconds; the queries read a chunk whole anyway. `first` and
 * `last` are the subject keys (`kind|code`) it holds, for lookups and paging.
 */
export interface AssessmentChunkDoc {
  _id: string;
  runId: string;
  n: number;
  first: string;
  last: string;
  /** JSON array of the assessments, each in canonical JSON. */
  assessments: string;
}

export const CHUNK_SUBJECTS = 100;

/** The id of a run's n-th assessment chunk. */
export const assessmentChunkId = (runId: string, n: number): string =>
  `${runId}|${String(n).padStart(5, '0')}`;

export const subjectKey = (a: Pick<Assessment, 'kind' | 'id'>): string => `${a.kind}|${a.id}`;

export const assessmentsOf = (doc: Pick<AssessmentChunkDoc, 'assessments'>): Assessment[] =>
  JSON.parse(doc.assessments) as Assessment[];
