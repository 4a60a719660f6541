import type { Collection } from 'mongodb';
import { type MongoSource, collectionIn, isDuplicateKeyError } from './mongo-source';

export const LEASES_COLLECTION = 'leases';

export interface LeaseDoc {
  /** The lease's name, e.g. `job:deadline-sweep`, `outbox-relay:schools`. */
  _id: string;
  /** The replica holding it. */
  holder: string;
  expiresAt: Date;
  /** When the current holder took it (kept across renewals). */
  acquiredAt: Date;
}

/**
 * Named leases in MongoDB, so that one replica at a time does a piece of work
 * (a scheduled job, the outbox relay of one collection).
 *
 * Works on MongoDB and on FerretDB alike: single-document atomic updates only
 * (no transactions), expiry compared in the query (no TTL index), and the
 * unique `_id` deciding races (a duplicate-key error on the upsert means
 * another replica holds the lease).
 *
 * Time is the real wall clock, never the domain Clock: tests and operators
 * shift domain time, and a lease must still expire in real seconds. Replicas'
 * clocks are assumed to agree to well within a TTL (NTP).
 */
export class LeaseService {
  private readonly collectionName: string;

  constructor(
    private readonly source: MongoSource,
    options: { collection?: string } = {},
  ) {
    this.collectionName = options.collection ?? LEASES_COLLECTION;
  }

  /**
   * Takes the lease for `ttlMs` if it is free, expired, or already ours (then
   * it is extended). True when `holder` holds it afterwards.
   */
  async tryAcquire(name: string, holder: string, ttlMs: number): Promise<boolean> {
    assertTtl(ttlMs);
    // Ours already: extend it and keep acquiredAt.
    if (await this.renew(name, holder, ttlMs)) return true;
    const now = new Date();
    try {
      // Free or expired: take it. When a live lease of someone else exists the
      // filter does not match, the upsert tries to insert a second document
      // with the same _id, and the unique index refuses: not ours.
      const result = await this.leases().updateOne(
        { _id: name, expiresAt: { $lt: now } },
        { $set: { holder, expiresAt: new Date(now.getTime() + ttlMs), acquiredAt: now } },
        { upsert: true },
      );
      return result.matchedCount + result.upsertedCount === 1;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /**
   * Extends the lease by `ttlMs` from now if `holder` still holds it. False
   * means it was taken over (or released): stop the work it guards.
   */
  async renew(name: string, holder: string, ttlMs: number): Promise<boolean> {
    assertTtl(ttlMs);
    const result = await this.leases().updateOne(
      { _id: name, holder },
      { $set: { expiresAt: new Date(Date.now() + ttlMs) } },
    );
    return result.matchedCount === 1;
  }

  /** Gives the lease up, only if `holder` holds it. True when it was released. */
  async release(name: string, holder: string): Promise<boolean> {
    const result = await this.leases().deleteOne({ _id: name, holder });
    return result.deletedCount === 1;
  }

  /** The lease as stored (also when expired), or null. For operators and tests. */
  async current(name: string): Promise<LeaseDoc | null> {
    return this.leases().findOne({ _id: name });
  }

  private leases(): Collection<LeaseDoc> {
    return collectionIn<LeaseDoc>(this.source, this.collectionName);
  }
}

function assertTtl(ttlMs: number): void {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0)
    throw new RangeError(`lease ttl must be a positive number of ms, got ${ttlMs}`);
}
