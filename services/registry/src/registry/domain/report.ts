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
  /**
   * queued: an upload accepted (202), its file stored, waiting for the import
   * lease; running: being applied (picked up again by any replica when the
   * one running it died); refused: a complete list that would close (nearly)
   * everything it covers, nothing changed.
   */
  status: ImportStatus;
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
  /** An upload applied in the background: how many chunks of its file are stored (import_files). */
  fileChunks?: number;
  /** The sector given for a list without a sector column (an upload, to read its stored file again). */
  sector?: string;
  /** The domain time the import applies as (closedOn, event times), kept when it is picked up again. */
  asOf?: Date;
  /**
   * Sectors whose first list this is (their vestigingen get `initialLoad`),
   * decided before the first write and kept, so an import picked up again
   * after a crash does not take its own first half for an earlier list.
   */
  firstOfSector?: string[];
  /** How often a replica started applying it (more than 1: picked up again). */
  attempts?: number;
  /** While running: the phase and rows done, for a client that polls. */
  progress?: { phase: string; done: number; total: number };
  /** The last attempt's error when it will be tried again (a database outage). */
  lastError?: string;
}

export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed' | 'refused';

/** Keeps a report document well under MongoDB's size limits on a badly broken file. */
export const MAX_LISTED = 1000;
