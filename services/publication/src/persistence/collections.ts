import { defineCollection } from '@inspectorate/persistence';
import type { FeedDoc } from '../feed/feed.service';
import type { ItemDoc } from '../items/item.doc';
import type { OpenDataFileDoc } from '../opendata/opendata.service';
import type { PlaceDoc } from '../places/places';
import type { DeliveryDoc, SubscriptionDoc } from '../webhooks/webhook.docs';

/** publication's collections, declared once (ADR 0009). Items carry the outbox of the public topic. */
const id = { type: String, required: true };

export const Items = defineCollection<ItemDoc>({
  name: 'items',
  fields: {
    _id: id,
    kind: { type: String, required: true },
    status: {
      type: String,
      required: true,
      enum: ['scheduled', 'held', 'in-review', 'published', 'withdrawn', 'rejected'],
    },
    publishOn: { type: String, required: true },
    version: { type: Number, required: true, min: 1 },
  },
  indexes: [
    { status: 1, publishOn: 1 },
    { feedPending: 1 },
    { status: 1, 'published.brin': 1 },
    { status: 1, 'published.vestigingCode': 1 },
    { status: 1, 'published.bevoegdGezagNummer': 1 },
    { status: 1, dataset: 1 },
    { status: 1, 'place.gemeente': 1 },
    { status: 1, 'place.provincie': 1 },
    { status: 1, 'place.sector': 1 },
  ],
  outbox: true,
});

export const Feed = defineCollection<FeedDoc>({
  name: 'feed',
  fields: {
    _id: { type: Number, required: true, min: 1 },
    itemId: { type: String, required: true },
    change: { type: String, required: true, enum: ['published', 'updated', 'withdrawn'] },
  },
  indexes: [{ dataset: 1, _id: 1 }, { itemId: 1 }, { at: 1 }],
});

/** Webhook subscribers; the secret is kept (it signs), and never shown after registration or rotation. */
export const Subscriptions = defineCollection<SubscriptionDoc>({
  name: 'subscriptions',
  fields: {
    _id: id,
    url: { type: String, required: true },
    status: { type: String, required: true, enum: ['active', 'disabled'] },
    cursor: { type: Number, required: true, min: 0 },
  },
  indexes: [{ status: 1, cursor: 1 }, { 'alert.pending': 1 }],
  // SubscriptionDisabled goes out in the same write as the status.
  outbox: true,
});

export const Deliveries = defineCollection<DeliveryDoc>({
  name: 'deliveries',
  fields: {
    _id: id,
    subscriptionId: { type: String, required: true },
    seq: { type: Number, required: true },
    status: {
      type: String,
      required: true,
      enum: ['pending', 'sending', 'delivered', 'failed', 'superseded'],
    },
  },
  indexes: [
    { status: 1, nextAttemptAt: 1 },
    { subscriptionId: 1, seq: -1 },
    { subscriptionId: 1, status: 1 },
  ],
});

/** The open data files, one document each (content, ETag, the feed entry it reflects). */
export const OpenDataFiles = defineCollection<OpenDataFileDoc>({
  name: 'opendata_files',
  fields: {
    _id: id,
    dataset: { type: String, required: true },
    etag: { type: String, required: true },
  },
});

/** Where schools and vestigingen are (sector, gemeente), from the registry's events (places/places.ts). */
export const Places = defineCollection<PlaceDoc>({
  name: 'registry_places',
  fields: { _id: id, revision: { type: Number, required: true } },
});

export const PUBLICATION_COLLECTIONS = [
  Items,
  Feed,
  Subscriptions,
  Deliveries,
  OpenDataFiles,
  Places,
];
