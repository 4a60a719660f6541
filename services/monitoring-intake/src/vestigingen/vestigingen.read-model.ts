import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { VestigingSnapshot } from '@inspectorate/contracts';
import { type IsoDate, amsterdamDate } from '@inspectorate/scheduling';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { ONE_REPLY } from '../settings';

/**
 * The vestigingen as monitoring-intake knows them, learned from the
 * registry's snapshot events (never by asking the registry). One document per
 * vestiging code with the snapshot of the highest revision.
 */
export interface VestigingDoc {
  _id: string;
  brin: string;
  bevoegdGezagNummer: string;
  sector: string;
  name: string;
  status: 'open' | 'closed';
  closedOn: IsoDate | null;
  revision: number;
  /**
   * Amsterdam date of the registry's VestigingRegistered event, when we saw
   * it; null when we learned the vestiging from a later event only.
   */
  registeredOn: IsoDate | null;
}

@Injectable()
export class VestigingenReadModel implements OnModuleInit {
  readonly collection: Collection<VestigingDoc>;

  constructor(@InjectConnection() connection: Connection) {
    this.collection = connection.db!.collection<VestigingDoc>('vestigingen');
  }

  async onModuleInit(): Promise<void> {
    // The sweep reads all vestigingen of a sector; a compound index keeps it cheap.
    await this.collection.createIndex({ sector: 1, _id: 1 });
  }

  /**
   * Keeps the snapshot with the highest revision: update where the stored
   * revision is lower; when nothing matched, insert; a duplicate key there
   * means a revision at least as new is stored already (an old snapshot
   * replayed from a DLQ, or a concurrent replica). No transaction needed.
   */
  async apply(
    revision: number,
    v: VestigingSnapshot,
    registered: { at: string } | null,
  ): Promise<'applied' | 'stale'> {
    const fields = {
      brin: v.brin,
      bevoegdGezagNummer: v.bevoegdGezagNummer,
      sector: v.sector,
      name: v.name,
      status: v.status,
      closedOn: v.closedOn,
      revision,
    };
    const registeredOn = registered ? amsterdamDate(new Date(registered.at)) : null;
    const updated = await this.collection.updateOne(
      { _id: v.vestigingCode, revision: { $lt: revision } },
      // The registration date never changes once known.
      registeredOn ? { $set: { ...fields, registeredOn } } : { $set: fields },
    );
    if (updated.matchedCount > 0) return 'applied';
    try {
      await this.collection.insertOne({ _id: v.vestigingCode, ...fields, registeredOn });
      return 'applied';
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      // A newer snapshot is stored; a late-arriving registration still tells us when it began.
      if (registeredOn) {
        await this.collection.updateOne(
          { _id: v.vestigingCode, registeredOn: null },
          { $set: { registeredOn } },
        );
      }
      return 'stale';
    }
  }

  get(code: string): Promise<VestigingDoc | null> {
    return this.collection.findOne({ _id: code });
  }

  async getMany(codes: readonly string[]): Promise<Map<string, VestigingDoc>> {
    const docs = await this.collection
      .find({ _id: { $in: [...new Set(codes)] } }, { batchSize: ONE_REPLY })
      .toArray();
    return new Map(docs.map((d) => [d._id, d]));
  }
}
