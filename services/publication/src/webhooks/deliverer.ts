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
    for (;;) {
      if (this.stopping) return attempts;
      const batch = await this.claimBatch();
      if (batch.length === 0) return attempts;
      attempts += batch.length;
      const queue = [...batch];
      const worker = async () => {
        for (let d = queue.shift(); d; d = queue.shift()) {
          const claimed = d;
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
    }
  }

  /**
   * Claims up to `concurrency` due deliveries: each by a conditional update
   * on the attempt count read, so of two replicas that read the same
   * delivery only one makes that attempt.
   */
  private async claimBatch(): Promise<DeliveryDoc[]> {
    const due = await this.deliveries.find(
      { status: 'pending', nextAttemptAt: { $lte: this.clock.now() } },
      { sort: { nextAttemptAt: 1 }, limit: this.settings.concurrency, projection: { log: 0 } },
    );
    const until = new Date(Date.now() + this.settings.timeoutMs + 30_000);
    const claimed = await Promise.all(
      due.map(async (d) => {
        const result = await this.deliveries.update(
          { _id: d._id, status: 'pending', attempts: d.attempts },
          {
            $set: { status: 'sending', claim: { holder: this.holder, until } },
            $inc: { attempts: 1 },
          },
        );
        return result.modified === 1 ? { ...d, attempts: d.attempts + 1 } : null;
      }),
    );
    return claimed.filter((d): d is DeliveryDoc => d !== null);
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
    await this.deliveries.update(mine, { $set: { ...set, claim: null }, $push: { log } });
    if (decision.action === 'disable' || decision.action === 'give-up') {
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
