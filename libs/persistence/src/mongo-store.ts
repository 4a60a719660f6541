import {
  type ApartWrite,
  type InsertedWithEvents,
  type PendingEvent,
  WRITE_CHUNK,
  apartCollectionOf,
  dropWrites,
  newInsertsApart,
  newWithOutbox,
  rewriteIfLate,
  withOutbox,
  writeApart,
} from '@inspectorate/messaging';
import type { AnyBulkWriteOperation, Collection, Db, Document } from 'mongodb';
import {
  type CollectionDefinition,
  type IndexKeys,
  sameIndexKeys,
  validateDocument,
} from './collection';
import {
  ConcurrentWriteError,
  DuplicateKeyError,
  asDuplicateKeyError,
  writeErrorsOf,
} from './errors';
import {
  type BulkOp,
  type BulkResult,
  type Change,
  type FindOptions,
  type MutateOptions,
  type MutateResult,
  type Mutation,
  type Query,
  type Sort,
  type Store,
  type UpdateResult,
  idOf,
  withVersion,
} from './store';

/** MongoDB's codes for "no such index" and "no such collection". */
const INDEX_GONE = new Set([26, 27]);

/**
 * Where the relay learns that documents have events queued (OutboxRelay.queued);
 * inserted documents are handed over as written, so it need not read them back.
 */
export interface OutboxHints {
  queued(
    collection: string,
    ids: readonly unknown[],
    inserted?: readonly InsertedWithEvents[],
  ): Promise<void>;
  /** Apart writes being made with their aggregates now (the relay leaves them to the handover). */
  writingApart?(collection: string, writeIds: readonly string[]): { done(): void };
}

/**
 * Batch size for finds whose whole result is needed at once: everything
 * comes in the first reply, so no cursor stays open on the server. On the
 * local FerretDB (SQLite, serialised writes) a cursor left open between
 * getMores while other connections write stalled bulk writes.
 */
export const ONE_REPLY = 10_000;

/**
 * A collection on MongoDB (or FerretDB). The driver does the work, through
 * mongoose's connection (one pool per process); mongoose itself declares
 * the shape and indexes and checks inserts (ADR 0008). Reads return plain
 * objects, never hydrated mongoose documents.
 */
export class MongoStore<T extends { _id: unknown }> implements Store<T> {
  readonly name: string;

  constructor(
    private readonly db: () => Db,
    readonly definition: CollectionDefinition<T>,
    private readonly hints: OutboxHints | null,
  ) {
    this.name = definition.name;
  }

  /**
   * The driver's collection, for what the Store interface does not cover
   * (the relay, benchmarks' raw baselines). Service code uses the Store.
   */
  get collection(): Collection<T & Document> {
    return this.db().collection<T & Document>(this.name);
  }

  async findById(id: T['_id'], options: FindOptions = {}): Promise<T | null> {
    return (await this.findOne({ _id: id }, options)) as T | null;
  }

  async findByIds(ids: readonly T['_id'][], options: FindOptions = {}): Promise<Map<T['_id'], T>> {
    if (ids.length === 0) return new Map();
    const docs = await this.find({ _id: { $in: [...new Set(ids)] } }, options);
    return new Map(docs.map((doc) => [doc._id, doc]));
  }

  async findOne(filter: Query, options: FindOptions = {}): Promise<T | null> {
    const { projection, sort, skip } = options;
    return (await this.collection.findOne(filter as never, {
      ...(projection ? { projection } : {}),
      ...(sort ? { sort } : {}),
      ...(skip ? { skip } : {}),
    })) as T | null;
  }

  async find(filter: Query, options: FindOptions = {}): Promise<T[]> {
    const { projection, sort, skip, limit } = options;
    let cursor = this.collection.find(filter as never, {
      ...(projection ? { projection } : {}),
      batchSize: limit ?? ONE_REPLY,
    });
    if (sort) cursor = cursor.sort(sort);
    if (skip) cursor = cursor.skip(skip);
    if (limit !== undefined) cursor = cursor.limit(limit);
    return (await cursor.toArray()) as T[];
  }

  count(filter: Query = {}): Promise<number> {
    return this.collection.countDocuments(filter as never);
  }

  async exists(filter: Query): Promise<boolean> {
    return (await this.collection.findOne(filter as never, { projection: { _id: 1 } })) !== null;
  }

  async insert(doc: T, events: readonly PendingEvent[] = []): Promise<void> {
    await validateDocument(this.definition, doc);
    const { written, handovers, writes } = this.withEvents([{ doc, events }]);
    const writing = this.writingApart(writes);
    try {
      const startedAt = await writeApart(this.apartCollection, writes);
      try {
        await this.collection.insertOne(written[0] as never);
      } catch (error) {
        const duplicate = asDuplicateKeyError(this.name, error);
        // Someone else's document: our write never landed.
        if (duplicate instanceof DuplicateKeyError)
          await dropWrites(
            this.apartCollection,
            writes.map((w) => w._id),
          );
        throw duplicate;
      }
      await rewriteIfLate(this.apartCollection, writes, startedAt);
      if (events.length > 0) await this.hint([doc._id], handovers);
    } finally {
      writing.done();
    }
  }

  async update(
    filter: Query,
    change: Change,
    events: readonly PendingEvent[] = [],
    options: { upsert?: boolean } = {},
  ): Promise<UpdateResult> {
    let result;
    try {
      result = await this.collection.updateOne(
        filter as never,
        this.changeWithEvents(change, events) as never,
        { upsert: options.upsert ?? false },
      );
    } catch (error) {
      throw asDuplicateKeyError(this.name, error);
    }
    const upserted = result.upsertedCount > 0;
    if (events.length > 0 && (result.matchedCount > 0 || upserted)) {
      await this.hint([upserted ? result.upsertedId : (filter['_id'] ?? result.upsertedId)]);
    }
    return { matched: result.matchedCount, modified: result.modifiedCount, upserted };
  }

  async updateMany(filter: Query, change: Change): Promise<UpdateResult> {
    const result = await this.collection.updateMany(filter as never, change as never);
    return { matched: result.matchedCount, modified: result.modifiedCount, upserted: false };
  }

  async findOneAndUpdate(
    filter: Query,
    change: Change,
    options: { sort?: Sort; upsert?: boolean } = {},
  ): Promise<T | null> {
    try {
      return (await this.collection.findOneAndUpdate(filter as never, change as never, {
        // No projection: FerretDB v1 does not implement one on findAndModify.
        returnDocument: 'after',
        ...(options.sort ? { sort: options.sort } : {}),
        ...(options.upsert ? { upsert: true } : {}),
      })) as T | null;
    } catch (error) {
      throw asDuplicateKeyError(this.name, error);
    }
  }

  async replace(id: T['_id'], doc: Omit<T, '_id'>): Promise<boolean> {
    await validateDocument(this.definition, { ...doc, _id: id });
    const result = await this.collection.replaceOne({ _id: id } as never, doc as never);
    return result.matchedCount > 0;
  }

  async delete(filter: Query): Promise<number> {
    return (await this.collection.deleteMany(filter as never)).deletedCount;
  }

  async mutate(
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
    if (ops.length === 0) return result;
    for (const op of ops) if ('insert' in op) await validateDocument(this.definition, op.insert);
    const at = ops.flatMap((op, i) => ('insert' in op ? [i] : []));
    const inserts = this.withEvents(
      at.map((i) => {
        const op = ops[i] as Extract<BulkOp<T>, { insert: T }>;
        return { doc: op.insert, events: op.events ?? [] };
      }),
    );
    // Per statement: the document it inserts, and what the relay is handed for it.
    const prepared: (Prepared | null)[] = ops.map(() => null);
    at.forEach((i, k) => {
      prepared[i] = { written: inserts.written[k]!, handover: inserts.handovers[k]! };
    });
    // Inserts' events kept apart go first, all in one command (outbox-apart.ts).
    const writing = this.writingApart(inserts.writes);
    try {
      return await this.bulkWrite(ops, prepared, inserts.writes, result);
    } finally {
      writing.done();
    }
  }

  /** bulk's writes: the apart writes, the statements in chunks, the handover. */
  private async bulkWrite(
    ops: readonly BulkOp<T>[],
    prepared: readonly (Prepared | null)[],
    writes: readonly ApartWrite[],
    result: BulkResult,
  ): Promise<BulkResult> {
    const startedAt = await writeApart(this.apartCollection, writes);
    const statements: AnyBulkWriteOperation<T & Document>[] = ops.map((op, i) =>
      'insert' in op
        ? { insertOne: { document: prepared[i]!.written as never } }
        : {
            updateOne: {
              filter: op.update.filter as never,
              update: this.changeWithEvents(op.update.change, op.events ?? []) as never,
              ...(op.update.upsert ? { upsert: true } : {}),
            },
          },
    );
    for (const [offset, chunk] of chunks(statements)) {
      try {
        const r = await this.collection.bulkWrite(chunk, { ordered: false });
        add(result, r);
      } catch (error) {
        const statementErrors = writeErrorsOf(error);
        if (!statementErrors || statementErrors.some((e) => e.code !== 11000)) throw error;
        const partial = (error as { result?: BulkCounts }).result;
        if (partial) add(result, partial);
        for (const e of statementErrors) {
          result.duplicates.push(asDuplicateKeyError(this.name, e, offset) as DuplicateKeyError);
        }
      }
    }
    if (writes.length > 0) {
      // A write none of whose inserts landed is someone else's documents' only: never published.
      await dropWrites(this.apartCollection, writesNoneLanded(prepared, writes, result));
      await rewriteIfLate(this.apartCollection, writes, startedAt);
    }
    // A hint for every statement with events; one for a statement that did not land is harmless.
    const hinted = ops.filter((op) => (op.events?.length ?? 0) > 0).map((op) => idOf(op));
    const handovers = prepared.map((p) => p?.handover ?? null);
    if (hinted.length > 0) await this.hint(hinted, landedInserts(ops, handovers, result));
    return result;
  }

  /** Builds the declared indexes (idempotent: every replica does it at start). */
  async ensureIndexes(): Promise<void> {
    for (const [keys, options] of this.definition.schema.indexes()) {
      await this.collection.createIndex(keys as never, options as never);
    }
  }

  /**
   * Drops the retired indexes still there (definition.retiredIndexes); the
   * names dropped. Every replica may at once: "index not found" or "no such
   * collection" means another got there first, the wanted state.
   */
  async dropRetiredIndexes(): Promise<string[]> {
    const retired = this.definition.retiredIndexes;
    if (retired.length === 0) return [];
    let present: { name: string; key: IndexKeys }[];
    try {
      present = (await this.collection.listIndexes().toArray()) as typeof present;
    } catch (error) {
      if (INDEX_GONE.has((error as { code?: number }).code ?? 0)) return [];
      throw error;
    }
    const dropped: string[] = [];
    for (const index of present) {
      if (!retired.some((keys) => sameIndexKeys.equal(keys, index.key))) continue;
      try {
        await this.collection.dropIndex(index.name);
        dropped.push(index.name);
      } catch (error) {
        if (!INDEX_GONE.has((error as { code?: number }).code ?? 0)) throw error;
      }
    }
    return dropped;
  }

  /** Tells this replica's relay which apart writes are being made with their aggregates now. */
  private writingApart(writes: readonly ApartWrite[]): { done(): void } {
    if (writes.length === 0 || !this.hints?.writingApart) return { done: () => undefined };
    return this.hints.writingApart(
      this.name,
      writes.map((w) => w._id),
    );
  }

  /** Where the events of this collection's inserts live apart (definition.insertEventsApart). */
  private get apartCollection(): Collection<Document> {
    return this.db().collection(apartCollectionOf(this.name));
  }

  /**
   * The documents to insert with their events: in each, or (insertEventsApart)
   * apart, in write documents written first; and what the relay is handed
   * for each once it landed.
   */
  private withEvents(inserts: readonly { doc: T; events: readonly PendingEvent[] }[]): {
    written: object[];
    handovers: InsertedWithEvents[];
    writes: ApartWrite[];
  } {
    if (!this.definition.outbox) {
      if (inserts.some((i) => i.events.length > 0)) throw this.noOutbox();
      const written = inserts.map((i) => i.doc);
      return { written, handovers: written as unknown as InsertedWithEvents[], writes: [] };
    }
    if (!this.definition.insertEventsApart) {
      const written = inserts.map((i) => newWithOutbox(i.doc, i.events));
      return { written, handovers: written as InsertedWithEvents[], writes: [] };
    }
    const withEvents = inserts.filter((i) => i.events.length > 0);
    const apart = newInsertsApart(withEvents);
    // The k-th insert with events is the k-th document of `apart`.
    const position = new Map(withEvents.map((insert, k) => [insert, k]));
    const written: object[] = [];
    const handovers: InsertedWithEvents[] = [];
    for (const insert of inserts) {
      const k = position.get(insert);
      if (k === undefined) {
        written.push(insert.doc);
        // Without events: never handed over (landedInserts takes those with events).
        handovers.push({ _id: insert.doc._id, outbox: [] });
        continue;
      }
      const doc = apart.docs[k]!;
      written.push(doc);
      handovers.push({ _id: doc._id, outbox: apart.entries[k]!, apartWrite: doc.outboxWrite });
    }
    return { written, handovers, writes: apart.writes };
  }

  private changeWithEvents(change: Change, events: readonly PendingEvent[]): Change {
    if (events.length === 0) return change;
    if (!this.definition.outbox) throw this.noOutbox();
    return withOutbox(change, events);
  }

  private noOutbox(): Error {
    return new Error(
      `${this.name} is not declared with an outbox (defineCollection({ outbox: true })): its documents cannot carry events`,
    );
  }

  private async hint(
    ids: readonly unknown[],
    inserted: readonly InsertedWithEvents[] = [],
  ): Promise<void> {
    if (!this.hints) {
      throw new Error(`${this.name}: events were queued but no outbox relay is configured`);
    }
    await this.hints.queued(this.name, ids, inserted);
  }
}

/** An insert statement of a bulk, as written, and what the relay is handed for it. */
interface Prepared {
  written: object;
  handover: InsertedWithEvents;
}

/**
 * The apart writes none of whose inserts landed (each collided with another
 * creator's document). When the server does not say which statements
 * collided, none: the relay settles those by reading them.
 */
function writesNoneLanded(
  prepared: readonly (Prepared | null)[],
  writes: readonly ApartWrite[],
  result: BulkResult,
): string[] {
  if (result.duplicates.length === 0) return [];
  const collided = new Set(result.duplicates.map((d) => d.index));
  if (collided.has(undefined)) return [];
  const landed = new Set<string>();
  prepared.forEach((p, i) => {
    if (p?.handover.apartWrite !== undefined && !collided.has(i)) landed.add(p.handover.apartWrite);
  });
  return writes.filter((w) => !landed.has(w._id)).map((w) => w._id);
}

/**
 * The inserts with events that landed, as written, for the relay. A colliding
 * insert is someone else's document, whose outbox is not ours to publish: when
 * the server does not say which statements collided, or the counts do not
 * add up, none is handed over (the relay's poll finds them all by their flag).
 */
function landedInserts<T>(
  ops: readonly BulkOp<T>[],
  written: readonly (InsertedWithEvents | null)[],
  result: BulkResult,
): InsertedWithEvents[] {
  const collided = new Set(result.duplicates.map((d) => d.index));
  if (collided.has(undefined)) return [];
  const inserts = written.filter((doc) => doc !== null).length;
  if (result.inserted !== inserts - collided.size) return [];
  return written.filter(
    (doc, i): doc is InsertedWithEvents =>
      doc !== null && !collided.has(i) && (ops[i]!.events?.length ?? 0) > 0,
  );
}

interface BulkCounts {
  insertedCount: number;
  matchedCount: number;
  modifiedCount: number;
  upsertedCount: number;
}

function add(result: BulkResult, counts: BulkCounts): void {
  result.inserted += counts.insertedCount ?? 0;
  result.matched += counts.matchedCount ?? 0;
  result.modified += counts.modifiedCount ?? 0;
  result.upserted += counts.upsertedCount ?? 0;
}

/**
 * Splits statements so that no chunk holds more than WRITE_CHUNK updates.
 * Upstream FerretDB v1 (SQLite) held a pooled connection per statement of
 * an update command until the command ended, so the 100th statement waited
 * forever (ADR 0001; our local build patches it, the chunks stay for an
 * unpatched server and cost MongoDB little). Inserts have no such limit.
 * Yields each chunk with the position of its first statement.
 */
export function* chunks<S extends object>(statements: readonly S[]): Generator<[number, S[]]> {
  let start = 0;
  let updates = 0;
  for (let i = 0; i < statements.length; i++) {
    if (!('insertOne' in statements[i]!)) updates += 1;
    if (updates > WRITE_CHUNK) {
      yield [start, statements.slice(start, i)];
      start = i;
      updates = 1;
    }
  }
  if (start < statements.length) yield [start, statements.slice(start)];
}

/** The load, decide, conditional-write loop, shared by every Store implementation. */
export async function mutateWith<T extends { _id: unknown }>(
  store: Store<T> & { readonly definition: { versionField: string } },
  id: T['_id'],
  decide: (current: T | null) => Mutation<T> | null | Promise<Mutation<T> | null>,
  options: MutateOptions = {},
): Promise<MutateResult<T>> {
  const attempts = options.attempts ?? 5;
  const field = store.definition.versionField;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const current = await store.findById(
      id,
      options.projection ? { projection: options.projection } : {},
    );
    const mutation = await decide(current);
    if (!mutation) return { outcome: 'unchanged', before: current, attempts: attempt };
    if ('insert' in mutation) {
      if (current) throw new Error(`${store.name} ${JSON.stringify(id)} exists: update it`);
      try {
        await store.insert(mutation.insert, mutation.events ?? []);
        return { outcome: 'inserted', before: null, attempts: attempt };
      } catch (error) {
        // Someone created it meanwhile: read it and decide again.
        if (error instanceof DuplicateKeyError && error.isOn('_id')) continue;
        throw error;
      }
    }
    if (!current) throw new Error(`${store.name} ${JSON.stringify(id)} does not exist: insert it`);
    const version = (current as Record<string, unknown>)[field];
    if (typeof version !== 'number') {
      throw new Error(`${store.name} ${JSON.stringify(id)} has no numeric '${field}' to guard on`);
    }
    const result = await store.update(
      { _id: id, [field]: version },
      withVersion(mutation.update, field, version, mutation.keepVersion ?? false),
      mutation.events ?? [],
    );
    if (result.matched > 0) return { outcome: 'updated', before: current, attempts: attempt };
  }
  throw new ConcurrentWriteError(store.name, id, attempts);
}
