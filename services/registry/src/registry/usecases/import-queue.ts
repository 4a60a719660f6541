import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import type { Sector } from '@inspectorate/contracts';
import { JobRunner } from '@inspectorate/scheduling';
import { DuoFileRejected, checkDuoList, readDuoList } from '../../duo/parse';
import type { ImportReport } from '../domain/report';
import { RegistryStore } from '../persistence/registry.store';
import { ImportDuoListUseCase, type ImportOptions } from './import-duo-list.usecase';

/** Whether this process applies accepted uploads (the service: yes; the CLI: no) and how often it looks. */
export interface ImportWorkerSettings {
  enabled: boolean;
  pollMs: number;
}
export const IMPORT_WORKER = Symbol('registry:import-worker');
const DEFAULTS: ImportWorkerSettings = { enabled: true, pollMs: 2000 };

/** Pieces of a stored upload: well under the 16 MB a document may hold. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * How often an import is started before it counts as failed: a replica that
 * died (kill -9, a node drained) or a database outage ends an attempt; an
 * error that comes back every time should not keep the queue busy forever.
 */
export const MAX_IMPORT_ATTEMPTS = 10;

const PENDING = { status: { $in: ['queued', 'running'] }, fileChunks: { $gt: 0 } };

/**
 * DUO uploads applied in the background. A national list takes minutes to
 * apply, longer than a client or the gateway waits (its upstream timeout),
 * so an upload is only checked as a file while it arrives (a file that is
 * not a DUO list is refused at once, from its header), stored, and answered
 * with 202 and its report (status `queued`). Its rows are read and checked,
 * and what a complete list would close is weighed against the registry, when
 * it is applied: the client polls `GET /imports/:id` until it is completed
 * (bad rows listed by line), refused (why) or failed. Reading the scope of a
 * national list before answering took more than a minute on a loaded machine,
 * and the gateway gave up with a 504.
 *
 * Every replica looks for pending imports every `pollMs` (and at once after
 * it accepted one); the one that gets the import lease applies them one at a
 * time, oldest first, from the stored file. A replica that dies mid-import
 * lets its lease run out (30 s) and another (or itself, restarted) picks the
 * import up again: the import is idempotent (ImportDuoListUseCase.apply), so
 * nothing is applied twice and no change goes without its event.
 */
@Injectable()
export class ImportQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(ImportQueue.name);
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: RegistryStore,
    private readonly importer: ImportDuoListUseCase,
    private readonly jobs: JobRunner,
    @Optional()
    @Inject(IMPORT_WORKER)
    private readonly settings: ImportWorkerSettings = DEFAULTS,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.enabled) return;
    this.timer = setInterval(() => void this.kick(), this.settings.pollMs);
    this.timer.unref();
    void this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
  }

  /**
   * Checks the file as a file while it arrives (DuoFileRejected: not a DUO
   * list, no sector, a quote never closed, no rows), stores it and its report
   * (queued), and returns the report: its rows are not read yet (appliedRows,
   * errors and sectors are known once it is applied) and nothing is applied.
   */
  async submit(
    source: Uint8Array | AsyncIterable<Uint8Array>,
    options: Omit<ImportOptions, 'onProgress'> & { sector?: Sector } = {},
  ): Promise<ImportReport> {
    const pieces: Uint8Array[] = [];
    async function* kept(): AsyncIterable<Uint8Array> {
      for await (const piece of source instanceof Uint8Array ? [source] : source) {
        pieces.push(piece);
        yield piece;
      }
    }
    const checked = await checkDuoList(kept(), options.sector ? { sector: options.sector } : {});
    const report = this.importer.newReport(checked, options, 'queued');
    const bytes = Buffer.concat(pieces);
    const count = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
    // The file first, then the report that points at it: a crash in between
    // leaves pieces nobody waits for, never a queued import without its file.
    for (let n = 0; n < count; n++) {
      await this.store.files.insert({
        _id: `${report._id}:${n}`,
        importId: report._id,
        n,
        data: bytes.subarray(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES),
      });
    }
    report.fileChunks = count;
    await this.store.imports.insert(report);
    this.log.log(`import ${report._id} accepted: ${report.totalRows} rows, ${bytes.length} bytes`);
    void this.kick();
    return report;
  }

  /** Looks for pending imports now (again after the current pass, when one runs); resolves when done. */
  kick(): Promise<void> {
    if (this.stopped || !this.settings.enabled) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = this.drain()
      .catch((error: unknown) =>
        this.log.warn(`imports not applied now, trying again later: ${describe(error)}`),
      )
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          void this.kick();
        }
      });
    return this.draining;
  }

  private async drain(): Promise<void> {
    if (!(await this.store.imports.exists(PENDING))) return;
    await this.jobs.runExclusive('registry-import', async ({ signal }) => {
      while (!this.stopped && !signal.aborted) {
        const next = await this.store.imports.findOne(PENDING, { sort: { startedAt: 1, _id: 1 } });
        if (!next) return;
        await this.applyOne(next, signal);
      }
    });
  }

  private async applyOne(report: ImportReport, signal: AbortSignal): Promise<void> {
    report.attempts = (report.attempts ?? 0) + 1;
    await this.store.imports.update(
      { _id: report._id },
      { $set: { status: 'running' }, $inc: { attempts: 1 } },
    );
    if (report.attempts > 1)
      this.log.warn(`import ${report._id} picked up again (attempt ${report.attempts})`);
    const last = report.attempts >= MAX_IMPORT_ATTEMPTS;
    try {
      const parsed = await this.read(report);
      if (!parsed) return;
      await this.importer.apply(parsed, report, {
        signal,
        retry: () => !last,
        checkpoint: async (r) => {
          await this.store.imports.update(
            { _id: r._id },
            { $set: { progress: r.progress, boardChanges: r.boardChanges } },
          );
        },
      });
    } catch (error) {
      // The last attempt ends the import, also when its file could not be read.
      const failed = last && !signal.aborted && report.status !== 'failed';
      await this.store.imports
        .update(
          { _id: report._id },
          {
            $set: failed
              ? { status: 'failed', failure: describe(error), finishedAt: new Date() }
              : { lastError: describe(error) },
          },
        )
        .catch(() => undefined);
      if (!failed) throw error;
    }
    await this.store.files.delete({ importId: report._id });
    this.log.log(`import ${report._id} ${report.status}`);
  }

  /**
   * The stored upload's rows, read and checked; its report gets what they say
   * (rows applied, errors by line, sectors) at once, for the client that polls.
   * Null when the file is refused as a whole (then so is the import).
   */
  private async read(report: ImportReport) {
    const file = await this.file(report);
    const options = report.sector ? { sector: report.sector as Sector } : {};
    try {
      const parsed = await readDuoList(file, options);
      const rows = this.importer.rowsRead(report, parsed);
      await this.store.imports.update({ _id: report._id }, { $set: rows });
      return parsed;
    } catch (error) {
      // Checked as a file when it was uploaded: only a file stored damaged gets here.
      if (!(error instanceof DuoFileRejected)) throw error;
      const failure = `file refused: ${error.message}`;
      await this.store.imports.update(
        { _id: report._id },
        { $set: { status: 'refused', failure, finishedAt: new Date() } },
      );
      await this.store.files.delete({ importId: report._id });
      this.log.warn(`import ${report._id} refused: ${failure}`);
      return null;
    }
  }

  /** The stored upload, whole. */
  private async file(report: ImportReport): Promise<Uint8Array> {
    const pieces = await this.store.files.find({ importId: report._id }, { sort: { n: 1 } });
    if (pieces.length !== report.fileChunks)
      throw new Error(
        `the stored file of import ${report._id} has ${pieces.length} of its ${report.fileChunks} pieces`,
      );
    return Buffer.concat(pieces.map((p) => bytesOf(p.data)));
  }
}

/** The driver gives stored bytes back as a BSON Binary; the in-memory store as they were. */
function bytesOf(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  const binary = data as { buffer?: Uint8Array; value?: () => Uint8Array };
  if (binary.buffer instanceof Uint8Array) return binary.buffer;
  throw new Error('a stored piece of an upload is not binary data');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
