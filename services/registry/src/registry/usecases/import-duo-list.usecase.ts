import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { ConflictError } from '@inspectorate/http';
import { currentCorrelationId, newCorrelationId } from '@inspectorate/observability';
import { Clock, JobRunner, amsterdamDate } from '@inspectorate/scheduling';
import { v7 as uuidv7 } from 'uuid';
import { type ParsedDuoFile, type VestigingRow, readDuoList } from '../../duo/parse';
import {
  type CloseScope,
  DEFAULT_MAX_CLOSE_SHARE,
  refuseCompleteList,
} from '../domain/close-guard';
import { ENTITIES, type EntityDoc, type EntitySpec } from '../domain/entities';
import {
  type WriteContext,
  type WriteOp,
  earlierOutcome,
  planClose,
  planUpsert,
} from '../domain/plan';
import {
  type ImportReport,
  type ImportStatus,
  MAX_LISTED,
  type OutcomeCounts,
  emptyCounts,
} from '../domain/report';
import { boardFacts, schoolFacts, vestigingFacts } from '../domain/snapshots';
import { RegistryStore } from '../persistence/registry.store';
import { type Missing, missingFrom } from './import-scope';
import {
  type ApplyOptions,
  type ImportOptions,
  type Known,
  MAX_CLOSE_SHARE,
  finished,
} from './import-types';

export {
  type ApplyOptions,
  type ImportOptions,
  ImportRefused,
  MAX_CLOSE_SHARE,
  finished,
} from './import-types';

const BATCH = 1000;
const MAX_ATTEMPTS = 5;

/**
 * Imports one DUO list. The file is read and checked as a whole first,
 * streamed (a file that is not a DUO list throws DuoFileRejected, from its
 * header, before anything is written); then, under a lease so one import runs at a time across
 * replicas, each entity is registered, updated with exactly the fields that
 * changed, or left alone, in batches (one bulk write each; a complete list's
 * entities are read once, before the first batch), and
 * for a complete list the open entities of the covered scope that are
 * missing are closed (never deleted). Every change and its event go in one
 * document write (the outbox), so a crash halfway leaves no change without
 * its event; running the import again finishes the job, because unchanged
 * entities produce nothing.
 */
@Injectable()
export class ImportDuoListUseCase {
  private readonly log = new Logger(ImportDuoListUseCase.name);

  constructor(
    private readonly store: RegistryStore,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    @Optional()
    @Inject(MAX_CLOSE_SHARE)
    private readonly maxCloseShare: number = DEFAULT_MAX_CLOSE_SHARE,
  ) {}

  /**
   * `source` is the file in memory or as it arrives (an upload, a file
   * stream): it is read and checked whole, a chunk at a time without holding
   * the event loop, before anything is written. Applied at once, here (the
   * CLI); an upload goes through ImportQueue and is applied in the background.
   */
  async execute(
    source: Uint8Array | AsyncIterable<Uint8Array>,
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    const parsed = await readDuoList(source, options.sector ? { sector: options.sector } : {});
    const result = await this.jobs.runExclusive('registry-import', async () => {
      const report = this.newReport(parsed, options, 'running');
      await this.store.imports.insert(report);
      return this.apply(parsed, report, options);
    });
    if (!result.ran) {
      throw new ConflictError(
        'another DUO import is running (on this or another replica); try again when it has finished',
      );
    }
    return finished(result.value);
  }

  /** A new report for a parsed (or only checked) file: nothing applied yet. */
  newReport(parsed: ParsedDuoFile, options: ImportOptions, status: ImportStatus): ImportReport {
    return {
      ...this.rowsRead(null, parsed),
      _id: uuidv7(),
      fileName: options.fileName ?? null,
      kind: parsed.kind,
      encoding: parsed.encoding,
      complete: options.complete ?? true,
      status,
      startedAt: new Date(),
      finishedAt: null,
      durationMs: null,
      correlationId: currentCorrelationId() ?? newCorrelationId(),
      counts: {},
      boardChanges: [],
      asOf: this.clock.now(),
      ...(options.sector ? { sector: options.sector } : {}),
    };
  }

  /**
   * What the file's rows say, for its report (set on `report` when given):
   * rows, bad rows by line, warnings, the sectors a vestigingen list covers.
   * An upload's rows are read when it is applied, not when it is accepted.
   */
  rowsRead(report: ImportReport | null, parsed: ParsedDuoFile) {
    const rows = {
      totalRows: parsed.totalRows,
      appliedRows: parsed.rows.length,
      errorCount: parsed.errors.length,
      errors: parsed.errors.slice(0, MAX_LISTED),
      warningCount: parsed.warnings.length,
      warnings: parsed.warnings.slice(0, MAX_LISTED),
      sectors: parsed.kind === 'vestigingen' ? parsed.sectors : [],
    } satisfies Partial<ImportReport>;
    if (report) Object.assign(report, rows);
    return rows;
  }

  /**
   * Applies a parsed file for its report, under the import lease the caller
   * holds: the first time, or again after the replica applying it died.
   * Idempotent: what an earlier attempt wrote is unchanged now and counted
   * as that attempt wrote it (from the entity's history). Ends with the
   * report stored as completed, refused or failed; with `options.retry` an
   * error that may pass (a database outage) leaves it running and is thrown,
   * and so is a lost lease (another replica carries on).
   */
  async apply(
    parsed: ParsedDuoFile,
    report: ImportReport,
    options: ApplyOptions = {},
  ): Promise<ImportReport> {
    const started = Date.now();
    report.status = 'running';
    report.counts = {};
    // An upload's report has them from here on (its rows were not read when it was accepted).
    this.rowsRead(report, parsed);
    const ctx: WriteContext = {
      importId: report._id,
      source: 'import',
      // A Date again, whatever the store gave back.
      now: report.asOf ? new Date(report.asOf) : this.clock.now(),
      correlationId: report.correlationId,
    };
    try {
      // What a complete list would close is read before anything is written,
      // so a list that would close (nearly) everything is refused untouched.
      const missing = report.complete
        ? await missingFrom(this.store, parsed, report.sectors)
        : new Map();
      const refusal = report.complete ? this.refusalOf(report, missing) : null;
      if (refusal) {
        report.status = 'refused';
        report.failure = refusal;
        this.log.warn(`import ${report._id} refused: ${refusal}`);
      } else if (parsed.kind === 'boards') {
        const facts = new Map(parsed.rows.map((row) => [row.bevoegdGezagNummer, boardFacts(row)]));
        report.counts.boards = await this.sync(
          ENTITIES.board,
          facts,
          missing,
          report,
          ctx,
          options,
        );
        report.status = 'completed';
      } else {
        await this.importVestigingen(parsed.rows, missing, report, ctx, options);
        report.status = 'completed';
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (options.signal?.aborted || options.retry?.(error)) {
        this.log.warn(`import ${report._id} stopped, to be picked up again: ${message}`);
        report.lastError = message;
        throw error;
      }
      report.status = 'failed';
      report.failure = message;
      this.log.error(`import ${report._id} failed: ${report.failure}`);
    }
    report.finishedAt = new Date();
    // Of this attempt: an import picked up again started before.
    report.durationMs = report.finishedAt.getTime() - started;
    delete report.progress;
    const { _id, ...rest } = report;
    await this.store.imports.replace(_id, rest);
    return report;
  }

  private refusalOf(report: ImportReport, missing: Map<string, Missing>): string | null {
    return refuseCompleteList(
      report.appliedRows,
      report.totalRows,
      [...missing.values()].map((m): CloseScope => ({
        what: m.spec.collection,
        open: m.open,
        wouldClose: m.keys.length,
      })),
      this.maxCloseShare,
    );
  }

  private async importVestigingen(
    rows: VestigingRow[],
    missing: Map<string, Missing>,
    report: ImportReport,
    ctx: WriteContext,
    options: ApplyOptions,
  ): Promise<void> {
    // The first list of a sector brings vestigingen that existed long before
    // we knew them; their registration date is not their opening date.
    // Decided before the first write, and kept for an attempt after a crash.
    if (!report.firstOfSector) {
      const first: string[] = [];
      for (const sector of report.sectors) {
        if (!(await this.store.hasAny(ENTITIES.vestiging, { sector } as never))) first.push(sector);
      }
      report.firstOfSector = first;
      await this.store.imports.update({ _id: report._id }, { $set: { firstOfSector: first } });
    }
    const firstOfSector = new Set(report.firstOfSector);
    const byBrin = new Map<string, VestigingRow[]>();
    for (const row of rows) {
      const list = byBrin.get(row.brin) ?? [];
      list.push(row);
      byBrin.set(row.brin, list);
    }
    const schools = new Map([...byBrin].map(([brin, list]) => [brin, schoolFacts(list)]));
    report.counts.schools = await this.sync(
      ENTITIES.school,
      schools,
      missing,
      report,
      ctx,
      options,
    );
    const vestigingen = new Map(rows.map((row) => [row.vestigingCode, vestigingFacts(row)]));
    report.counts.vestigingen = await this.sync(
      ENTITIES.vestiging,
      vestigingen,
      missing,
      report,
      { ...ctx, initialLoad: (snapshot) => firstOfSector.has(snapshot['sector'] as string) },
      options,
    );
  }

  /** Brings one collection in line with the facts; closes what is missing from a complete list. */
  private async sync(
    spec: EntitySpec,
    facts: Map<string, object>,
    missingOf: Map<string, Missing>,
    report: ImportReport,
    ctx: WriteContext,
    options: ApplyOptions,
  ): Promise<OutcomeCounts> {
    const counts = emptyCounts();
    const keys = [...facts.keys()];
    // The scope's open entities were read whole before anything was written
    // (to know what a complete list closes): planned from that read, an
    // unchanged re-import reads each entity once, not twice. A document that
    // changed since fails its write on the revision and is read again.
    const scope = missingOf.get(spec.collection);
    const read = scope?.read ?? new Map<string, EntityDoc>();
    const progress = async (phase: string, done: number, total: number) => {
      report.progress = { phase: `${spec.collection}: ${phase}`, done, total };
      options.onProgress?.(report.progress);
      await options.checkpoint?.(report);
      options.signal?.throwIfAborted();
    };
    for (let start = 0; start < keys.length; start += BATCH) {
      const batch = keys.slice(start, start + BATCH);
      await this.applyBatch(spec, batch, { read, whole: !!scope }, counts, ctx, (key, existing) => {
        const next = facts.get(key) as Record<string, unknown>;
        if (
          spec.kind === 'school' &&
          existing &&
          existing['bevoegdGezagNummer'] !== next['bevoegdGezagNummer'] &&
          !report.boardChanges.some((c) => c.brin === key)
        ) {
          report.boardChanges.push({
            brin: key,
            from: String(existing['bevoegdGezagNummer']),
            to: String(next['bevoegdGezagNummer']),
          });
        }
        return planUpsert(spec, key, next, existing, ctx);
      });
      await progress('import', Math.min(start + BATCH, keys.length), keys.length);
    }
    if (!report.complete) return counts;
    // Closed by an earlier attempt of this import (picked up again): no longer open, so not missing.
    if ((report.attempts ?? 1) > 1)
      counts.closed += await this.store.count(spec, { lastImportId: report._id, status: 'closed' });
    // Read before the upserts, which touch only keys the list names.
    const missing = missingOf.get(spec.collection)?.keys ?? [];
    const closedOn = amsterdamDate(ctx.now);
    for (let start = 0; start < missing.length; start += BATCH) {
      await this.applyBatch(
        spec,
        missing.slice(start, start + BATCH),
        { read, whole: true },
        counts,
        ctx,
        (_key, existing) => (existing ? planClose(spec, existing, closedOn, ctx) : null),
      );
      await progress('close', Math.min(start + BATCH, missing.length), missing.length);
    }
    return counts;
  }

  /**
   * Plans each entity of the batch from what was read (`known`), writes in
   * bulk; what did not land because the document changed or appeared
   * meanwhile is read and planned again.
   */
  private async applyBatch(
    spec: EntitySpec,
    keys: string[],
    known: Known,
    counts: OutcomeCounts,
    ctx: WriteContext,
    plan: (key: string, existing: EntityDoc | undefined) => WriteOp | null,
  ): Promise<void> {
    let pending = keys;
    // Planned as new without a read (see Known.whole): counted when a re-read finds nothing to do.
    const unread = new Set(known.whole ? keys.filter((key) => !known.read.has(key)) : []);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) {
        throw new Error(
          `${pending.length} ${spec.collection} kept changing during the import (e.g. ${pending[0]}); run it again`,
        );
      }
      const existing =
        attempt === 1
          ? await this.loadUnread(spec, pending, known)
          : await this.store.load(spec, pending);
      const ops: WriteOp[] = [];
      for (const key of pending) {
        const op = plan(key, existing.get(key));
        if (op) ops.push(op);
        else if (attempt === 1 || unread.has(key))
          counts[earlierOutcome(existing.get(key), ctx.importId)] += 1;
      }
      const retry = new Set(await this.store.write(spec, ops));
      for (const op of ops) if (!retry.has(op.key)) counts[op.outcome] += 1;
      pending = [...retry];
    }
  }

  /**
   * The batch's entities: those already read, and the others from the store,
   * unless the read was the complete list's whole scope (then they are taken
   * for new, without a round trip).
   */
  private async loadUnread(
    spec: EntitySpec,
    keys: string[],
    { read, whole }: Known,
  ): Promise<Map<string, EntityDoc>> {
    const unread = whole ? [] : keys.filter((key) => !read.has(key));
    const loaded = unread.length > 0 ? await this.store.load(spec, unread) : new Map();
    for (const key of keys) {
      const doc = read.get(key);
      if (doc) loaded.set(key, doc);
    }
    return loaded;
  }
}
