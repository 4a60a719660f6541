import { Injectable } from '@nestjs/common';
import { InjectStore, type Store } from '@inspectorate/persistence';
import type { EntityDoc, EntitySpec } from '../domain/entities';
import type { WriteOp } from '../domain/plan';
import type { ImportReport } from '../domain/report';
import {
  Boards,
  type ImportFileChunk,
  ImportFiles,
  Imports,
  Schools,
  Vestigingen,
} from './collections';

/**
 * The registry's repository: boards, schools and vestigingen (each with its
 * outbox) and the import reports, over the stores of libs/persistence. The
 * import works in bulk: one `$in` read and one unordered bulk write per
 * batch, not a round trip per row.
 */
@Injectable()
export class RegistryStore {
  private readonly byCollection: Record<EntitySpec['collection'], Store<EntityDoc>>;

  constructor(
    @InjectStore(Boards) boards: Store<EntityDoc>,
    @InjectStore(Schools) schools: Store<EntityDoc>,
    @InjectStore(Vestigingen) vestigingen: Store<EntityDoc>,
    @InjectStore(Imports) readonly imports: Store<ImportReport>,
    @InjectStore(ImportFiles) readonly files: Store<ImportFileChunk>,
  ) {
    this.byCollection = { boards, schools, vestigingen };
  }

  entities(spec: EntitySpec): Store<EntityDoc> {
    return this.byCollection[spec.collection];
  }

  load(spec: EntitySpec, keys: readonly string[]): Promise<Map<string, EntityDoc>> {
    return this.entities(spec).findByIds(keys, { projection: { outbox: 0 } });
  }

  /** Whether any entity (open or closed) matches `filter`. */
  hasAny(spec: EntitySpec, filter: Record<string, unknown>): Promise<boolean> {
    return this.entities(spec).exists(filter);
  }

  count(spec: EntitySpec, filter: Record<string, unknown>): Promise<number> {
    return this.entities(spec).count(filter);
  }

  /**
   * The open entities matching `filter` (the scope a complete list covers),
   * whole (without their outbox): the import plans them from this one read.
   * A projection to `_id` would not be cheaper on the local FerretDB, which
   * decodes the whole document before projecting.
   */
  async openEntities(spec: EntitySpec, filter: Record<string, unknown>): Promise<EntityDoc[]> {
    return this.entities(spec).find({ ...filter, status: 'open' }, { projection: { outbox: 0 } });
  }

  /**
   * Writes a batch of planned ops, unordered, each with its events. Returns
   * the keys whose write did not land because the document changed since it
   * was read (another replica, a contact update) or appeared meanwhile
   * (duplicate key): the caller plans those again from a fresh read. Which
   * writes landed is read back from `lastWriteId`, because a bulk result
   * only gives totals for updates.
   */
  async write(spec: EntitySpec, ops: readonly WriteOp[]): Promise<string[]> {
    if (ops.length === 0) return [];
    const store = this.entities(spec);
    const result = await store.bulk(
      ops.map((op) =>
        'insert' in op
          ? { insert: op.insert as EntityDoc, events: op.events }
          : { update: { filter: op.filter, change: op.update }, events: op.events },
      ),
    );
    if (result.duplicates.length === 0 && result.inserted + result.matched === ops.length) {
      return [];
    }
    const written = await store.findByIds(
      ops.map((op) => op.key),
      { projection: { lastWriteId: 1 } },
    );
    return ops.filter((op) => written.get(op.key)?.lastWriteId !== op.writeId).map((op) => op.key);
  }
}
