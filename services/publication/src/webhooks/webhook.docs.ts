import type { OutboxFields } from '@inspectorate/messaging';
import type { FeedChange } from '../items/item.doc';

/** Settings of the webhook deliverer, from config (WEBHOOK_SETTINGS). */
export interface WebhookSettings {
  allowPrivateTargets: boolean;
  timeoutMs: number;
  concurrency: number;
}
export const WEBHOOK_SETTINGS = Symbol('publication:webhook-settings');

export interface SubscriptionFilter {
  /** Only these changes (default all). */
  changes?: FeedChange[];
  kinds?: string[];
  datasets?: string[];
  brins?: string[];
  boards?: string[];
  /** The school's sector, CBS gemeentecode and provincie, as the registry says (the item's place). */
  sectors?: string[];
  gemeenten?: string[];
  provincies?: string[];
}

/**
 * An external system's subscription. `secrets[0]` signs; during a rotation
 * the previous secret signs too until `previousUntil`. `cursor` is the last
 * feed entry turned into deliveries for it.
 */
export type DisableCause = 'retries-exhausted' | 'gone' | 'by-hand';

export interface SubscriptionDoc extends Partial<OutboxFields> {
  _id: string;
  url: string;
  description: string | null;
  contactEmail: string | null;
  /** The partner system (its token's client id) that manages it; null: only a beheerder does. */
  owner?: string | null;
  filter: SubscriptionFilter;
  secrets: { secret: string; until: Date | null }[];
  status: 'active' | 'disabled';
  disabled: { at: Date; reason: string; cause?: DisableCause } | null;
  /** The mail to the contact about a disable: pending until sent (the publication run sends it). */
  alert?: { pending: boolean; attempts: number; sentAt: Date | null; error: string | null } | null;
  cursor: number;
  createdAt: Date;
  createdBy: string;
}

export interface AttemptLog {
  attempt: number;
  at: Date;
  /** HTTP status, or null for a timeout / network error. */
  status: number | null;
  outcome: 'delivered' | 'retry' | 'disabled' | 'gave-up';
  reason: string | null;
  durationMs: number;
}

/**
 * One feed entry to one subscription: the webhook message (`webhook-id` is
 * `msgId`, the same on every attempt). `attempts` counts the attempts
 * claimed; a claim is a conditional update that raises it, so no attempt is
 * made twice, whichever replica makes it.
 */
export interface DeliveryDoc {
  _id: string;
  subscriptionId: string;
  seq: number;
  msgId: string;
  status: 'pending' | 'sending' | 'delivered' | 'failed' | 'superseded';
  attempts: number;
  nextAttemptAt: Date;
  claim: { holder: string; until: Date } | null;
  log: AttemptLog[];
  createdAt: Date;
}

/** A new delivery of feed entry `seq` to a subscription; a replay gets ids of its own. */
export function newDelivery(
  subscriptionId: string,
  seq: number,
  now: Date,
  replayId?: string,
): DeliveryDoc {
  const suffix = replayId ? `:${replayId}` : '';
  return {
    _id: `${subscriptionId}:${seq}${suffix}`,
    subscriptionId,
    seq,
    msgId: `msg-${seq}-${subscriptionId}${replayId ? `-${replayId}` : ''}`,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    claim: null,
    log: [],
    createdAt: now,
  };
}
