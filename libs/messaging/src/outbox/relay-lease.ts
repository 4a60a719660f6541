import type { LeaseLike } from './relay';

/**
 * A relay loop's lease on its collection, renewed beside the loop rather than
 * in it. Each renewal is a write, and on the local FerretDB a write waits
 * behind the database's other writes (0.5–1.7 s in the benchmarks): awaited
 * in the loop, it stopped publishing every few seconds. Here a timer renews
 * it every third of its time to live, and the loop only asks `valid()`, which
 * turns false a third of the time to live before the last renewal known to
 * have been written runs out: a loop that sees it false stops publishing
 * (between batches) and takes the lease again the awaited way. So a replica
 * never goes on publishing once another may have taken the lease over, also
 * when its renewals keep failing.
 */
export class RenewedLease {
  /** When the lease runs out, counted from the start of the last successful write (it ran no later). */
  private validUntil = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private renewing = false;

  constructor(
    private readonly lease: LeaseLike,
    private readonly name: string,
    private readonly holder: string,
    private readonly ttlMs: number,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Whether the lease is ours with at least a third of its time to live left. */
  valid(): boolean {
    return Date.now() + this.ttlMs / 3 < this.validUntil;
  }

  /** Takes (or renews) the lease now, awaited; renewals then run beside the caller. */
  async acquire(): Promise<boolean> {
    const held = await this.write();
    if (held && !this.timer) {
      this.timer = setInterval(() => void this.renew(), this.ttlMs / 3);
      this.timer.unref?.();
    }
    return held;
  }

  /** Stops renewing and gives the lease back (another replica may take it at once). */
  async release(): Promise<void> {
    this.stopRenewing();
    this.validUntil = 0;
    await this.lease.release(this.name, this.holder).catch(() => undefined);
  }

  /** Stops renewing without giving the lease back: it runs out by itself. */
  stopRenewing(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async renew(): Promise<void> {
    // One renewal at a time; a lease already lost is taken again by the loop.
    if (this.renewing || this.validUntil <= Date.now()) return;
    this.renewing = true;
    try {
      await this.write();
    } catch (error) {
      // The lease runs out by itself if this keeps failing: valid() says so.
      this.onError(error);
    } finally {
      this.renewing = false;
    }
  }

  private async write(): Promise<boolean> {
    const started = Date.now();
    const held = await this.lease.tryAcquire(this.name, this.holder, this.ttlMs);
    this.validUntil = held ? started + this.ttlMs : 0;
    if (!held) this.stopRenewing();
    return held;
  }
}
