import type { Collection, Db, Document } from 'mongodb';
import type { Connection } from 'mongoose';

/** A database to keep leases and job runs in: a driver `Db` or a mongoose `Connection`. */
export type MongoSource = Db | Connection;

function isConnection(source: MongoSource): source is Connection {
  return typeof (source as Connection).model === 'function';
}

/**
 * The collection, looked up at each use: a mongoose connection has no `db`
 * until it has connected, and providers are built before that.
 */
export function collectionIn<T extends Document>(source: MongoSource, name: string): Collection<T> {
  if (!isConnection(source)) return source.collection<T>(name);
  const db = source.db;
  if (db === undefined) throw new Error(`mongoose connection is not open yet (collection ${name})`);
  return db.collection<T>(name);
}

/** MongoDB's (and FerretDB's) duplicate key error. */
export function isDuplicateKeyError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000
  );
}
