import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  Services,
  SubscriptionDisabled,
  createEvent,
  newEventId,
  sourceOf,
} from '@inspectorate/contracts';
import { currentCorrelationId } from '@inspectorate/observability';
import { ConflictError, InvalidInputError, NotFoundError } from '@inspectorate/http';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import { newSecret } from '../domain/standard-webhooks';
import { FeedService } from '../feed/feed.service';
import type { Place } from '../places/places';
import { Deliveries, Subscriptions } from '../persistence/collections';
import { urlProblem } from './targets';
import {
  type DeliveryDoc,
  type DisableCause,
  type SubscriptionDoc,
  type SubscriptionFilter,
  WEBHOOK_SETTINGS,
  type WebhookSettings,
  newDelivery,
} from './webhook.docs';

/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export interface NewSubscription {
  url: string;
  description?: string;
  contactEmail?: string;
  filter?: SubscriptionFilter;
  /** Start with changes after this feed position (default: only what is new from now on). */
  fromStart?: boolean;
  /** The partner system (client id) that manages it besides the beheerder. */
  owner?: string;
}

/**
 * Whose subscriptions a caller manages: null for a beheerder (every one), a
 * partner system's client id for a partner (only those it owns). Another's
 * subscription is "not found" to a partner, as if it did not exist: a 403
 * would confirm that the id is someone's subscription.
 */
export type Scope = string | null;

/** Subscriptions of external systems, managed by a beheerder or by the partner system that owns one. */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectStore(Subscriptions) private readonly subscriptions: Store<SubscriptionDoc>,
    @InjectStore(Deliveries) private readonly deliveries: Store<DeliveryDoc>,
    private readonly feed: FeedService,
    private readonly clock: Clock,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  /** Registers a subscriber; the answer holds its secret, shown this once. */
  async register(
    input: NewSubscription,
    by: string,
  ): Promise<{ subscription: SubscriptionDoc; secret: string }> {
    const problem = urlProblem(input.url, this.settings.allowPrivateTargets);
    if (problem)
      throw new InvalidInputError(`url ${problem}`, {
        issues: [{ path: '/url', message: problem }],
      });
    const secret = newSecret(randomBytes);
    const doc: SubscriptionDoc = {
      _id: randomUUID(),
      url: input.url,
      description: input.description ?? null,
      contactEmail: input.contactEmail ?? null,
      owner: input.owner ?? null,
      filter: input.filter ?? {},
      secrets: [{ secret, until: null }],
      status: 'active',
      disabled: null,
      cursor: input.fromStart ? 0 : await this.feed.lastSeq(),
      createdAt: this.clock.now(),
      createdBy: by,
    };
    await this.subscriptions.insert(doc);
    return { subscription: doc, secret };
  }

  async get(id: string, scope: Scope = null): Promise<SubscriptionDoc> {
    const doc = await this.subscriptions.findById(id, { projection: { outbox: 0 } });
    if (!doc || (scope !== null && doc.owner !== scope))
      throw new NotFoundError(`no webhook subscription ${id}`);
    return doc;
  }

  list(after: string | undefined, limit: number, scope: Scope = null): Promise<SubscriptionDoc[]> {
    return this.subscriptions.find(
      { ...(after ? { _id: { $gt: after } } : {}), ...(scope !== null ? { owner: scope } : {}) },
      { sort: { _id: 1 }, limit, projection: { outbox: 0 } },
    );
  }

  /** A new secret signs from now on; the previous one also signs for another 24 hours. */
  async rotate(
    id: string,
    scope: Scope = null,
  ): Promise<{ subscription: SubscriptionDoc; secret: string }> {
    const current = await this.get(id, scope);
    const secret = newSecret(randomBytes);
    const now = this.clock.now();
    const until = new Date(now.getTime() + ROTATION_OVERLAP_MS);
    const kept = current.secrets
      .filter((s) => s.until === null || s.until > now)
      .slice(0, 1)
      .map((s) => ({ secret: s.secret, until }));
    await this.subscriptions.update(
      { _id: id },
      { $set: { secrets: [{ secret, until: null }, ...kept] } },
    );
    return { subscription: await this.get(id), secret };
  }

  /**
   * Back on after it was disabled: what failed while it was down is sent
   * again from the first attempt, and what happened meanwhile follows.
   */
  async enable(id: string, scope: Scope = null): Promise<SubscriptionDoc> {
    const current = await this.get(id, scope);
    if (current.status === 'active')
      throw new ConflictError(`subscription ${id} is active`, { code: 'active' });
    await this.subscriptions.update({ _id: id }, { $set: { status: 'active', disabled: null } });
    await this.deliveries.updateMany(
      { subscriptionId: id, status: 'failed' },
      { $set: { status: 'pending', attempts: 0, nextAttemptAt: this.clock.now(), claim: null } },
    );
    return this.get(id);
  }

  async disable(id: string, reason: string, scope: Scope = null): Promise<SubscriptionDoc> {
    await this.get(id, scope);
    await this.markDisabled(id, reason, 'by-hand');
    return this.get(id);
  }

  /**
   * Off, with the reason, and SubscriptionDisabled in the same write; its
   * waiting deliveries stop (failed, kept for `enable`). When the receiver
   * made us stop (not by hand) and there is a contact, the mail to it is
   * marked pending: the publication run sends it (AlertMailer).
   */
  async markDisabled(id: string, reason: string, cause: DisableCause): Promise<void> {
    const sub = await this.subscriptions.findById(id, { projection: { secrets: 0, outbox: 0 } });
    if (!sub || sub.status !== 'active') return;
    const now = this.clock.now();
    const waiting = await this.deliveries.count({
      subscriptionId: id,
      status: { $in: ['pending', 'failed'] },
    });
    const mail = cause !== 'by-hand' && sub.contactEmail !== null;
    const event = createEvent(SubscriptionDisabled, {
      source: sourceOf(Services.publication),
      subject: id,
      time: now,
      correlationId: currentCorrelationId() ?? newEventId(),
      data: {
        subscriptionId: id,
        owner: sub.owner ?? null,
        cause,
        reason: reason.slice(0, 1000),
        disabledAt: now.toISOString(),
        waitingDeliveries: waiting,
      },
    });
    await this.subscriptions.update(
      { _id: id, status: 'active' },
      {
        $set: {
          status: 'disabled',
          disabled: { at: now, reason, cause },
          alert: mail ? { pending: true, attempts: 0, sentAt: null, error: null } : null,
        },
      },
      [{ definition: SubscriptionDisabled, event }],
    );
    await this.deliveries.updateMany(
      { subscriptionId: id, status: 'pending' },
      { $set: { status: 'failed' } },
    );
  }

  /** The delivery log, newest feed entries first. */
  deliveriesOf(id: string, before: number | undefined, limit: number): Promise<DeliveryDoc[]> {
    return this.deliveries.find(
      { subscriptionId: id, ...(before !== undefined ? { seq: { $lt: before } } : {}) },
      { sort: { seq: -1 }, limit },
    );
  }

  /**
   * Sends the changes of a time range to one subscription again (new
   * messages, new webhook-ids: a receiver that deduplicates by id still gets
   * them). Refused for a disabled subscription.
   */
  async replay(id: string, from: Date, to: Date, scope: Scope = null): Promise<{ queued: number }> {
    const sub = await this.get(id, scope);
    if (sub.status !== 'active')
      throw new ConflictError(`subscription ${id} is disabled: enable it first`, {
        code: 'disabled',
      });
    if (from >= to)
      throw new InvalidInputError('from must be before to', {
        issues: [{ path: '/from', message: 'must be before to' }],
      });
    const replayId = Date.now().toString(36);
    let queued = 0;
    let after = 0;
    for (;;) {
      const entries = await this.feed.after(after, 500, { at: { $gte: from, $lt: to } });
      if (entries.length === 0) break;
      const now = this.clock.now();
      const ops = entries
        .filter((e) => e._id <= sub.cursor && matches(sub.filter, e))
        .map((e) => ({ insert: newDelivery(id, e._id, now, replayId) }));
      if (ops.length) queued += (await this.deliveries.bulk(ops)).inserted;
      after = entries[entries.length - 1]!._id;
      if (entries.length < 500) break;
    }
    return { queued };
  }
}

/** Whether a feed entry is one the subscription asked for. */
export function matches(
  filter: SubscriptionFilter,
  entry: {
    change: string;
    kind: string;
    dataset: string;
    item: { brin: string | null; bevoegdGezagNummer: string | null } | null;
    place?: Place | null;
  },
): boolean {
  if (filter.changes?.length && !filter.changes.includes(entry.change as never)) return false;
  if (filter.kinds?.length && !filter.kinds.includes(entry.kind)) return false;
  if (filter.datasets?.length && !filter.datasets.includes(entry.dataset)) return false;
  // A withdrawal carries no item any more: it goes to everyone who may have had the item.
  if (entry.item) {
    if (filter.brins?.length && !filter.brins.includes(entry.item.brin ?? '')) return false;
    if (filter.boards?.length && !filter.boards.includes(entry.item.bevoegdGezagNummer ?? ''))
      return false;
    if (filter.sectors?.length && !filter.sectors.includes(entry.place?.sector ?? '')) return false;
    if (filter.gemeenten?.length && !filter.gemeenten.includes(entry.place?.gemeente ?? ''))
      return false;
    if (filter.provincies?.length && !filter.provincies.includes(entry.place?.provincie ?? ''))
      return false;
  }
  return true;
}
