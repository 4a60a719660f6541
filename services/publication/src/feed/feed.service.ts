import { Injectable, Logger } from '@nestjs/common';
import { DuplicateKeyError, InjectStore, type Store } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import type { PublicItem } from '../domain/rules';
import type { FeedChange, ItemDoc } from '../items/item.doc';
import type { Place } from '../places/places';
import { Feed, Items } from '../persistence/collections';

/**
 * One entry per public change, numbered 1, 2, 3... in the order they became
 * public: the changes feed's stable cursor, and what the webhooks and the
 * open data files are made from. `item` is the view as it was published
 * (null for a withdrawal: nothing of it stays public).
 */
export interface FeedDoc {
  _id: number;
  itemId: string;
  kind: string;
  dataset: string;
  change: FeedChange;
  at: Date;
  item: PublicItem | null;
  /**
   * Where the item's school is (sector, CBS gemeentecode) when it changed, for
   * the webhook filters; not in the public feed. Absent on older entries.
   */
  place?: Place | null;
  /** Withdrawals: the public reason. */
  reason: string | null;
}

const BATCH = 500;

@Injectable()
export class FeedService {
  private readonly log = new Logger(FeedService.name);

  constructor(
    @InjectStore(Feed) private readonly feed: Store<FeedDoc>,
    @InjectStore(Items) private readonly items: Store<ItemDoc>,
    private readonly clock: Clock,
  ) {}

  /**
   * Numbers the items' pending public changes. Runs under a lease (one
   * replica at a time) and writes one entry after the other, so a reader
   * never sees entry n+1 before entry n: a consumer's cursor never skips one.
   * Should two sequencers ever overlap (a lease lost during a pause), the
   * unique _id stops the second at the first number taken; an entry written
   * again after a crash is a repeat of the same version (consumers dedupe on
   * itemId + version).
   */
  async sequence(signal?: AbortSignal): Promise<number> {
    const pending = await this.items.find(
      { feedPending: { $in: ['published', 'updated', 'withdrawn'] } },
      { sort: { changedAt: 1, _id: 1 }, limit: BATCH, projection: { outbox: 0, content: 0 } },
    );
    if (pending.length === 0) return 0;
    let seq = await this.lastSeq();
    let written = 0;
    for (const item of pending) {
      signal?.throwIfAborted();
      const change = item.feedPending!;
      try {
        await this.feed.insert({
          _id: seq + 1,
          itemId: item._id,
          kind: item.kind,
          dataset: item.dataset,
          change,
          at: this.clock.now(),
          item: change === 'withdrawn' ? null : item.published,
          place: item.place ?? null,
          reason: change === 'withdrawn' ? (item.withdrawal?.reason ?? null) : null,
        });
      } catch (error) {
        if (error instanceof DuplicateKeyError) {
          this.log.warn(`feed entry ${seq + 1} taken by another sequencer; stopping this run`);
          return written;
        }
        throw error;
      }
      seq++;
      written++;
      // A withdrawn item leaves the feed too: earlier entries keep only that it
      // changed, not what it said.
      if (change === 'withdrawn')
        await this.feed.updateMany(
          { itemId: item._id, item: { $ne: null } },
          { $set: { item: null } },
        );
      // Only if nothing changed meanwhile; a newer change stays pending for the next run.
      await this.items.update(
        { _id: item._id, version: item.version, feedPending: change },
        { $set: { feedPending: null } },
      );
    }
    return written;
  }

  async lastSeq(): Promise<number> {
    const [last] = await this.feed.find(
      {},
      { sort: { _id: -1 }, limit: 1, projection: { _id: 1 } },
    );
    return last?._id ?? 0;
  }

  /** Entries after `since`, in order. */
  after(since: number, limit: number, filter: Record<string, unknown> = {}): Promise<FeedDoc[]> {
    return this.feed.find({ _id: { $gt: since }, ...filter }, { sort: { _id: 1 }, limit });
  }
}
