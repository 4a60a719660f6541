import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@inspectorate/http';
import {
  ENTITIES,
  type EntityDoc,
  type EntitySpec,
  type HistoryEntry,
  snapshotOf,
} from '../domain/entities';
import type { ImportReport } from '../domain/report';
import type { EntityKind } from '../domain/snapshots';
import { RegistryStore } from '../persistence/registry.store';

/** Up to limit + 1 items after the cursor (the controller makes the page and its next link), and the total. */
export interface Slice<T> {
  items: T[];
  total: number;
}

/** Where the next page of imports starts: the last report's start and id (newest first). */
export interface ImportCursor {
  startedAt: string;
  id: string;
}

export interface SearchCriteria {
  name?: string;
  plaats?: string;
  gemeente?: string;
  sector?: string;
  bevoegdGezagNummer?: string;
  brin?: string;
  postcode?: string;
  status?: 'open' | 'closed';
}

export interface HistoryItem extends HistoryEntry {
  entity: EntityKind;
  key: string;
}

/** A stored entity as the API shows it: its snapshot plus revision and bookkeeping. */
export function view(spec: EntitySpec, doc: EntityDoc): Record<string, unknown> {
  return {
    ...snapshotOf(spec, doc),
    ...Object.fromEntries(spec.extraFields.map((f) => [f, doc[f] ?? null])),
    revision: doc.revision,
    lastImportId: doc.lastImportId,
    updatedAt: doc.updatedAt,
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const contains = (text: string) => ({ $regex: escape(text), $options: 'i' });

@Injectable()
export class RegistryQueries {
  constructor(private readonly store: RegistryStore) {}

  async get(kind: EntityKind, key: string): Promise<Record<string, unknown>> {
    const spec = ENTITIES[kind];
    const doc = await this.store
      .entities(spec)
      .findById(key, { projection: { outbox: 0, history: 0 } });
    if (!doc) throw new NotFoundError(`${kind} ${key} is not in the registry`);
    return view(spec, doc);
  }

  /**
   * Search, by exact codes (board, BRIN, sector, status, postcode) and by
   * part of the name, plaats or gemeente (case-insensitive). Sorted by key;
   * a page starts after the key `after`, so pages are stable.
   */
  async search(
    kind: EntityKind,
    criteria: SearchCriteria,
    after: string | undefined,
    limit: number,
  ): Promise<Slice<Record<string, unknown>>> {
    const spec = ENTITIES[kind];
    const filter: Record<string, unknown> = {};
    if (criteria.name) filter['name'] = contains(criteria.name);
    if (criteria.plaats) filter['address.plaats'] = contains(criteria.plaats);
    if (criteria.gemeente) filter['gemeente.naam'] = contains(criteria.gemeente);
    if (criteria.sector && kind !== 'board') filter['sector'] = criteria.sector;
    if (criteria.bevoegdGezagNummer) {
      if (kind === 'board') filter._id = criteria.bevoegdGezagNummer;
      else filter['bevoegdGezagNummer'] = criteria.bevoegdGezagNummer;
    }
    if (criteria.brin && kind !== 'board') filter['brin'] = criteria.brin;
    if (criteria.postcode) filter['address.postcode'] = criteria.postcode;
    if (criteria.status) filter['status'] = criteria.status;
    const store = this.store.entities(spec);
    const keyFilter = typeof filter['_id'] === 'string' ? filter['_id'] : undefined;
    const pageFilter: Record<string, unknown> =
      after === undefined
        ? filter
        : keyFilter !== undefined
          ? { ...filter, _id: keyFilter > after ? keyFilter : { $in: [] } }
          : { ...filter, _id: { $gt: after } };
    const [total, docs] = await Promise.all([
      store.count(filter),
      store.find(pageFilter, {
        projection: { outbox: 0, history: 0 },
        sort: { _id: 1 },
        limit: limit + 1,
      }),
    ]);
    return { items: docs.map((doc) => view(spec, doc)), total };
  }

  /** Every change of a school and of its vestigingen, oldest first, each with its date and import. */
  async schoolHistory(brin: string): Promise<{ brin: string; history: HistoryItem[] }> {
    const school = await this.store
      .entities(ENTITIES.school)
      .findById(brin, { projection: { history: 1 } });
    if (!school) throw new NotFoundError(`school ${brin} is not in the registry`);
    const vestigingen = await this.store
      .entities(ENTITIES.vestiging)
      .find({ brin }, { projection: { history: 1 } });
    const items: HistoryItem[] = [
      ...(school.history ?? []).map((h) => ({ entity: 'school' as const, key: brin, ...h })),
      ...vestigingen.flatMap((v) =>
        (v.history ?? []).map((h) => ({ entity: 'vestiging' as const, key: v._id, ...h })),
      ),
    ];
    items.sort(
      (a, b) =>
        new Date(a.at).getTime() - new Date(b.at).getTime() ||
        (a.entity === b.entity ? 0 : a.entity === 'school' ? -1 : 1) ||
        a.key.localeCompare(b.key) ||
        a.revision - b.revision,
    );
    return { brin, history: items };
  }

  /** Import reports, newest first, after the cursor. */
  async imports(
    after: ImportCursor | undefined,
    limit: number,
  ): Promise<Slice<Omit<ImportReport, 'errors' | 'warnings'>>> {
    const startedAt = after ? new Date(after.startedAt) : undefined;
    const filter: Record<string, unknown> = after
      ? { $or: [{ startedAt: { $lt: startedAt } }, { startedAt, _id: { $lt: after.id } }] }
      : {};
    const [total, items] = await Promise.all([
      this.store.imports.count({}),
      this.store.imports.find(filter, {
        projection: { errors: 0, warnings: 0 },
        sort: { startedAt: -1, _id: -1 },
        limit: limit + 1,
      }),
    ]);
    return { items, total };
  }

  async importReport(id: string): Promise<ImportReport> {
    const report = await this.store.imports.findById(id);
    if (!report) throw new NotFoundError(`import ${id} does not exist`);
    return report;
  }
}
