import { Injectable } from '@nestjs/common';
import { InjectStore, type Store } from '@inspectorate/persistence';
import type { PublicItem } from '../domain/rules';
import type { Place } from '../places/places';
import { Items } from '../persistence/collections';
import type { ItemDoc } from './item.doc';

export interface PublicFilter {
  brin?: string;
  vestigingCode?: string;
  afdeling?: string;
  board?: string;
  kind?: string;
  schooljaar?: string;
  /** From the registry's events (the item's place). */
  sector?: string;
  /** CBS gemeentecode, from the registry's events. */
  gemeente?: string;
  /** The provincie as DUO writes it, from the registry's events. */
  provincie?: string;
}

/** What the public may read: published views only, never an item's other state. */
@Injectable()
export class PublicQueries {
  constructor(@InjectStore(Items) private readonly items: Store<ItemDoc>) {}

  async find(
    filter: PublicFilter,
    after: string | undefined,
    limit: number,
  ): Promise<PublicItem[]> {
    const q: Record<string, unknown> = { status: 'published' };
    if (filter.brin) q['published.brin'] = filter.brin;
    if (filter.vestigingCode) q['published.vestigingCode'] = filter.vestigingCode;
    if (filter.afdeling) q['published.afdeling'] = filter.afdeling;
    if (filter.board) q['published.bevoegdGezagNummer'] = filter.board;
    if (filter.kind) q['kind'] = filter.kind;
    if (filter.schooljaar) q['published.schooljaar'] = filter.schooljaar;
    if (filter.sector) q['place.sector'] = filter.sector;
    if (filter.gemeente) q['place.gemeente'] = filter.gemeente;
    if (filter.provincie) q['place.provincie'] = filter.provincie;
    if (after) q['_id'] = { $gt: after };
    const docs = await this.items.find(q, {
      sort: { _id: 1 },
      limit,
      projection: { published: 1 },
    });
    return docs.map((d) => d.published!).filter(Boolean);
  }

  async get(itemId: string): Promise<PublicItem | null> {
    const doc = await this.items.findOne(
      { _id: itemId, status: 'published' },
      { projection: { published: 1 } },
    );
    return doc?.published ?? null;
  }

  /**
   * A dataset's published items in board order (then _id), from after `board`:
   * the herstelopdracht list, paged per board.
   */
  async *byBoard(
    dataset: string,
    filter: Record<string, unknown>,
    afterBoard: string | undefined,
  ): AsyncGenerator<PublicItem> {
    const BOARD = 'published.bevoegdGezagNummer';
    let from: Record<string, unknown> =
      afterBoard === undefined ? {} : { [BOARD]: { $gt: afterBoard } };
    for (;;) {
      const docs = await this.items.find(
        { $and: [{ status: 'published', dataset, ...filter }, from] },
        { sort: { [BOARD]: 1, _id: 1 }, limit: 1000, projection: { published: 1 } },
      );
      for (const d of docs) if (d.published) yield d.published;
      if (docs.length < 1000) return;
      const last = docs[docs.length - 1]!;
      const board = last.published?.bevoegdGezagNummer ?? '';
      from = { $or: [{ [BOARD]: { $gt: board } }, { [BOARD]: board, _id: { $gt: last._id } }] };
    }
  }

  /** Every published item of a dataset (open data files, lists), by _id pages. */
  /** Every published item of a data set with its place (for the open data files). */
  async *allOf(
    dataset: string,
    filter: Record<string, unknown> = {},
  ): AsyncGenerator<{ item: PublicItem; place: Place | null }> {
    let after = '';
    for (;;) {
      const docs = await this.items.find(
        { status: 'published', dataset, _id: { $gt: after }, ...filter },
        { sort: { _id: 1 }, limit: 1000, projection: { published: 1, place: 1 } },
      );
      for (const d of docs) if (d.published) yield { item: d.published, place: d.place ?? null };
      if (docs.length < 1000) return;
      after = docs[docs.length - 1]!._id;
    }
  }
}
