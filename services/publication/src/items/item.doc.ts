import type { OutboxFields } from '@inspectorate/messaging';
import type { KnownAddress, PiiHit } from '../domain/pii-gate';
import type { Extract, PublicItem } from '../domain/rules';
import type { Place } from '../places/places';

/**
 * One candidate public item per source (a herstelopdracht's case, a report).
 *
 * - scheduled: waits for its publication date (the publish job takes it then)
 * - held: a beheerder stopped it before its date; released back to scheduled
 * - in-review: the personal-data gate found something; a beheerder releases
 *   (published as it is) or rejects it
 * - published: public on every channel, as `published` (the view that passed)
 * - withdrawn: gone from every channel (PublicationWithdrawn said so)
 * - rejected: a reviewer refused it; never public
 */
export type ItemStatus =
  'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';

export type FeedChange = 'published' | 'updated' | 'withdrawn';

export interface Decision {
  by: string;
  at: Date;
  reason: string | null;
}

export interface ItemDoc extends Partial<OutboxFields> {
  _id: string;
  kind: PublicItem['kind'];
  dataset: string;
  status: ItemStatus;
  publishOn: string;
  /** The latest source content, as the rule extracted it (never the whole event). */
  content: Extract;
  sourceEventId: string;
  sourceTime: string;
  /**
   * Where its school is (sector, gemeente), for the public filters: from the
   * registry's events when recorded, looked up again at publication while
   * unknown. Not part of the published view (no contract change).
   */
  place?: Place | null;
  /**
   * The names and home addresses of the persons known to the case, from the
   * source event's `knownPersons`, for the personal-data gate only: never in
   * a view, a file, an event or a webhook. (Items kept before addresses came
   * have none.)
   */
  gate?: { personNames: string[]; personAddresses?: KnownAddress[] };
  /** What the channels show; null until first published and again after a withdrawal. */
  published: PublicItem | null;
  /** The public version last published (0: never). */
  publicVersion: number;
  firstPublishedAt: Date | null;
  hold: Decision | null;
  review: {
    hits: PiiHit[];
    since: Date;
    decision: (Decision & { outcome: 'released' | 'rejected' }) | null;
  } | null;
  withdrawal: Decision | null;
  /** A public change the feed still has to sequence (see FeedService). */
  feedPending: FeedChange | null;
  changedAt: Date;
  /** Optimistic concurrency (Store.mutate). */
  version: number;
}
