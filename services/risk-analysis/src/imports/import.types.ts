import type { RowError } from '../duo/table';
import type { ListName } from './lists';

/** Stored in `imports`; returned by the API and printed by the CLI. */
export interface ImportReport {
  _id: string;
  fileName: string | null;
  /** null until the header said which list the file is. */
  list: ListName | null;
  period: string | null;
  encoding: string | null;
  status: 'running' | 'completed' | 'failed';
  startedAt: Date;
  finishedAt: Date | null;
  totalRows: number;
  importedRows: number;
  errorCount: number;
  /** The first MAX_LISTED bad rows, each with its line (the header is line 1). */
  errors: RowError[];
  /** The import whose rows this one replaced (same list and period), if any. */
  replaced: string | null;
  failure?: string;
}

/** The current rows of one list and period: which import holds them. */
export interface DatasetDoc {
  _id: string;
  list: ListName;
  period: string;
  importId: string;
  fileName: string | null;
  rows: number;
  chunks: number;
  importedAt: Date;
}

/**
 * Up to CHUNK_ROWS rows of one import, as one JSON text. Never queried
 * inside, and FerretDB takes minutes to store and read the same rows as
 * nested documents (a po pupils row holds 30 years), a fraction of a
 * second as text.
 */
export interface ChunkDoc {
  _id: string;
  importId: string;
  list: ListName;
  n: number;
  rows: string;
}

export const MAX_LISTED = 1000;
export const CHUNK_ROWS = 1000;
