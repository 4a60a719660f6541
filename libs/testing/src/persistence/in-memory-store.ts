import type { CloudEvent } from '@inspectorate/contracts';
import {
  type OutboxEntry,
  type PendingEvent,
  newWithOutbox,
  withOutbox,
} from '@inspectorate/messaging';
import {
  type BulkOp,
  type BulkResult,
  type Change,
  type CollectionDefinition,
  DuplicateKeyError,
  type FindOptions,
  type MutateOptions,
  type MutateResult,
  type Mutation,
  type Query,
  type Sort,
  type Store,
  type UpdateResult,
  idOf,
  mutateWith,
  validateDocument,
} from '@inspectorate/persistence';
import { applyChange, matches, project, seedFromFilter, sorter } from './query';

type Doc = Record<string, unknown>;

function keyOf(id: unknown): string {
  return typeof id === 'string' ? `s:${id}` : `j:${JSON.stringify(id)}`;
}

/**
 * A Store in memory, for unit tests of use cases: the same calls, the same
 * outcomes (version guards, DuplicateKeyError on `_id` and on the declared
 * unique indexes, the outbox in the document), no database. Documents are
 * copied in and out, as a database would.
 */
export class InMemoryStore<T extends { _id: unknown }> implements Store<T> {
  readonly name: string;
  private readonly docs = new Map<string, Doc>();
  /** Ids the relay was told about, in order (what `relay.queued` received). */
  readonly hints: unknown[] = [];
  /** Set to make the next writes fail (e.g. to test what a use case does on a database error). */
  failWith: Error | null = null;

  constructor(readonly definition: CollectionDefinition<T>) {
    this.name = definition.name;
  }

  /** Every stored document, as stored (outbox included). */
  all(): T[] {
    return [...this.docs.values()].map((d) => structuredClone(d) as T);
  }

  /** The events queued in the documents' outboxes (not yet relayed), in write order per document. */
  events(): CloudEvent[] {
    return [...this.docs.values()]
      .flatMap((d) => (d['outbox'] as OutboxEntry[] | undefined) ?? [])
      .map((entry) => JSON.parse(entry.value) as CloudEvent);
  }

  /** Puts documents in place as they are (fixtures), without validation or events. */
  seed(...docs: T[]): this {
    for (const doc of docs) this.docs.set(keyOf(doc._id), structuredClone(doc) as Doc);
    return this;
  }

  async findById(id: T['_id'], options: FindOptions = {}): Promise<T | null> {
    return this.findOne({ _id: id }, options);
  }

  async findByIds(ids: readonly T['_id'][], options: FindOptions = {}): Promise<Map<T['_id'], T>> {
    const docs = await this.find({ _id: { $in: [...ids] } }, options);
    return new Map(docs.map((d) => [d._id, d]));
  }

  async findOne(filter: Query, options: FindOptions = {}): Promise<T | null> {
    return (await this.find(filter, { ...options, limit: 1 }))[0] ?? null;
  }

  async find(filter: Query, options: FindOptions = {}): Promise<T[]> {
    let found = [...this.docs.values()].filter((d) => matches(d, filter));
    if (options.sort) found.sort(sorter(options.sort));
    if (options.skip) found = found.slice(options.skip);
    if (options.limit !== undefined && options.limit > 0) found = found.slice(0, options.limit);
    return found.map((d) => project(structuredClone(d), options.projection) as T);
  }

  async count(filter: Query = {}): Promise<number> {
    return (await this.find(filter)).length;
  }

  async exists(filter: Query): Promise<boolean> {
    return (await this.count(filter)) > 0;
  }

  async insert(doc: T, events: readonly PendingEvent[] = []): Promise<void> {
    this.failIfAsked();
    await validateDocument(this.definition, doc);
    this.put(this.withEvents(doc as Doc, events), true);
    if (events.length > 0) this.hints.push(doc._id);
  }

  async update(
    filter: Query,
    change: Change,
    events: readonly PendingEvent[] = [],
    options: { upsert?: boolean } = {},
  ): Promise<UpdateResult> {
    this.failIfAsked();
    const full = this.changeWithEvents(change, events);
    const found = [...this.docs.values()].find((d) => matches(d, filter));
    if (!found) {
      if (!options.upsert) return { matched: 0, modified: 0, upserted: false };
      const doc = seedFromFilter(filter);
      applyChange(doc, full, true);
      this.put(doc, true);
      if (events.length > 0) this.hints.push(doc['_id']);
      return { matched: 0, modified: 0, upserted: true };
    }
    const next = structuredClone(found);
    applyChange(next, full);
    this.put(next, false);
    if (events.length > 0) this.hints.push(found['_id']);
    return { matched: 1, modified: 1, upserted: false };
  }

  async updateMany(filter: Query, change: Change): Promise<UpdateResult> {
    this.failIfAsked();
    const found = [...this.docs.values()].filter((d) => matches(d, filter));
    for (const doc of found) {
      const next = structuredClone(doc);
      applyChange(next, change);
      this.put(next, false);
    }
    return { matched: found.length, modified: found.length, upserted: false };
  }

  async findOneAndUpdate(
    filter: Query,
    change: Change,
    options: { sort?: Sort; upsert?: boolean } = {},
  ): Promise<T | null> {
    const [first] = await this.find(filter, options.sort ? { sort: options.sort, limit: 1 } : {});
    const target = first ? { _id: first._id } : filter;
    const result = await this.update(target, change, [], { upsert: options.upsert ?? false });
    if (result.matched === 0 && !result.upserted) return null;
    return first ? this.findById(first._id) : this.findOne(seedFromFilter(filter) as Query);
  }

  async replace(id: T['_id'], doc: Omit<T, '_id'>): Promise<boolean> {
    this.failIfAsked();
    if (!this.docs.has(keyOf(id))) return false;
    await validateDocument(this.definition, { ...doc, _id: id });
    this.put({ ...(structuredClone(doc) as Doc), _id: id }, false);
    return true;
  }

  async delete(filter: Query): Promise<number> {
    this.failIfAsked();
    const found = [...this.docs.entries()].filter(([, d]) => matches(d, filter));
    for (const [key] of found) this.docs.delete(key);
    return found.length;
  }

  mutate(
    id: T['_id'],
    decide: (current: T | null) => Mutation<T> | null | Promise<Mutation<T> | null>,
    options: MutateOptions = {},
  ): Promise<MutateResult<T>> {
    return mutateWith(this, id, decide, options);
  }

  async bulk(ops: readonly BulkOp<T>[]): Promise<BulkResult> {
    const result: BulkResult = {
      inserted: 0,
      matched: 0,
      modified: 0,
      upserted: 0,
      duplicates: [],
    };
    for (const [index, op] of ops.entries()) {
      try {
        if ('insert' in op) {
          await this.insert(op.insert, op.events ?? []);
          result.inserted += 1;
        } else {
          const { filter, change, upsert } = op.update;
          const r = await this.update(filter, change, op.events ?? [], { upsert: upsert ?? false });
          result.matched += r.matched;
          result.modified += r.modified;
          result.upserted += r.upserted ? 1 : 0;
        }
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        result.duplicates.push(
          new DuplicateKeyError(this.name, error.key, error.keyPattern, index),
        );
        // The real store hints every statement with events, landed or not.
        if ((op.events?.length ?? 0) > 0) this.hints.push(idOf(op));
      }
    }
    return result;
  }

  private put(doc: Doc, inserting: boolean): void {
    const key = keyOf(doc['_id']);
    if (inserting && this.docs.has(key)) {
      throw new DuplicateKeyError(this.name, { _id: doc['_id'] }, { _id: 1 });
    }
    for (const [keys, options] of this.definition.schema.indexes()) {
      const { unique, sparse } = options as { unique?: boolean; sparse?: boolean };
      if (!unique) continue;
      const fields = Object.keys(keys);
      // A sparse index leaves out documents without its fields.
      if (sparse && fields.every((f) => doc[f] === undefined)) continue;
      const value = (d: Doc) => JSON.stringify(fields.map((f) => d[f] ?? null));
      const clash = [...this.docs.entries()].find(
        ([k, other]) =>
          k !== key &&
          !(sparse && fields.every((f) => other[f] === undefined)) &&
          value(other) === value(doc),
      );
      if (clash) {
        throw new DuplicateKeyError(
          this.name,
          Object.fromEntries(fields.map((f) => [f, doc[f]])),
          keys as Record<string, unknown>,
        );
      }
    }
    this.docs.set(key, structuredClone(doc));
  }

  private withEvents(doc: Doc, events: readonly PendingEvent[]): Doc {
    if (!this.definition.outbox) {
      if (events.length > 0) throw new Error(`${this.name} is not declared with an outbox`);
      return doc;
    }
    return newWithOutbox(doc, events);
  }

  private changeWithEvents(change: Change, events: readonly PendingEvent[]): Change {
    if (events.length === 0) return change;
    if (!this.definition.outbox) throw new Error(`${this.name} is not declared with an outbox`);
    return withOutbox(change, events);
  }

  private failIfAsked(): void {
    if (this.failWith) throw this.failWith;
  }
}
