import { Injectable } from '@nestjs/common';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import { FeedService } from '../feed/feed.service';
import { Deliveries, Subscriptions } from '../persistence/collections';
import { matches } from './subscriptions.service';
import { type DeliveryDoc, type SubscriptionDoc, newDelivery } from './webhook.docs';

const BATCH = 500;

/**
 * Turns new feed entries into deliveries, per active subscription from its
 * own cursor. Runs in the leased publication run; idempotent anyway (a
 * delivery's _id is `<subscription>:<feed entry>`, and the cursor moves only
 * from the value read).
 */
@Injectable()
export class WebhookDispatcher {
  constructor(
    @InjectStore(Subscriptions) private readonly subscriptions: Store<SubscriptionDoc>,
    @InjectStore(Deliveries) private readonly deliveries: Store<DeliveryDoc>,
    private readonly feed: FeedService,
    private readonly clock: Clock,
  ) {}

  async dispatch(signal?: AbortSignal): Promise<number> {
    const last = await this.feed.lastSeq();
    const behind = await this.subscriptions.find(
      { status: 'active', cursor: { $lt: last } },
      { sort: { _id: 1 }, limit: 10_000, projection: { secrets: 0 } },
    );
    let created = 0;
    for (const sub of behind) {
      signal?.throwIfAborted();
      const entries = await this.feed.after(sub.cursor, BATCH);
      if (entries.length === 0) continue;
      const now = this.clock.now();
      const ops = entries
        .filter((e) => matches(sub.filter, e))
        .map((e) => ({ insert: newDelivery(sub._id, e._id, now) }));
      if (ops.length > 0) created += (await this.deliveries.bulk(ops)).inserted;
      await this.subscriptions.update(
        { _id: sub._id, cursor: sub.cursor },
        { $set: { cursor: entries[entries.length - 1]!._id } },
      );
    }
    return created;
  }
}
