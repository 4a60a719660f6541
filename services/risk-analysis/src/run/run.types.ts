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

/** One subject's assessment in one run; `_id` is `runId|kind|id`, so a run's assessments sort as the run did. */
export interface AssessmentDoc {
  _id: string;
  runId: string;
  kind: Assessment['kind'];
  subjectId: string;
  level: Assessment['level'];
  manualAnalysis: boolean;
  /**
   * The assessment as canonical JSON text: read whole, never queried inside
   * (the fields above are for that), and FerretDB stores thousands of deeply
   * nested documents many times slower than the same data as text.
   */
  assessment: string;
}

export const assessmentOf = (doc: Pick<AssessmentDoc, 'assessment'>): Assessment =>
  JSON.parse(doc.assessment) as Assessment;
