/** What one request of an address is told. */
export interface BucketAnswer {
  allowed: boolean;
  /** Whole requests left now. */
  remaining: number;
  /** Seconds until one more request is allowed (0 when one is). */
  retryAfterS: number;
  /** Seconds until the bucket is full again. */
  resetS: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets per client address for the public read API (no login): a
 * burst of `capacity` requests, then `perSecond` more each second.
 *
 * In memory and per replica, on purpose, unlike the shared per-client limit
 * of logged-in callers (rate-limit.ts). These routes are the one surface
 * anyone can reach without a credential: counting them in the shared
 * database would cost a write per anonymous request and a document per
 * address a caller can muster (IPv6 gives plenty, and FerretDB v1 has no TTL
 * to clear them), so a flood would become database load, the very thing the
 * limit is there to stop. Per replica, a client gets at most replicas ×
 * capacity: each replica sheds what it should not serve, and the bound stays
 * predictable. Memory is bounded: at most `maxAddresses` buckets, the least
 * recently seen forgotten first (a forgotten address starts full again,
 * which errs on letting a request through, never on refusing one).
 */
export class AddressBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly maxAddresses = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token from `address`'s bucket, if there is one. */
  take(address: string): BucketAnswer {
    const now = this.now();
    const found = this.buckets.get(address);
    const elapsedS = found ? Math.max(0, now - found.at) / 1000 : 0;
    const tokens = found
      ? Math.min(this.capacity, found.tokens + elapsedS * this.perSecond)
      : this.capacity;
    const allowed = tokens >= 1;
    const left = allowed ? tokens - 1 : tokens;
    // Delete and set again: the Map's order is then least recently seen first.
    this.buckets.delete(address);
    this.buckets.set(address, { tokens: left, at: now });
    if (this.buckets.size > this.maxAddresses) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return {
      allowed,
      remaining: Math.floor(left),
      retryAfterS: allowed ? 0 : Math.max(1, Math.ceil((1 - left) / this.perSecond)),
      resetS: Math.ceil((this.capacity - left) / this.perSecond),
    };
  }

  get size(): number {
    return this.buckets.size;
  }
}
