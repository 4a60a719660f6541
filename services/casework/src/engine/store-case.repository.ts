import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { newEventId } from '@inspectorate/contracts';
import { DuplicateKeyError, InjectStore, type Query, type Store } from '@inspectorate/persistence';
import type { CaseChange } from './case-aggregate';
import type { CaseDoc, CaseRead } from './case';
import { type CaseListFilter, type CaseListItem, CaseRepository } from './case.repository';
import { type CaseReadDoc, CaseReadLog, Cases } from './collections';
import {
  FIRST_DAY,
  type QueueCursor,
  type QueueKeys,
  type QueueQuery,
  type QueueStore,
  addDays,
  dayOfCaseId,
  firstDay,
  yearsBefore,
  openedDayOf,
  queueKeys,
  readQueue,
} from './queue-keys';

const LIST_FIELDS = {
  _id: 1,
  caseType: 1,
  confidential: 1,
  subject: 1,
  schooljaar: 1,
  status: 1,
  result: 1,
  assignee: 1,
  queue: 1,
  nextDueOn: 1,
  openedAt: 1,
} as const;

/** What the queue keys are made of. */
const KEY_FIELDS = {
  _id: 1,
  openedAt: 1,
  caseType: 1,
  status: 1,
  assignee: 1,
  queue: 1,
  nextDueOn: 1,
  subject: 1,
} as const;

/** A page of a work queue in queue order: opening day, then id (id order for UUID v7 ids). */
const LIST_OPTIONS = { projection: LIST_FIELDS, sort: { openedDay: 1 as const, _id: 1 as const } };

/** A case as stored: with the keys its work queues are read by (queue-keys.ts). */
type StoredCase = CaseDoc & Partial<QueueKeys>;

/**
 * Cases on the platform's stores (libs/persistence): one document per case
 * with its outbox, every change conditional on `version`. The stores put the
 * events in the outbox and tell the relay; nothing here knows about either.
 */
@Injectable()
export class StoreCaseRepository extends CaseRepository implements OnApplicationBootstrap {
  private readonly logger = new Logger(StoreCaseRepository.name);

  constructor(
    @InjectStore(Cases) private readonly cases: Store<StoredCase>,
    @InjectStore(CaseReadLog) private readonly caseReads: Store<CaseReadDoc>,
  ) {
    super();
  }

  get(caseId: string): Promise<CaseDoc | null> {
    return this.cases.findById(caseId, { projection: { outbox: 0, outboxPending: 0 } });
  }

  exists(caseId: string): Promise<boolean> {
    return this.cases.exists({ _id: caseId });
  }

  async insert(doc: CaseDoc, events: CaseChange['events']): Promise<'inserted' | 'duplicate'> {
    try {
      await this.cases.insert(storedCase(doc), events);
      return 'inserted';
    } catch (error) {
      if (error instanceof DuplicateKeyError) return 'duplicate';
      throw error;
    }
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
          // The queue keys follow status, assignee, queue and due date: written anew from the case after.
          ...queueKeys(change.after),
          updatedAt: now,
          updatedBy: actor,
        },
        $inc: { version: 1 },
        ...(change.timeline.length > 0 ? { $push: { timeline: { $each: change.timeline } } } : {}),
      },
      change.events,
    );
    return written.matched === 1;
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
   * A page in a few reads, each served by an index (queue-keys.ts), from the
   * first day any case was opened on.
   */
  async list(f: CaseListFilter, limit: number): Promise<CaseListItem[]> {
    const query = caseListQuery(f);
    if (!query) return [];
    const from = await this.firstCaseDay();
    if (!from) return [];
    const after = f.after ? await this.cursor(f.after) : null;
    return readQueue<CaseListItem>(query, { from, after, to: lastQueueDay() }, limit, this.queue);
  }

  private readonly queue: QueueStore<CaseListItem> = {
    page: (q, n) => this.cases.find(q, { ...LIST_OPTIONS, limit: n }),
    some: (q, n) => this.cases.find(q, { projection: LIST_FIELDS, limit: n }),
    dayOf: openedDayOf,
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

  /** The cursor's day: from its UUID v7, else the case's stored key. */
  private async cursor(id: string): Promise<QueueCursor> {
    const day =
      dayOfCaseId(id) ??
      (await this.cases.findById(id, { projection: { openedDay: 1 } }))?.openedDay ??
      FIRST_DAY;
    return { day, id };
  }

  /**
   * Cases stored before their queue keys were: given them once at start, a
   * chunk at a time (on MongoDB the query is served by the `openedDay`
   * index; on the local FerretDB it reads the collection, which is small
   * there). Every replica may do it: the keys follow from the case.
   */
  async onApplicationBootstrap(): Promise<void> {
    let given = 0;
    for (;;) {
      const missing = await this.cases.find(
        { openedDay: { $exists: false } },
        { projection: KEY_FIELDS, limit: 500 },
      );
      if (missing.length === 0) break;
      await this.cases.bulk(
        missing.map((c) => ({
          update: { filter: { _id: c._id }, change: { $set: queueKeys(c) } },
        })),
      );
      given += missing.length;
    }
    if (given > 0) this.logger.log(`gave ${given} cases their work-queue keys`);
    await this.firstCaseDay();
  }

  async recordRead(read: CaseRead): Promise<void> {
    await this.caseReads.insert({ _id: newEventId(), ...read });
  }

  reads(caseId: string, limit: number): Promise<CaseRead[]> {
    return this.caseReads.find({ caseId }, { projection: { _id: 0 }, sort: { at: 1 }, limit });
  }
}

/** A case as the repository stores it: with its work-queue keys (the benchmark seeds these). */
export const storedCase = (doc: CaseDoc): StoredCase => ({ ...doc, ...queueKeys(doc) });

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
  if (f.type) filter['caseType.code'] = f.type;
  if (f.status) filter['status'] = f.status;
  if (f.assignee !== undefined) filter['assignee'] = f.assignee;
  if (f.queue) filter['queue'] = f.queue;
  if (f.board) filter['subject.bevoegdGezagNummer'] = f.board;
  if (f.brin) filter['subject.brin'] = f.brin;
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
