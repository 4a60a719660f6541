import { Injectable } from '@nestjs/common';
import {
  DuplicateKeyError,
  InjectStore,
  type Store,
  defineCollection,
} from '@inspectorate/persistence';
import { formatKenmerk, kenmerkCounterId } from '../domain/kenmerk';

export interface CounterDoc {
  _id: string;
  seq: number;
}

export const Counters = defineCollection<CounterDoc>({
  name: 'counters',
  fields: { _id: { type: String, required: true }, seq: { type: Number, required: true } },
});

/**
 * Hands out kenmerken: `$inc` on one counter document per year is atomic on
 * MongoDB and FerretDB alike, so every caller, on any replica, gets its own
 * number. The first call of a year creates the document (upsert); two
 * replicas doing that at once can collide on the `_id` (DuplicateKeyError),
 * and the loser simply tries again, now finding the document.
 */
@Injectable()
export class KenmerkCounter {
  constructor(@InjectStore(Counters) private readonly counters: Store<CounterDoc>) {}

  async next(year: number): Promise<string> {
    for (let tries = 1; ; tries++) {
      try {
        const doc = await this.counters.findOneAndUpdate(
          { _id: kenmerkCounterId(year) },
          { $inc: { seq: 1 } },
          { upsert: true },
        );
        if (!doc) throw new Error(`kenmerk counter ${year} returned no document`);
        return formatKenmerk(year, doc.seq);
      } catch (error) {
        if (!(error instanceof DuplicateKeyError) || tries >= 5) throw error;
      }
    }
  }
}
