import type { PendingEvent } from '@inspectorate/messaging';
import type { DuplicateKeyError } from './errors';

/**
 * What a service may do with one collection. Implemented on MongoDB by
 * `MongoStore` and in memory by `InMemoryStore` (libs/testing), so use cases
 * are unit-tested with the same calls they make in production.
 *
 * Filters and changes are MongoDB's own query and update documents, limited
 * to what MongoDB and FerretDB v1 both do (ADR 0001): equality, `$in`,
 * `$nin`, `$ne`, `$lt`/`$lte`/`$gt`/`$gte`, `$exists`, `$size`; `$set`,
 * `$unset`, `$inc`, `$push` (with `$each`/`$slice`), `$pullAll`, `$addToSet`,
 * `$setOnInsert`.
 *
 * Events go with the write that causes them (`events`): the store puts them
 * in the document's outbox in the same write and tells the relay where to
 * look, so no service code ever mentions the relay (ADR 0002, ADR 0008).
 */
export type Query = Record<string, unknown>;
export type Change = Record<string, unknown>;
export type Projection = Record<string, 0 | 1>;
export type Sort = Record<string, 1 | -1>;

export interface FindOptions {
  projection?: Projection;
  sort?: Sort;
  skip?: number;
  limit?: number;
}

export interface UpdateResult {
  matched: number;
  modified: number;
  /** Whether an upsert inserted the document. */
  upserted: boolean;
}

/** What `mutate` asks the caller to do with the current document. */
export type Mutation<T> =
  /** Create it (only when there is none yet); a concurrent creator makes `mutate` try again. */
  | { insert: T; events?: readonly PendingEvent[] }
  /**
   * Change it, if its version is still the one read. The store sets the
   * version to the one read plus one, unless the change sets it itself or
   * `keepVersion` says the change is not a new version (bookkeeping only).
   */
  | { update: Change; events?: readonly PendingEvent[]; keepVersion?: boolean };

export interface MutateResult<T> {
  outcome: 'inserted' | 'updated' | 'unchanged';
  /** The document as it was read before the write that landed (null: there was none). */
  before: T | null;
  attempts: number;
}

export interface MutateOptions {
  /** Reads and tries this often before ConcurrentWriteError (default 5). */
  attempts?: number;
  /** Passed to the read of the current document (e.g. leave the outbox out). */
  projection?: Projection;
}

/** One statement of a bulk write; `events` as for single writes. */
export type BulkOp<T> =
  | { insert: T; events?: readonly PendingEvent[] }
  | {
      update: { filter: Query; change: Change; upsert?: boolean };
      events?: readonly PendingEvent[];
    };

export interface BulkResult {
  inserted: number;
  matched: number;
  modified: number;
  upserted: number;
  /** The statements that collided with a unique key (their `index` is the position in the list given). */
  duplicates: DuplicateKeyError[];
}

export interface Store<T extends { _id: unknown }> {
  readonly name: string;

  findById(id: T['_id'], options?: FindOptions): Promise<T | null>;
  /** By `_id`, in one round trip; keyed by `_id`. */
  findByIds(ids: readonly T['_id'][], options?: FindOptions): Promise<Map<T['_id'], T>>;
  findOne(filter: Query, options?: FindOptions): Promise<T | null>;
  find(filter: Query, options?: FindOptions): Promise<T[]>;
  count(filter?: Query): Promise<number>;
  exists(filter: Query): Promise<boolean>;

  /** Inserts a whole document with its first events; a taken key throws DuplicateKeyError. */
  insert(doc: T, events?: readonly PendingEvent[]): Promise<void>;
  /** Updates one document with its events; matched 0 means the filter (e.g. a version) did not hold. */
  update(
    filter: Query,
    change: Change,
    events?: readonly PendingEvent[],
    options?: { upsert?: boolean },
  ): Promise<UpdateResult>;
  /** Updates every matching document; bookkeeping only, so no events. */
  updateMany(filter: Query, change: Change): Promise<UpdateResult>;
  /** Updates one document and returns it as it is afterwards (null: none matched). No events. */
  findOneAndUpdate(
    filter: Query,
    change: Change,
    options?: { sort?: Sort; upsert?: boolean },
  ): Promise<T | null>;
  /** Replaces a document without an outbox (reports, bookkeeping); false when there was none. */
  replace(id: T['_id'], doc: Omit<T, '_id'>): Promise<boolean>;
  delete(filter: Query): Promise<number>;

  /**
   * Load, decide, write on the version read, and on a concurrent writer
   * read again and decide again (at most `attempts` times). `decide` returns
   * null when there is nothing to do.
   */
  mutate(
    id: T['_id'],
    decide: (current: T | null) => Mutation<T> | null | Promise<Mutation<T> | null>,
    options?: MutateOptions,
  ): Promise<MutateResult<T>>;

  /**
   * Many inserts and updates, unordered, in chunks the local server copes
   * with. Duplicate keys are reported per statement, not thrown; any other
   * failure is thrown.
   */
  bulk(ops: readonly BulkOp<T>[]): Promise<BulkResult>;
}

/** The id a bulk statement writes to: the inserted document's, or the `_id` its filter names. */
export function idOf<T extends { _id: unknown }>(op: BulkOp<T>): unknown {
  return 'insert' in op ? op.insert._id : op.update.filter['_id'];
}

/** The change of a versioned write: the version read plus one, unless the change says otherwise. */
export function withVersion(
  change: Change,
  versionField: string,
  current: number,
  keepVersion: boolean,
): Change {
  const set = (change['$set'] as Record<string, unknown> | undefined) ?? {};
  const inc = (change['$inc'] as Record<string, unknown> | undefined) ?? {};
  if (keepVersion || versionField in set || versionField in inc) return change;
  return { ...change, $set: { ...set, [versionField]: current + 1 } };
}
