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
 *
 * Records are written behind, in batches: one insert of many ids every
 * `flushAfterMs` (or sooner at `maxPending`), not one upsert per event. On
 * the local FerretDB every write command of a database waits for the one
 * before, so a write per consumed event made bookkeeping as costly as the
 * handlers' own work. Ids waiting to be written count as handled for `has`
 * in this process; an id lost with a crashed process or a failed write only
 * means that a redelivery runs its (idempotent) handler again, which the
 * crash between effect and record above allows anyway.
 */
export interface ProcessedEventDoc {
  _id: string;
  group: string;
  eventId: string;
  type: string;
  processedAt: Date;
}

export interface ProcessedEventStoreOptions {
  collectionName?: string;
  /** How long a record may wait before it is written (default 100 ms). */
  flushAfterMs?: number;
  /** Records that are written at once when this many wait (default 500). */
  maxPending?: number;
  /** Told about a batch that could not be written (the ids are then forgotten). */
  onFlushError?: (error: unknown, ids: number) => void;
}

export class ProcessedEventStore {
  private readonly collection: Collection<ProcessedEventDoc>;
  private readonly flushAfterMs: number;
  private readonly maxPending: number;
  private readonly onFlushError: (error: unknown, ids: number) => void;
  /** Waiting to be written, and being written (both count as handled). */
  private pending = new Map<string, ProcessedEventDoc>();
  private readonly writing = new Map<string, ProcessedEventDoc>();
  private timer: NodeJS.Timeout | null = null;
  private flushes: Promise<void> = Promise.resolve();

  constructor(db: Db, options: ProcessedEventStoreOptions | string = {}) {
    const o = typeof options === 'string' ? { collectionName: options } : options;
    this.collection = db.collection<ProcessedEventDoc>(o.collectionName ?? 'processed_events');
    this.flushAfterMs = o.flushAfterMs ?? 100;
    this.maxPending = o.maxPending ?? 500;
    this.onFlushError = o.onFlushError ?? (() => undefined);
  }

  private static key(group: string, eventId: string): string {
    return `${group}:${eventId}`;
  }

  async has(group: string, eventId: string): Promise<boolean> {
    const key = ProcessedEventStore.key(group, eventId);
    if (this.pending.has(key) || this.writing.has(key)) return true;
    const found = await this.collection.findOne({ _id: key }, { projection: { _id: 1 } });
    return found !== null;
  }

  /** Remembers the id; written with others within `flushAfterMs` (see the class comment). */
  async record(group: string, eventId: string, type: string, at: Date): Promise<void> {
    const key = ProcessedEventStore.key(group, eventId);
    if (!this.pending.has(key)) {
      this.pending.set(key, { _id: key, group, eventId, type, processedAt: at });
    }
    if (this.pending.size >= this.maxPending) {
      await this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.flushAfterMs);
      this.timer.unref();
    }
  }

  /** Writes what waits now (and waits for earlier writes); call before shutting down. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    if (batch.length > 0) {
      for (const doc of batch) this.writing.set(doc._id, doc);
      this.flushes = this.flushes.then(() => this.write(batch));
    }
    return this.flushes;
  }

  private async write(batch: ProcessedEventDoc[]): Promise<void> {
    try {
      // One insert; an id recorded before (a redelivery, another replica) is
      // a duplicate key, which is what an upsert with $setOnInsert did too.
      await this.collection.insertMany(batch, { ordered: false });
    } catch (error) {
      const codes = (error as { writeErrors?: { code?: number }[] | { code?: number } })
        .writeErrors;
      const list = Array.isArray(codes) ? codes : codes ? [codes] : [];
      if (list.length === 0 || list.some((e) => e.code !== 11000)) {
        this.onFlushError(error, batch.length);
      }
    } finally {
      for (const doc of batch) this.writing.delete(doc._id);
    }
  }

  /** Forget ids older than `before`; returns how many were removed. */
  async prune(before: Date): Promise<number> {
    const result = await this.collection.deleteMany({ processedAt: { $lt: before } });
    return result.deletedCount;
  }
}
