import { Injectable, NotFoundException } from '@nestjs/common';
import type { Filter } from 'mongodb';
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

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
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
      .findOne({ _id: key }, { projection: { outbox: 0, history: 0 } });
    if (!doc) throw new NotFoundException(`${kind} ${key} is not in the registry`);
    return view(spec, doc);
  }

  /**
   * Paginated search, by exact codes (board, BRIN, sector, status, postcode)
   * and by part of the name, plaats or gemeente (case-insensitive). Sorted by
   * key, so pages are stable.
   */
  async search(
    kind: EntityKind,
    criteria: SearchCriteria,
    page: number,
    pageSize: number,
  ): Promise<Page<Record<string, unknown>>> {
    const spec = ENTITIES[kind];
    const filter: Filter<EntityDoc> = {};
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
    const collection = this.store.entities(spec);
    const [total, docs] = await Promise.all([
      collection.countDocuments(filter),
      collection
        .find(filter, { projection: { outbox: 0, history: 0 } })
        .sort({ _id: 1 })
        .skip((page - 1) * pageSize)
        .limit(pageSize)
        .toArray(),
    ]);
    return { items: docs.map((doc) => view(spec, doc)), page, pageSize, total };
  }

  /** Every change of a school and of its vestigingen, oldest first, each with its date and import. */
  async schoolHistory(brin: string): Promise<{ brin: string; history: HistoryItem[] }> {
    const school = await this.store
      .entities(ENTITIES.school)
      .findOne({ _id: brin }, { projection: { history: 1 } });
    if (!school) throw new NotFoundException(`school ${brin} is not in the registry`);
    const vestigingen = await this.store
      .entities(ENTITIES.vestiging)
      .find({ brin }, { projection: { history: 1 } })
      .toArray();
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

  async imports(
    page: number,
    pageSize: number,
  ): Promise<Page<Omit<ImportReport, 'errors' | 'warnings'>>> {
    const [total, items] = await Promise.all([
      this.store.imports.countDocuments({}),
      this.store.imports
        .find({}, { projection: { errors: 0, warnings: 0 } })
        .sort({ startedAt: -1 })
        .skip((page - 1) * pageSize)
        .limit(pageSize)
        .toArray(),
    ]);
    return { items, page, pageSize, total };
  }

  async importReport(id: string): Promise<ImportReport> {
    const report = await this.store.imports.findOne({ _id: id });
    if (!report) throw new NotFoundException(`import ${id} does not exist`);
    return report;
  }
}
