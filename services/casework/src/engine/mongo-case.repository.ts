import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { OutboxRelay, newWithOutbox, withOutbox } from '@inspectorate/messaging';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { CaseChange } from './case-aggregate';
import type { CaseDoc, CaseRead } from './case';
import { type CaseListFilter, type CaseListItem, CaseRepository } from './case.repository';

/**
 * `case_keys`: which case holds a type-specific unique key. The case carries
 * the key too (unique index), but FerretDB finds a document by anything other
 * than `_id` only by decoding the whole collection (ADR 0001), and every
 * SubmissionReceived of a national year asks "is there a case for this
 * vestiging?". This collection answers by `_id`.
 */
interface CaseKeyDoc {
  _id: string;
  caseId: string;
}

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

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/** Cases in MongoDB: one document per case with its outbox, conditional on `version`. */
@Injectable()
export class MongoCaseRepository extends CaseRepository implements OnModuleInit {
  private readonly cases: Collection<CaseDoc>;
  private readonly keys: Collection<CaseKeyDoc>;
  private readonly caseReads: Collection<CaseRead>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    super();
    this.cases = connection.db!.collection<CaseDoc>('cases');
    this.keys = connection.db!.collection<CaseKeyDoc>('case_keys');
    this.caseReads = connection.db!.collection<CaseRead>('case_reads');
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([
      this.cases.createIndex({ uniqueKey: 1 }, { unique: true }),
      // Work queues: the filters people combine most, each led by a selective field.
      this.cases.createIndex({ 'caseType.code': 1, status: 1, _id: 1 }),
      this.cases.createIndex({ assignee: 1, status: 1, _id: 1 }),
      this.cases.createIndex({ queue: 1, _id: 1 }),
      this.cases.createIndex({ 'subject.bevoegdGezagNummer': 1, _id: 1 }),
      this.cases.createIndex({ 'subject.brin': 1, _id: 1 }),
      this.cases.createIndex({ nextDueOn: 1 }),
      this.cases.createIndex({ nextCheckOn: 1 }),
    ]);
  }

  get(caseId: string): Promise<CaseDoc | null> {
    return this.cases.findOne({ _id: caseId }, { projection: { outbox: 0, outboxPending: 0 } });
  }

  async exists(caseId: string): Promise<boolean> {
    return (await this.cases.countDocuments({ _id: caseId }, { limit: 1 })) > 0;
  }

  async insert(doc: CaseDoc, events: CaseChange['events']): Promise<'inserted' | 'duplicate'> {
    try {
      await this.cases.insertOne(newWithOutbox(doc, events) as CaseDoc);
    } catch (error) {
      if (isDuplicateKey(error)) return 'duplicate';
      throw error;
    }
    await this.relay.queued('cases', [doc._id]);
    return 'inserted';
  }

  async update(
    caseId: string,
    version: number,
    change: CaseChange,
    now: Date,
    actor: string,
  ): Promise<boolean> {
    const update = withOutbox(
      {
        $set: { ...change.set, updatedAt: now, updatedBy: actor },
        $inc: { version: 1 },
        ...(change.timeline.length > 0 ? { $push: { timeline: { $each: change.timeline } } } : {}),
      },
      change.events,
    );
    const written = await this.cases.updateOne(
      { _id: caseId, version } as Filter<CaseDoc>,
      update as never,
    );
    if (written.modifiedCount !== 1) return false;
    if (change.events.length > 0) await this.relay.queued('cases', [caseId]);
    return true;
  }

  /**
   * Claiming before the case is inserted means a crash in between leaves a
   * key without a case, which the redelivered event then opens under the
   * same id; two replicas racing get the same id, and the case insert lets
   * exactly one of them win.
   */
  async claimKey(uniqueKey: string, newId: () => string): Promise<string> {
    const claimed = await this.keys.findOne({ _id: uniqueKey });
    if (claimed) return claimed.caseId;
    const caseId = newId();
    try {
      await this.keys.insertOne({ _id: uniqueKey, caseId });
      return caseId;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const winner = await this.keys.findOne({ _id: uniqueKey });
      if (!winner) throw error;
      return winner.caseId;
    }
  }

  async idForKey(uniqueKey: string): Promise<string | null> {
    return (await this.keys.findOne({ _id: uniqueKey }))?.caseId ?? null;
  }

  async *dueForChecks(asOf: string): AsyncIterable<string> {
    const cursor = this.cases
      .find({ nextCheckOn: { $lte: asOf } } as Filter<CaseDoc>, { projection: { _id: 1 } })
      .batchSize(500);
    for await (const { _id } of cursor) yield _id;
  }

  async list(f: CaseListFilter, limit: number): Promise<CaseListItem[]> {
    const filter: Filter<CaseDoc> = {};
    if (f.type) filter['caseType.code'] = f.type;
    if (f.status) filter.status = f.status;
    if (f.assignee !== undefined) filter.assignee = f.assignee;
    if (f.queue) filter.queue = f.queue;
    if (f.board) filter['subject.bevoegdGezagNummer'] = f.board;
    if (f.brin) filter['subject.brin'] = f.brin;
    if (f.deadlineBefore) filter.nextDueOn = { $ne: null, $lt: f.deadlineBefore } as never;
    if (f.after) filter._id = { $gt: f.after };
    return this.cases
      .find(filter, { projection: LIST_FIELDS })
      .sort({ _id: 1 })
      .limit(limit)
      .toArray() as Promise<CaseListItem[]>;
  }

  async recordRead(read: CaseRead): Promise<void> {
    await this.caseReads.insertOne({ ...read });
  }

  reads(caseId: string, limit: number): Promise<CaseRead[]> {
    return this.caseReads
      .find({ caseId }, { projection: { _id: 0 } })
      .sort({ at: 1 })
      .limit(limit)
      .toArray();
  }
}
