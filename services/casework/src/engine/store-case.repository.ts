import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { newEventId } from '@inspectorate/contracts';
import {
  DuplicateKeyError,
  InjectStore,
  type Query,
  type Store,
  keepLatest,
} from '@inspectorate/persistence';
import type { CaseChange } from './case-aggregate';
import type { CaseDoc, CaseRead } from './case';
import { type CaseListFilter, type CaseListItem, CaseRepository } from './case.repository';
import { type CaseReadDoc, CaseReadLog, Cases } from './collections';
import {
  FIRST_DAY,
  LOOK_DAYS,
  QUEUE_KEYS,
  type QueueCursor,
  type QueueQuery,
  type QueueStore,
  addDays,
  dayOfCaseId,
  daysFrom,
  firstDay,
  yearsBefore,
  readQueue,
} from './queue-keys';
import {
  CaseQueueRows,
  type QueueRowDoc,
  type QueueRowState,
  ROW_FIELDS,
  ROW_SOURCE_FIELDS,
  listItemOf,
  queueRowOf,
} from './queue-rows';

/** A page of a work queue in queue order: opening day, then id (id order for UUID v7 ids). */
const LIST_OPTIONS = { projection: ROW_FIELDS, sort: { openedDay: 1 as const, _id: 1 as const } };

/** A case as stored: with the state of its queue row (queue-rows.ts). */
type StoredCase = CaseDoc & { queueRow?: QueueRowState };

/** The work-queue keys cases carried before the rows did: taken off them once. */
const OLD_CASE_KEYS = Object.fromEntries(
  ['openedDay', ...Object.keys(QUEUE_KEYS)].map((name) => [name, '']),
);

/**
 * Cases on the platform's stores (libs/persistence): one document per case
 * with its outbox, every change conditional on `version`. The stores put the
 * events in the outbox and tell the relay; nothing here knows about either.
 * Work queues read each case's row beside it (queue-rows.ts).
 */
@Injectable()
export class StoreCaseRepository extends CaseRepository implements OnApplicationBootstrap {
  private readonly logger = new Logger(StoreCaseRepository.name);

  constructor(
    @InjectStore(Cases) private readonly cases: Store<StoredCase>,
    @InjectStore(CaseReadLog) private readonly caseReads: Store<CaseReadDoc>,
    @InjectStore(CaseQueueRows) private readonly rows: Store<QueueRowDoc>,
  ) {
    super();
  }

  get(caseId: string): Promise<CaseDoc | null> {
    return this.cases.findById(caseId, {
      projection: { outbox: 0, outboxPending: 0, queueRow: 0 },
    });
  }

  exists(caseId: string): Promise<boolean> {
    return this.cases.exists({ _id: caseId });
  }

  async insert(doc: CaseDoc, events: CaseChange['events']): Promise<'inserted' | 'duplicate'> {
    try {
      await this.cases.insert({ ...doc, queueRow: 'pending' }, events);
    } catch (error) {
      if (error instanceof DuplicateKeyError) return 'duplicate';
      throw error;
    }
    await this.writeRow(doc, doc.version);
    return 'inserted';
  }

  async update(
    caseId: string,
    version: number,
    change: CaseChange,
    now: Date,
    actor: string,
  ): Promise<boolean> {
    const written = await this.cases.update(
      { _id: caseId, version },
      {
        $set: {
          ...change.set,
          // In the same write as the change: its queue row is to be written (queue-rows.ts).
          queueRow: 'pending',
          updatedAt: now,
          updatedBy: actor,
        },
        $inc: { version: 1 },
        ...(change.timeline.length > 0 ? { $push: { timeline: { $each: change.timeline } } } : {}),
      },
      change.events,
    );
    if (written.matched !== 1) return false;
    await this.writeRow(change.after, version + 1);
    return true;
  }

  /**
   * The case's queue row from the case at `version`, then the case marked
   * `written` if it is still at that version (a later change marked it
   * pending again for its own row). The change is stored already: a failure
   * here leaves the mark pending for rewritePendingRows, not an error.
   */
  private async writeRow(doc: CaseDoc, version: number): Promise<void> {
    try {
      await keepLatest(this.rows, doc._id, version, queueRowOf(doc));
      await this.cases.update(
        { _id: doc._id, version, queueRow: 'pending' },
        { $set: { queueRow: 'written' } },
      );
    } catch (error) {
      this.logger.warn(`queue row of case ${doc._id} left pending: ${String(error)}`);
    }
  }

  /**
   * Writes the rows of cases marked pending (a crash or a failed write
   * between a case and its row), a chunk at a time, from the cases as they
   * are now; by the indexed mark, so cheap when there are none. At start and
   * (rewriteStaleRows) every few minutes. Returns how many it wrote.
   */
  async rewritePendingRows(): Promise<number> {
    return this.rewriteRows({ queueRow: 'pending' });
  }

  /**
   * What the leased QueueRowsJob does every few minutes: the pending rows,
   * and the rows of cases a replica of the release before the rows changed
   * during a rolling update (a case it changes or opens carries the keys
   * again, `openedDay` among them, and no pending mark, so its row showed the
   * case before the change until a replica of this release started again).
   * Those are found by the index on `openedDay`: a `$in` of every day a case
   * can have been opened on, LOOK_DAYS at a time (from the first day any case
   * was opened on, 2026 in production: one read of a few hundred index
   * searches when there are none), not a read of every case; the keys are
   * taken off them as their rows are written. Returns how many it wrote.
   */
  async rewriteStaleRows(): Promise<number> {
    let written = await this.rewritePendingRows();
    const last = lastQueueDay();
    for (let from = (await this.firstCaseDay()) ?? FIRST_DAY; from <= last;) {
      const to = minDay(addDays(from, LOOK_DAYS - 1), last);
      written += await this.rewriteRows({ openedDay: { $in: daysFrom(from, to) } });
      from = addDays(to, 1);
    }
    return written;
  }

  private async rewriteRows(filter: Query): Promise<number> {
    let written = 0;
    for (;;) {
      const chunk = await this.cases.find(filter, { projection: ROW_SOURCE_FIELDS, limit: 200 });
      if (chunk.length === 0) return written;
      for (const c of chunk) {
        await keepLatest(this.rows, c._id, c.version, queueRowOf(c));
      }
      await this.cases.bulk(
        chunk.map((c) => ({
          update: {
            filter: { _id: c._id, version: c.version },
            change: { $set: { queueRow: 'written' }, $unset: OLD_CASE_KEYS },
          },
        })),
      );
      written += chunk.length;
    }
  }

  /**
   * By the unique index on `uniqueKey`: an index lookup on MongoDB and on our
   * FerretDB build, which pushes equality on an indexed field down (ADR 0001).
   */
  async idForKey(uniqueKey: string): Promise<string | null> {
    return (await this.cases.findOne({ uniqueKey }, { projection: { _id: 1 } }))?._id ?? null;
  }

  async *dueForChecks(asOf: string): AsyncIterable<string> {
    const due = await this.cases.find({ nextCheckOn: { $lte: asOf } }, { projection: { _id: 1 } });
    for (const { _id } of due) yield _id;
  }

  /**
   * A page in a few reads of the cases' queue rows, each served by an index
   * (queue-keys.ts), from the first day any case was opened on.
   */
  async list(f: CaseListFilter, limit: number): Promise<CaseListItem[]> {
    const query = caseListQuery(f);
    if (!query) return [];
    const from = await this.firstCaseDay();
    if (!from) return [];
    const after = f.after ? await this.cursor(f.after) : null;
    const page = await readQueue(query, { from, after, to: lastQueueDay() }, limit, this.queue);
    return page.map(listItemOf);
  }

  private readonly queue: QueueStore<QueueRowDoc> = {
    page: (q, n) => this.rows.find(q, { ...LIST_OPTIONS, limit: n }),
    some: (q, n) => this.rows.find(q, { projection: ROW_FIELDS, limit: n }),
    dayOf: (row) => row.openedDay,
  };

  /**
   * The first day any case was opened on: found once (at start, else at the
   * first read that finds a case) and kept, a lower bound for good (ids only
   * grow), so no queue read looks at the years before it.
   */
  private firstDay?: string;
  private async firstCaseDay(): Promise<string | null> {
    this.firstDay ??=
      (await firstDay(ANY_CASE, FIRST_DAY, lastQueueDay(), this.queue)) ?? undefined;
    return this.firstDay ?? null;
  }

  /** The cursor's day: from its UUID v7, else the case's row. */
  private async cursor(id: string): Promise<QueueCursor> {
    const day =
      dayOfCaseId(id) ??
      (await this.rows.findById(id, { projection: { openedDay: 1 } }))?.openedDay ??
      FIRST_DAY;
    return { day, id };
  }

  /**
   * Cases stored before their queue rows were (no `queueRow` mark), or
   * changed since by a replica of that release (which writes the keys
   * `openedDay`, … on the case with every change: a rolling update), and
   * rows left pending: written at start, a chunk at a time, and the keys
   * taken off the cases. On the local FerretDB the first query reads the
   * collection (neither condition is answered from an index), as the keys'
   * own start-up query did before. Every replica may do it: a row follows
   * from its case.
   */
  async onApplicationBootstrap(): Promise<void> {
    const given =
      (await this.rewriteRows({
        $or: [{ queueRow: { $exists: false } }, { openedDay: { $exists: true } }],
      })) + (await this.rewritePendingRows());
    if (given > 0) this.logger.log(`wrote the work-queue rows of ${given} cases`);
    await this.firstCaseDay();
  }

  async recordRead(read: CaseRead): Promise<void> {
    await this.caseReads.insert({ _id: newEventId(), ...read });
  }

  reads(caseId: string, limit: number): Promise<CaseRead[]> {
    return this.caseReads.find({ caseId }, { projection: { _id: 0 }, sort: { at: 1 }, limit });
  }
}

/** A case as the repository stores it once its queue row is written (the benchmark seeds these, and storedQueueRow). */
export const storedCase = (doc: CaseDoc): StoredCase => ({ ...doc, queueRow: 'written' });

const minDay = (a: string, b: string) => (a < b ? a : b);

/** The last day a case can have been opened on: today (UTC, as ids are made), and a day for clock skew. */
export const lastQueueDay = () => addDays(new Date().toISOString().slice(0, 10), 1);

/**
 * A work queue: the most selective of its filters through its key (a
 * school before a board before a person, type and status, a queue, due
 * years, a type), the rest checked on what the key finds; null when nothing
 * can match. Shared with the benchmark's driver baseline.
 */
export function caseListQuery(f: CaseListFilter): QueueQuery | null {
  const filter: Query = {};
  // On the queue rows (queue-rows.ts).
  if (f.type) filter['type'] = f.type;
  if (f.status) filter['status'] = f.status;
  if (f.assignee !== undefined) filter['assignee'] = f.assignee;
  if (f.queue) filter['queue'] = f.queue;
  if (f.board) filter['board'] = f.board;
  if (f.brin) filter['brin'] = f.brin;
  const dueYears = f.deadlineBefore ? yearsBefore(f.deadlineBefore) : [];
  if (f.deadlineBefore) {
    if (dueYears.length === 0) return null;
    filter['nextDueOn'] = { $ne: null, $lt: f.deadlineBefore };
  }
  if (f.confidential === false) filter['confidential'] = false;
  const key = (name: QueueQuery['key']['name'], ...values: string[][]) => ({
    filter,
    key: { name, values },
  });
  if (f.brin) return key('qBrin', [f.brin]);
  if (f.board) return key('qBoard', [f.board]);
  if (f.assignee !== undefined) return key('qAssignee', [f.assignee ?? '']);
  if (f.type && f.status) return key('qTypeStatus', [f.type, f.status]);
  if (f.queue) return key('qQueue', [f.queue]);
  if (f.deadlineBefore) return key('qDue', ...dueYears.map((y) => [y]));
  if (f.type) return key('qType', [f.type]);
  return key('openedDay', []);
}

export { LIST_OPTIONS as CASE_LIST_OPTIONS };

/** Any case at all: where the first opening day is looked for. */
export const ANY_CASE: QueueQuery = { filter: {}, key: { name: 'openedDay', values: [[]] } };
