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

/** The id of an import's k-th chunk: read back one by one by _id (see InputsLoader). */
export const chunkId = (importId: string, k: number): string =>
  `${importId}:${String(k).padStart(5, '0')}`;

/**
 * Chunks (or assessment chunks) read at once, each by its _id. One reply with
 * all of a dataset's chunks grew past what the wire takes at 4× national size
 * (48 MiB: the local FerretDB's proxy closed the connection).
 */
export const READ_AT_ONCE = 8;

/** Documents by _id, READ_AT_ONCE at a time, in the order of the ids; throws on one that is missing. */
export async function readEach<T>(
  ids: readonly string[],
  read: (id: string) => Promise<T | null>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += READ_AT_ONCE) {
    const part = ids.slice(i, i + READ_AT_ONCE);
    const docs = await Promise.all(part.map(read));
    docs.forEach((doc, k) => {
      if (doc === null) throw new Error(`document ${part[k]} is missing`);
      out.push(doc);
    });
  }
  return out;
}
