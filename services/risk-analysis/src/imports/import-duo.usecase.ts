import { Injectable } from '@nestjs/common';
import {
  type DuoRecord,
  type ImportProgress,
  type RecordSink,
  type TableRead,
  normaliseHeader,
  readDuoStream,
} from '@inspectorate/duo';
import { ConflictError, InvalidInputError } from '@inspectorate/http';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { Clock, JobRunner } from '@inspectorate/scheduling';
import { v7 as uuidv7 } from 'uuid';
import { DuoFileRejected, TableReader } from '../duo/table';
import { Chunks, Datasets, Imports } from '../persistence/collections';
import {
  CHUNK_ROWS,
  type ChunkDoc,
  chunkId,
  type DatasetDoc,
  type ImportReport,
  MAX_LISTED,
} from './import.types';
import { LISTS, type ListName, detectList, yearFromFileName } from './lists';

export interface ImportOptions {
  fileName?: string;
  /** The list the file must be; without it, the header decides. */
  list?: ListName;
  /** The year of a vo pupils file (it has no year column); else taken from the file name. */
  year?: number;
  /** The file's size, when known (the CLI), for the reading progress. */
  bytes?: number;
  onProgress?: ImportProgress;
}

/** The import of one list runs on one replica at a time. */
export const IMPORT_JOB = 'duo-import';

/** What the header said the file is, and its rows as that list's reader read them. */
interface ReadFile {
  list: ListName;
  year: number | null;
  read: TableRead<unknown>;
}

/**
 * Records of a file whose list only its header tells: the header picks the
 * list (or refuses the file, before the rest is read), then that list's
 * reader takes the header and every row.
 */
class ListSink implements RecordSink<ReadFile> {
  private reader: TableReader<unknown, unknown> | null = null;
  private list: ListName | null = null;
  private year: number | null = null;

  constructor(private readonly options: ImportOptions) {}

  record(record: DuoRecord): void {
    if (this.reader === null) {
      const list = detectList(record.cells.map(normaliseHeader), this.options.list);
      if (list === 'voLeerlingen') {
        this.year = this.options.year ?? yearFromFileName(this.options.fileName);
        if (this.year === null)
          throw new InvalidInputError(
            "DUO's vo pupils file has no year column: give year= (or a file name with the year)",
          );
      }
      this.list = list;
      this.reader = new TableReader(LISTS[list].spec);
    }
    this.reader.record(record);
  }

  finish(): ReadFile {
    if (this.reader === null || this.list === null) throw new DuoFileRejected('the file is empty');
    return { list: this.list, year: this.year, read: this.reader.finish() };
  }
}

const PIECE = 64 * 1024;

/** The source's bytes as they pass, counted for the progress. */
async function* counted(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  options: ImportOptions,
): AsyncIterable<Uint8Array> {
  // A file in memory in pieces too, so the reader can give the event loop back between them.
  const chunks =
    source instanceof Uint8Array
      ? Array.from({ length: Math.ceil(source.length / PIECE) }, (_, i) =>
          source.subarray(i * PIECE, (i + 1) * PIECE),
        )
      : source;
  const total = options.bytes ?? (source instanceof Uint8Array ? source.length : 0);
  let done = 0;
  for await (const chunk of chunks) {
    done += chunk.length;
    options.onProgress?.({ phase: 'reading', done, total: Math.max(total, done) });
    yield chunk;
  }
}

/**
 * Imports one DUO statistics file, read as it arrives by the shared streamed
 * reader (libs/duo). The whole file is read and checked first: a file that
 * is not the expected list is refused whole (DuoFileRejected, from its
 * header, before the rest is read) and nothing is written; bad rows are
 * reported with their line and left out. The rows go into chunks under a new
 * import id; only then does the dataset of the list and period point at them
 * (one document write), so a run never sees half a file. The replaced chunks
 * are deleted afterwards.
 */
@Injectable()
export class ImportDuoUseCase {
  constructor(
    @InjectStore(Imports) private readonly imports: Store<ImportReport>,
    @InjectStore(Datasets) private readonly datasets: Store<DatasetDoc>,
    @InjectStore(Chunks) private readonly chunks: Store<ChunkDoc>,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  /** `source`: the file in memory, or as it arrives (an upload, a file stream). */
  async execute(
    source: Uint8Array | AsyncIterable<Uint8Array>,
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    const { result, encoding } = await readDuoStream(
      counted(source, options),
      () => new ListSink(options),
    );
    const { list, year, read } = result;
    if (read.rows.length === 0)
      throw new DuoFileRejected(
        `no row of the ${LISTS[list].label} list can be used (${read.errors.length} bad rows; line ${read.errors[0]?.line}: ${read.errors[0]?.message})`,
      );
    const period = LISTS[list].period(read.rows, year);
    const rows = read.rows;
    const report: ImportReport = {
      _id: uuidv7(),
      fileName: options.fileName ?? null,
      list,
      period,
      encoding,
      status: 'running',
      startedAt: this.clock.now(),
      finishedAt: null,
      totalRows: read.totalRows,
      importedRows: rows.length,
      errorCount: read.errors.length,
      errors: read.errors.slice(0, MAX_LISTED),
      replaced: null,
    };
    const run = await this.jobs.runExclusive(`${IMPORT_JOB}:${list}`, () =>
      this.store(report, rows, year, options),
    );
    if (!run.ran)
      throw new ConflictError(`another import of the ${list} list is running; try again later`);
    return run.value;
  }

  private async store(
    report: ImportReport,
    rows: unknown[],
    year: number | null,
    options: ImportOptions,
  ): Promise<ImportReport> {
    const list = report.list!;
    await this.imports.insert(report);
    try {
      const total = Math.ceil(rows.length / CHUNK_ROWS);
      for (let n = 0; n < total; n += 20) {
        const ops = [];
        for (let k = n; k < Math.min(n + 20, total); k++)
          ops.push({
            insert: {
              _id: chunkId(report._id, k),
              importId: report._id,
              list,
              n: k,
              rows: JSON.stringify(rows.slice(k * CHUNK_ROWS, (k + 1) * CHUNK_ROWS)),
            },
          });
        await this.chunks.bulk(ops);
        options.onProgress?.({ phase: 'storing', done: Math.min(n + 20, total), total });
      }
      const key = `${list}:${report.period}`;
      const before = await this.datasets.findById(key);
      await this.datasets.update(
        { _id: key },
        {
          $set: {
            list,
            period: report.period,
            ...(year === null ? {} : { year }),
            importId: report._id,
            fileName: report.fileName,
            rows: rows.length,
            chunks: total,
            importedAt: this.clock.now(),
          },
        },
        [],
        { upsert: true },
      );
      if (before) await this.chunks.delete({ importId: before.importId });
      const done: ImportReport = {
        ...report,
        status: 'completed',
        finishedAt: this.clock.now(),
        replaced: before?.importId ?? null,
      };
      await this.imports.replace(report._id, done);
      return done;
    } catch (error) {
      // Leave no chunks of a failed import behind; the dataset still points at the old ones.
      await this.chunks.delete({ importId: report._id }).catch(() => undefined);
      await this.imports
        .update(
          { _id: report._id },
          { $set: { status: 'failed', failure: String(error), finishedAt: this.clock.now() } },
        )
        .catch(() => undefined);
      throw error;
    }
  }
}
