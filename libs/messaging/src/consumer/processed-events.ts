import type { Collection, Db } from 'mongodb';

/**
 * The ids of events a consumer group has handled, kept in the consuming
 * service's own database.
 *
 * This is the fast path that lets a redelivered or replayed event be skipped
 * without running the handler. It is written after the effect, so a crash in
 * between still redelivers: handlers stay idempotent on their own (upserts on
 * natural keys, `applyOnce` on aggregates). No TTL index (FerretDB has none):
 * `prune` is called by a scheduled job.
 */
export interface ProcessedEventDoc {
  _id: string;
  group: string;
  eventId: string;
  type: string;
  processedAt: Date;
}

export class ProcessedEventStore {
  private readonly collection: Collection<ProcessedEventDoc>;

  constructor(db: Db, collectionName = 'processed_events') {
    this.collection = db.collection<ProcessedEventDoc>(collectionName);
  }

  private static key(group: string, eventId: string): string {
    return `${group}:${eventId}`;
  }

  async has(group: string, eventId: string): Promise<boolean> {
    const found = await this.collection.findOne(
      { _id: ProcessedEventStore.key(group, eventId) },
      { projection: { _id: 1 } },
    );
    return found !== null;
  }

  async record(group: string, eventId: string, type: string, at: Date): Promise<void> {
    await this.collection.updateOne(
      { _id: ProcessedEventStore.key(group, eventId) },
      { $setOnInsert: { group, eventId, type, processedAt: at } },
      { upsert: true },
    );
  }

  /** Forget ids older than `before`; returns how many were removed. */
  async prune(before: Date): Promise<number> {
    const result = await this.collection.deleteMany({ processedAt: { $lt: before } });
    return result.deletedCount;
  }
}
