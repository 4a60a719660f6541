import type { RowError, RowWarning } from '../../duo/parse';

export interface OutcomeCounts {
  registered: number;
  updated: number;
  closed: number;
  unchanged: number;
}

export const emptyCounts = (): OutcomeCounts => ({
  registered: 0,
  updated: 0,
  closed: 0,
  unchanged: 0,
});

/** Stored in `imports` and returned by the API and the CLI. */
export interface ImportReport {
  _id: string;
  fileName: string | null;
  kind: 'vestigingen' | 'boards';
  encoding: string;
  /** Whether the file was taken as the complete list (then what is missing gets closed). */
  complete: boolean;
  /** Sectors the list covers (vestigingen lists); closing is limited to these. */
  sectors: string[];
  /** refused: a complete list that would close (nearly) everything it covers; nothing changed. */
  status: 'running' | 'completed' | 'failed' | 'refused';
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  correlationId: string;
  totalRows: number;
  appliedRows: number;
  errorCount: number;
  /** The first MAX_LISTED errors, each with its line; errorCount has them all. */
  errors: RowError[];
  warningCount: number;
  warnings: RowWarning[];
  counts: { boards?: OutcomeCounts; schools?: OutcomeCounts; vestigingen?: OutcomeCounts };
  /** Schools that moved to another board in this import. */
  boardChanges: { brin: string; from: string; to: string }[];
  /** Set when status is failed or refused: why. */
  failure?: string;
}

/** Keeps a report document well under MongoDB's size limits on a badly broken file. */
export const MAX_LISTED = 1000;
