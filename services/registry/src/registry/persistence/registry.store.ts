import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import {
  type AnyBulkWriteOperation,
  type Collection,
  type Db,
  type Filter,
  MongoBulkWriteError,
} from 'mongodb';
import type { Connection } from 'mongoose';
import { OutboxRelay, WRITE_CHUNK } from '@inspectorate/messaging';
import { ENTITIES, type EntityDoc, type EntitySpec } from '../domain/entities';
import type { WriteOp } from '../domain/plan';
import type { ImportReport } from '../domain/report';

/**
 * The only place that talks to MongoDB. Uses the driver directly (through
 * mongoose's connection) because the import works in bulk: one `$in` read
 * and one unordered bulkWrite per batch, not a round trip per row.
 */
@Injectable()
export class RegistryStore implements OnModuleInit {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly relay: OutboxRelay,
  ) {}

  private get db(): Db {
    const db = this.connection.db;
    if (!db) throw new Error('the MongoDB connection has no database');
    return db as unknown as Db;
  }

  entities(spec: EntitySpec): Collection<EntityDoc> {
    return this.db.collection<EntityDoc>(spec.collection);
  }

  get imports(): Collection<ImportReport> {
    return this.db.collection<ImportReport>('imports');
  }

  async onModuleInit(): Promise<void> {
    // createIndex is idempotent: every replica may run this at start.
    const v = this.entities(ENTITIES.vestiging);
    const s = this.entities(ENTITIES.school);
    const b = this.entities(ENTITIES.board);
    await Promise.all([
      v.createIndex({ brin: 1 }),
      v.createIndex({ bevoegdGezagNummer: 1 }),
      v.createIndex({ sector: 1, status: 1 }),
      s.createIndex({ bevoegdGezagNummer: 1 }),
      s.createIndex({ sector: 1, status: 1 }),
      b.createIndex({ status: 1 }),
      this.imports.createIndex({ startedAt: -1 }),
    ]);
  }

  async load(spec: EntitySpec, keys: readonly string[]): Promise<Map<string, EntityDoc>> {
    if (keys.length === 0) return new Map();
    const docs = await this.entities(spec)
      .find({ _id: { $in: [...keys] } }, { projection: { outbox: 0 } })
      .toArray();
    return new Map(docs.map((doc) => [doc._id, doc]));
  }

  /** Whether any entity (open or closed) matches `filter`. */
  async hasAny(spec: EntitySpec, filter: Filter<EntityDoc>): Promise<boolean> {
    return (await this.entities(spec).findOne(filter, { projection: { _id: 1 } })) !== null;
  }

  /** Keys of open entities matching `filter` (the scope a complete list covers). */
  async openKeys(spec: EntitySpec, filter: Filter<EntityDoc>): Promise<string[]> {
    const docs = await this.entities(spec)
      .find({ ...filter, status: 'open' }, { projection: { _id: 1 } })
      .toArray();
    return docs.map((doc) => doc._id);
  }

  /**
   * Writes a batch of planned ops, unordered. Returns the keys whose write did
   * not land because the document changed since it was read (another replica,
   * a contact update) or appeared meanwhile (duplicate key): the caller plans
   * those again from a fresh read. Which writes landed is read back from
   * `lastWriteId`, because a bulk result only gives totals for updates.
   */
  async write(spec: EntitySpec, ops: readonly WriteOp[]): Promise<string[]> {
    if (ops.length === 0) return [];
    const collection = this.entities(spec);
    const bulk: AnyBulkWriteOperation<EntityDoc>[] = ops.map((op) =>
      'insert' in op
        ? { insertOne: { document: op.insert as EntityDoc } }
        : { updateOne: { filter: op.filter as Filter<EntityDoc>, update: op.update } },
    );
    let landed = 0;
    for (let start = 0; start < bulk.length; start += WRITE_CHUNK) {
      try {
        const result = await collection.bulkWrite(bulk.slice(start, start + WRITE_CHUNK), {
          ordered: false,
        });
        landed += result.insertedCount + result.matchedCount;
      } catch (error) {
        if (!(error instanceof MongoBulkWriteError)) throw error;
        const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
        if (errors.some((e) => e.code !== 11000)) throw error;
        landed = -Infinity; // a duplicate key: find out below which writes landed
      }
    }
    // Every op queues events: tell the relay (a hint for an op that did not land is harmless).
    await this.relay.queued(
      spec.collection,
      ops.map((op) => op.key),
    );
    if (landed === ops.length) return [];
    const written = await collection
      .find({ _id: { $in: ops.map((op) => op.key) } }, { projection: { lastWriteId: 1 } })
      .toArray();
    const ids = new Map(written.map((doc) => [doc._id, doc.lastWriteId]));
    return ops.filter((op) => ids.get(op.key) !== op.writeId).map((op) => op.key);
  }
}
