import { Injectable } from '@nestjs/common';
import type { VestigingSnapshot } from '@inspectorate/contracts';
import { InjectStore, type Store, keepLatest } from '@inspectorate/persistence';
import { type IsoDate, amsterdamDate } from '@inspectorate/scheduling';
import { Vestigingen } from '../persistence/collections';

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
export class VestigingenReadModel {
  constructor(@InjectStore(Vestigingen) private readonly store: Store<VestigingDoc>) {}

  /**
   * Keeps the snapshot with the highest revision (keepLatest: an old snapshot
   * replayed from a DLQ, or a concurrent replica, changes nothing). The
   * registration date never changes once known, and a late-arriving
   * registration still tells us when the vestiging began.
   */
  apply(
    revision: number,
    v: VestigingSnapshot,
    registered: { at: string } | null,
  ): Promise<'applied' | 'stale'> {
    const registeredOn = registered ? amsterdamDate(new Date(registered.at)) : null;
    return keepLatest(
      this.store,
      v.vestigingCode,
      revision,
      {
        brin: v.brin,
        bevoegdGezagNummer: v.bevoegdGezagNummer,
        sector: v.sector,
        name: v.name,
        status: v.status,
        closedOn: v.closedOn,
      },
      { once: { registeredOn } },
    );
  }

  get(code: string): Promise<VestigingDoc | null> {
    return this.store.findById(code);
  }

  getMany(codes: readonly string[]): Promise<Map<string, VestigingDoc>> {
    return this.store.findByIds(codes);
  }

  /**
   * Every vestiging in these sectors, by code, in one read. Not paged by
   * `_id` ranges: the local FerretDB answers the sector from its index but
   * applies a range on `_id` and the sort itself, so every page read (and
   * decoded) every vestiging of the sectors again (8 pages of 1,000 read
   * 64,000 documents for 8,000). The whole list is a few MB at national size.
   */
  inSectors(sectors: readonly string[]): Promise<VestigingDoc[]> {
    return this.store.find({ sector: { $in: [...sectors] } }, { sort: { _id: 1 } });
  }
}
