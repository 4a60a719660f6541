import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { ConflictError, RuleViolationError } from '@inspectorate/http';
import type { Sector } from '@inspectorate/contracts';
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
import { type WriteContext, type WriteOp, planClose, planUpsert } from '../domain/plan';
import { type ImportReport, MAX_LISTED, type OutcomeCounts, emptyCounts } from '../domain/report';
import { boardFacts, schoolFacts, vestigingFacts } from '../domain/snapshots';
import { RegistryStore } from '../persistence/registry.store';

export interface ImportOptions {
  fileName?: string;
  /** Sector of every row, for lists without a sector column. */
  sector?: Sector;
  /**
   * The file is DUO's complete list (the default, as DUO publishes them):
   * open entities of the covered sectors that are not in it get closed.
   * False for a partial file: nothing is closed.
   */
  complete?: boolean;
  /** Progress for the CLI: rows planned and written so far, per phase. */
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

/** The share of a scope's open entities one complete list may close (REGISTRY_MAX_CLOSE_SHARE). */
export const MAX_CLOSE_SHARE = Symbol('registry:max-close-share');

/**
 * A complete list that would close (nearly) everything it covers: refused as
 * a whole before anything is written. `report` is stored with status refused.
 */
export class ImportRefused extends RuleViolationError {
  constructor(readonly report: ImportReport) {
    super(`import refused: ${report.failure}`, {
      code: 'import-refused',
      extensions: { report },
    });
  }
}

/**
 * The open entities of one kind in the scope a complete list covers: those
 * it does not name (what it would close), and all of them as read, so that
 * planning the list does not read them a second time.
 */
interface Missing {
  spec: EntitySpec;
  keys: string[];
  open: number;
  read: Map<string, EntityDoc>;
}

const BATCH = 1000;
const MAX_ATTEMPTS = 5;

/**
 * Imports one DUO list. The file is read and checked as a whole first,
 * streamed (a file that is not a DUO list throws DuoFileRejected, from its
 * header, before anything is written); then, under a lease so one import runs at a time across
 * replicas, each entity is registered, updated with exactly the fields that
 * changed, or left alone, in batches (one read, one bulk write each), and
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
   * the event loop, before anything is written.
   */
  async execute(
    source: Uint8Array | AsyncIterable<Uint8Array>,
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    const parsed = await readDuoList(source, options.sector ? { sector: options.sector } : {});
    const result = await this.jobs.runExclusive('registry-import', () => this.run(parsed, options));
    if (!result.ran) {
      throw new ConflictError(
        'another DUO import is running (on this or another replica); try again when it has finished',
      );
    }
    return result.value;
  }

  private async run(parsed: ParsedDuoFile, options: ImportOptions): Promise<ImportReport> {
    const started = new Date();
    const correlationId = currentCorrelationId() ?? newCorrelationId();
    const report: ImportReport = {
      _id: uuidv7(),
      fileName: options.fileName ?? null,
      kind: parsed.kind,
      encoding: parsed.encoding,
      complete: options.complete ?? true,
      sectors: parsed.kind === 'vestigingen' ? parsed.sectors : [],
      status: 'running',
      startedAt: started,
      finishedAt: null,
      durationMs: null,
      correlationId,
      totalRows: parsed.totalRows,
      appliedRows: parsed.rows.length,
      errorCount: parsed.errors.length,
      errors: parsed.errors.slice(0, MAX_LISTED),
      warningCount: parsed.warnings.length,
      warnings: parsed.warnings.slice(0, MAX_LISTED),
      counts: {},
      boardChanges: [],
    };
    await this.store.imports.insert(report);
    const ctx: WriteContext = {
      importId: report._id,
      source: 'import',
      now: this.clock.now(),
      correlationId,
    };
    try {
      // What a complete list would close is read before anything is written,
      // so a list that would close (nearly) everything is refused untouched.
      const missing = report.complete ? await this.missing(parsed, report.sectors) : new Map();
      const refusal = report.complete
        ? refuseCompleteList(
            report.appliedRows,
            report.totalRows,
            [...missing.values()].map((m): CloseScope => ({
              what: m.spec.collection,
              open: m.open,
              wouldClose: m.keys.length,
            })),
            this.maxCloseShare,
          )
        : null;
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
      report.status = 'failed';
      report.failure = error instanceof Error ? error.message : String(error);
      this.log.error(`import ${report._id} failed: ${report.failure}`);
    } finally {
      report.finishedAt = new Date();
      report.durationMs = report.finishedAt.getTime() - started.getTime();
      const { _id, ...rest } = report;
      await this.store.imports.replace(_id, rest);
    }
    if (report.status === 'refused') throw new ImportRefused(report);
    if (report.status === 'failed') throw new Error(`import failed: ${report.failure}`);
    return report;
  }

  /** Per collection the list covers: its open entities there that the list does not name. */
  private async missing(parsed: ParsedDuoFile, sectors: string[]): Promise<Map<string, Missing>> {
    const named: [EntitySpec, Set<string>, Record<string, unknown>][] =
      parsed.kind === 'boards'
        ? [[ENTITIES.board, new Set(parsed.rows.map((r) => r.bevoegdGezagNummer)), {}]]
        : [
            [
              ENTITIES.school,
              new Set(parsed.rows.map((r) => r.brin)),
              { sector: { $in: sectors } },
            ],
            [
              ENTITIES.vestiging,
              new Set(parsed.rows.map((r) => r.vestigingCode)),
              { sector: { $in: sectors } },
            ],
          ];
    const result = new Map<string, Missing>();
    for (const [spec, keys, scope] of named) {
      const open = await this.store.openEntities(spec, scope);
      result.set(spec.collection, {
        spec,
        open: open.length,
        keys: open.map((doc) => doc._id).filter((k) => !keys.has(k)),
        read: new Map(open.map((doc) => [doc._id, doc])),
      });
    }
    return result;
  }

  private async importVestigingen(
    rows: VestigingRow[],
    missing: Map<string, Missing>,
    report: ImportReport,
    ctx: WriteContext,
    options: ImportOptions,
  ): Promise<void> {
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
    // The first list of a sector brings vestigingen that existed long before
    // we knew them; their registration date is not their opening date.
    const firstOfSector = new Set<string>();
    for (const sector of report.sectors) {
      if (!(await this.store.hasAny(ENTITIES.vestiging, { sector } as never)))
        firstOfSector.add(sector);
    }
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
    options: ImportOptions,
  ): Promise<OutcomeCounts> {
    const counts = emptyCounts();
    const keys = [...facts.keys()];
    // The scope's open entities were read whole before anything was written
    // (to know what a complete list closes): planned from that read, an
    // unchanged re-import reads each entity once, not twice. A document that
    // changed since fails its write on the revision and is read again.
    const read = missingOf.get(spec.collection)?.read ?? new Map<string, EntityDoc>();
    const progress = (phase: string, done: number, total: number) =>
      options.onProgress?.({ phase: `${spec.collection}: ${phase}`, done, total });
    for (let start = 0; start < keys.length; start += BATCH) {
      const batch = keys.slice(start, start + BATCH);
      await this.applyBatch(spec, batch, read, counts, (key, existing) => {
        const next = facts.get(key) as Record<string, unknown>;
        if (
          spec.kind === 'school' &&
          existing &&
          existing['bevoegdGezagNummer'] !== next['bevoegdGezagNummer']
        ) {
          report.boardChanges.push({
            brin: key,
            from: String(existing['bevoegdGezagNummer']),
            to: String(next['bevoegdGezagNummer']),
          });
        }
        return planUpsert(spec, key, next, existing, ctx);
      });
      progress('import', Math.min(start + BATCH, keys.length), keys.length);
    }
    // Read before the upserts, which touch only keys the list names.
    const missing = missingOf.get(spec.collection)?.keys ?? [];
    if (!report.complete || missing.length === 0) return counts;
    const closedOn = amsterdamDate(ctx.now);
    for (let start = 0; start < missing.length; start += BATCH) {
      await this.applyBatch(
        spec,
        missing.slice(start, start + BATCH),
        read,
        counts,
        (_key, existing) => (existing ? planClose(spec, existing, closedOn, ctx) : null),
      );
      progress('close', Math.min(start + BATCH, missing.length), missing.length);
    }
    return counts;
  }

  /**
   * Reads the batch (what `read` does not hold yet), plans each entity,
   * writes in bulk; what did not land because the document changed
   * meanwhile is read and planned again.
   */
  private async applyBatch(
    spec: EntitySpec,
    keys: string[],
    read: Map<string, EntityDoc>,
    counts: OutcomeCounts,
    plan: (key: string, existing: EntityDoc | undefined) => WriteOp | null,
  ): Promise<void> {
    let pending = keys;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) {
        throw new Error(
          `${pending.length} ${spec.collection} kept changing during the import (e.g. ${pending[0]}); run it again`,
        );
      }
      const existing =
        attempt === 1
          ? await this.loadUnread(spec, pending, read)
          : await this.store.load(spec, pending);
      const ops: WriteOp[] = [];
      for (const key of pending) {
        const op = plan(key, existing.get(key));
        if (op) ops.push(op);
        else if (attempt === 1) counts.unchanged += 1;
      }
      const retry = new Set(await this.store.write(spec, ops));
      for (const op of ops) if (!retry.has(op.key)) counts[op.outcome] += 1;
      pending = [...retry];
    }
  }

  /** The batch's entities: those already read from `read`, the others from the store. */
  private async loadUnread(
    spec: EntitySpec,
    keys: string[],
    read: Map<string, EntityDoc>,
  ): Promise<Map<string, EntityDoc>> {
    const unread = keys.filter((key) => !read.has(key));
    const loaded = unread.length > 0 ? await this.store.load(spec, unread) : new Map();
    for (const key of keys) {
      const doc = read.get(key);
      if (doc) loaded.set(key, doc);
    }
    return loaded;
  }
}
