import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { Clock, newReplicaId } from '@inspectorate/scheduling';
import { type AttemptResult, decide, webhookHeaders } from '../domain/standard-webhooks';
import type { FeedDoc } from '../feed/feed.service';
import { Deliveries, Feed, Subscriptions } from '../persistence/collections';
import { SubscriptionsService } from './subscriptions.service';
import { resolvedProblem } from './targets';
import {
  type AttemptLog,
  type DeliveryDoc,
  type SubscriptionDoc,
  WEBHOOK_SETTINGS,
  type WebhookSettings,
} from './webhook.docs';

/**
 * A claim takes up to this many times the concurrency at once, so workers
 * find the next delivery already claimed. A claimed delivery may wait behind
 * that many attempts of its worker, so the claim lasts that many timeouts
 * more. (8 measured no better than 2 on the shared machine: docs/performance.md.)
 */
const CLAIM_FACTOR = 2;

/** The webhook body: the Standard Webhooks shape `{ type, timestamp, data }`. */
export function webhookBody(entry: FeedDoc): string {
  return JSON.stringify({
    type: `publication.item.${entry.change}`,
    timestamp: entry.at.toISOString(),
    data: {
      cursor: Buffer.from(JSON.stringify(entry._id)).toString('base64url'),
      change: entry.change,
      itemId: entry.itemId,
      kind: entry.kind,
      dataset: entry.dataset,
      item: entry.item,
      reason: entry.reason,
    },
  });
}

/**
 * Sends due deliveries, on every replica at once. Each attempt is claimed by
 * a conditional update that raises `attempts`, so no attempt is made twice
 * across replicas; a replica that dies mid-attempt leaves a claim that runs
 * out, and the delivery is tried again (at least once). Due times follow the
 * domain clock (the spec's schedule); claims follow real time.
 */
@Injectable()
export class WebhookDeliverer implements OnModuleDestroy {
  private readonly log = new Logger(WebhookDeliverer.name);
  private readonly holder = newReplicaId();
  private running: Promise<number> | null = null;
  private claims = 0;
  /** Outcomes of attempts made, written together (see flush). */
  private outcomes: { filter: Record<string, unknown>; change: Record<string, unknown> }[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(
    @InjectStore(Deliveries) private readonly deliveries: Store<DeliveryDoc>,
    @InjectStore(Subscriptions) private readonly subscriptions: Store<SubscriptionDoc>,
    @InjectStore(Feed) private readonly feed: Store<FeedDoc>,
    private readonly subs: SubscriptionsService,
    private readonly clock: Clock,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  onModuleDestroy(): void {
    this.stopping = true;
  }

  @Cron('* * * * * *', { name: 'webhook-deliverer' })
  async tick(): Promise<void> {
    try {
      await this.deliverDue();
    } catch (error) {
      this.log.error(`webhook delivery round failed; the next tick retries: ${String(error)}`);
    }
  }

  /** Sends everything due now, `concurrency` at a time; returns the attempts made. */
  deliverDue(): Promise<number> {
    if (!this.running)
      this.running = this.round().finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /**
   * One round: workers take claimed deliveries from a local queue, which is
   * refilled (one claim for up to CLAIM_FACTOR times the concurrency) as it runs low, so
   * a slow receiver holds up one worker, not a batch, and claiming costs
   * three round trips per refill instead of one per delivery. The round ends
   * when nothing due is left to claim.
   */
  private async round(): Promise<number> {
    // Claims whose replica died: the attempt counted, the delivery goes back in line.
    await this.deliveries.updateMany(
      { status: 'sending', 'claim.until': { $lt: new Date() } },
      { $set: { status: 'pending', claim: null } },
    );
    let attempts = 0;
    // Per round: a subscription or feed entry is read once, not per attempt.
    const subs = new Map<string, Promise<SubscriptionDoc | null>>();
    const entries = new Map<number, Promise<FeedDoc | null>>();
    const queue: DeliveryDoc[] = [];
    let exhausted = false;
    let refilling: Promise<void> | null = null;
    const refill = () =>
      (refilling ??= this.claimBatch(this.settings.concurrency * CLAIM_FACTOR)
        .then(
          (batch) => {
            if (batch.length === 0) exhausted = true;
            attempts += batch.length;
            queue.push(...batch);
          },
          (error: unknown) => {
            // The round ends with what it has; the next tick claims again.
            exhausted = true;
            this.log.error(`claiming webhook deliveries failed: ${String(error)}`);
          },
        )
        .finally(() => {
          refilling = null;
        }));
    const worker = async () => {
      for (;;) {
        if (this.stopping) return;
        if (queue.length < this.settings.concurrency && !exhausted) void refill();
        if (queue.length === 0) {
          if (exhausted) return;
          await refill();
          continue;
        }
        const claimed = queue.shift()!;
        if (!subs.has(claimed.subscriptionId))
          subs.set(claimed.subscriptionId, this.subscriptions.findById(claimed.subscriptionId));
        if (!entries.has(claimed.seq)) entries.set(claimed.seq, this.feed.findById(claimed.seq));
        const [sub, entry] = await Promise.all([
          subs.get(claimed.subscriptionId)!,
          entries.get(claimed.seq)!,
        ]);
        const disabled = await this.attempt(claimed, sub, entry).catch((error: unknown) => {
          this.log.error(`delivery ${claimed._id} attempt ${claimed.attempts}: ${String(error)}`);
          return false;
        });
        // A subscription this round disabled is read again for the next ones.
        if (disabled) subs.delete(claimed.subscriptionId);
      }
    };
    await Promise.all(Array.from({ length: this.settings.concurrency }, worker));
    // A refill still under way (stopping): its claims go back in line below.
    await (refilling as Promise<void> | null);
    await this.flush();
    // Claimed but not attempted (stopping): back in line at once, the attempt not counted.
    if (queue.length > 0)
      await this.deliveries.updateMany(
        { _id: { $in: queue.map((d) => d._id) }, status: 'sending' },
        { $set: { status: 'pending', claim: null }, $inc: { attempts: -1 } },
      );
    return attempts - queue.length;
  }

  /**
   * Claims up to `limit` due deliveries in one conditional update per attempt
   * count read (usually one): only a delivery still pending with that count
   * is taken, so of two replicas that read the same delivery only one makes
   * that attempt. The claim's own token then finds what this call took.
   */
  private async claimBatch(limit: number): Promise<DeliveryDoc[]> {
    const due = await this.deliveries.find(
      { status: 'pending', nextAttemptAt: { $lte: this.clock.now() } },
      { sort: { nextAttemptAt: 1 }, limit, projection: { _id: 1, attempts: 1 } },
    );
    if (due.length === 0) return [];
    // Long enough for the attempts queued before this one (a claim waits in the queue).
    const until = new Date(Date.now() + (CLAIM_FACTOR + 1) * this.settings.timeoutMs + 30_000);
    const token = `${this.holder}:${(this.claims += 1)}`;
    const byAttempts = new Map<number, string[]>();
    for (const d of due) byAttempts.set(d.attempts, [...(byAttempts.get(d.attempts) ?? []), d._id]);
    await Promise.all(
      [...byAttempts].map(([count, ids]) =>
        this.deliveries.updateMany(
          { _id: { $in: ids }, status: 'pending', attempts: count },
          { $set: { status: 'sending', claim: { holder: token, until } }, $inc: { attempts: 1 } },
        ),
      ),
    );
    return this.deliveries.find(
      { status: 'sending', 'claim.holder': token },
      { sort: { nextAttemptAt: 1 }, projection: { log: 0 } },
    );
  }

  /**
   * Writes the outcomes recorded so far in one bulk write (one after the
   * other, so none overtakes an earlier one). Each is conditional on the
   * claim it ends, like a single update. A replica that dies before its flush
   * leaves those deliveries claimed: they are tried again when the claim runs
   * out, so a delivered one may be sent once more (at least once, same
   * webhook-id for the receiver to deduplicate).
   */
  private flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const batch = this.outcomes.splice(0);
      if (batch.length === 0) return;
      await this.deliveries
        .bulk(batch.map((o) => ({ update: { filter: o.filter, change: o.change } })))
        .catch((error: unknown) =>
          this.log.error(`recording ${batch.length} webhook attempts failed: ${String(error)}`),
        );
    });
    return this.flushing;
  }

  /** One attempt; true when it disabled the subscription. */
  private async attempt(
    d: DeliveryDoc,
    sub: SubscriptionDoc | null,
    entry: FeedDoc | null,
  ): Promise<boolean> {
    const mine = { _id: d._id, attempts: d.attempts, status: 'sending' };
    if (!sub || sub.status !== 'active') {
      await this.deliveries.update(mine, {
        $set: { status: 'failed', claim: null },
        $inc: { attempts: -1 },
      });
      return false;
    }
    if (!entry || (entry.change !== 'withdrawn' && entry.item === null)) {
      // The item was withdrawn meanwhile: its content is not sent any more (its withdrawal is).
      await this.deliveries.update(mine, { $set: { status: 'superseded', claim: null } });
      return false;
    }
    const started = Date.now();
    const result = await this.post(sub, d, webhookBody(entry));
    const now = this.clock.now();
    const decision = decide(result, d.attempts, now, Math.random);
    const log: AttemptLog = {
      attempt: d.attempts,
      at: now,
      status: result.kind === 'response' ? result.status : null,
      outcome:
        decision.action === 'delivered'
          ? 'delivered'
          : decision.action === 'retry'
            ? 'retry'
            : decision.action === 'disable'
              ? 'disabled'
              : 'gave-up',
      reason: decision.action === 'delivered' ? null : decision.reason,
      durationMs: Date.now() - started,
    };
    const set =
      decision.action === 'delivered'
        ? { status: 'delivered' }
        : decision.action === 'retry'
          ? { status: 'pending', nextAttemptAt: decision.at }
          : { status: 'failed' };
    this.outcomes.push({ filter: mine, change: { $set: { ...set, claim: null }, $push: { log } } });
    if (this.outcomes.length >= this.settings.concurrency) void this.flush();
    if (decision.action === 'disable' || decision.action === 'give-up') {
      // Its outcome first: markDisabled stops what is pending, this one included.
      await this.flush();
      const reason =
        decision.action === 'disable'
          ? decision.reason
          : `the retry schedule is exhausted: ${decision.reason} (delivery ${d.msgId})`;
      this.log.warn(`webhook subscription ${sub._id} disabled: ${reason}`);
      await this.subs.markDisabled(
        sub._id,
        reason,
        decision.action === 'disable' ? 'gone' : 'retries-exhausted',
      );
      return true;
    }
    return false;
  }

  private async post(sub: SubscriptionDoc, d: DeliveryDoc, body: string): Promise<AttemptResult> {
    const problem = await resolvedProblem(sub.url, this.settings.allowPrivateTargets).catch(
      (error: unknown) => `cannot resolve: ${String(error)}`,
    );
    if (problem) return { kind: 'network-error', message: `target refused: ${problem}` };
    const now = this.clock.now();
    const secrets = sub.secrets
      .filter((s) => s.until === null || s.until > now)
      .map((s) => s.secret);
    // The timestamp is real time: receivers check it against their own clock.
    const headers = webhookHeaders(secrets, d.msgId, new Date(), body);
    try {
      const res = await fetch(sub.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'inspectorate-webhooks/1',
          ...headers,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      await res.body?.cancel().catch(() => undefined);
      const retryAfter = res.headers.get('retry-after');
      return { kind: 'response', status: res.status, ...(retryAfter ? { retryAfter } : {}) };
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout' };
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { kind: 'network-error', message: cause?.code ?? cause?.message ?? String(error) };
    }
  }
}
