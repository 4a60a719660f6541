import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { formatKenmerk, kenmerkCounterId } from '../domain/kenmerk';

interface CounterDoc {
  _id: string;
  seq: number;
}

/**
 * Hands out kenmerken: `$inc` on one counter document per year is atomic on
 * MongoDB and FerretDB alike, so every caller, on any replica, gets its own
 * number. The first call of a year creates the document (upsert); two
 * replicas doing that at once can collide on the `_id` (E11000), and the
 * loser simply tries again, now finding the document.
 */
@Injectable()
export class KenmerkCounter {
  readonly counters: Collection<CounterDoc>;

  constructor(@InjectConnection() connection: Connection) {
    this.counters = connection.db!.collection<CounterDoc>('counters');
  }

  async next(year: number): Promise<string> {
    for (let tries = 1; ; tries++) {
      try {
        const doc = await this.counters.findOneAndUpdate(
          { _id: kenmerkCounterId(year) },
          { $inc: { seq: 1 } },
          { upsert: true, returnDocument: 'after' },
        );
        if (!doc) throw new Error(`kenmerk counter ${year} returned no document`);
        return formatKenmerk(year, doc.seq);
      } catch (error) {
        if ((error as { code?: number }).code !== 11000 || tries >= 5) throw error;
      }
    }
  }
}
