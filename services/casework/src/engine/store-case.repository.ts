import { Injectable } from '@nestjs/common';
import { newEventId } from '@inspectorate/contracts';
import { DuplicateKeyError, InjectStore, type Query, type Store } from '@inspectorate/persistence';
import type { CaseChange } from './case-aggregate';
import type { CaseDoc, CaseRead } from './case';
import { type CaseListFilter, type CaseListItem, CaseRepository } from './case.repository';
import { type CaseReadDoc, CaseReadLog, Cases } from './collections';

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

/**
 * Cases on the platform's stores (libs/persistence): one document per case
 * with its outbox, every change conditional on `version`. The stores put the
 * events in the outbox and tell the relay; nothing here knows about either.
 */
@Injectable()
export class StoreCaseRepository extends CaseRepository {
  constructor(
    @InjectStore(Cases) private readonly cases: Store<CaseDoc>,
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
      await this.cases.insert(doc, events);
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
        $set: { ...change.set, updatedAt: now, updatedBy: actor },
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

  async list(f: CaseListFilter, limit: number): Promise<CaseListItem[]> {
    const q = caseListQuery(f, limit);
    return this.cases.find(q.filter, q.options);
  }

  async recordRead(read: CaseRead): Promise<void> {
    await this.caseReads.insert({ _id: newEventId(), ...read });
  }

  reads(caseId: string, limit: number): Promise<CaseRead[]> {
    return this.caseReads.find({ caseId }, { projection: { _id: 0 }, sort: { at: 1 }, limit });
  }
}

/** A work queue's query: the filter, and the page in id order (shared with the benchmark's driver baseline). */
export function caseListQuery(f: CaseListFilter, limit: number) {
  const filter: Query = {};
  if (f.type) filter['caseType.code'] = f.type;
  if (f.status) filter['status'] = f.status;
  if (f.assignee !== undefined) filter['assignee'] = f.assignee;
  if (f.queue) filter['queue'] = f.queue;
  if (f.board) filter['subject.bevoegdGezagNummer'] = f.board;
  if (f.brin) filter['subject.brin'] = f.brin;
  if (f.deadlineBefore) filter['nextDueOn'] = { $ne: null, $lt: f.deadlineBefore };
  if (f.after) filter['_id'] = { $gt: f.after };
  if (f.confidential === false) filter['confidential'] = false;
  return { filter, options: { projection: LIST_FIELDS, sort: { _id: 1 as const }, limit } };
}
