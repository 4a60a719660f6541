import { DuplicateKeyError } from './errors';
import type { Store } from './store';

/** A document of a read model built from another service's snapshot events. */
export interface ReadModelDoc {
  _id: string;
  revision: number;
}

export interface KeepLatestOptions {
  /**
   * Fields that, once known, never change (monitoring-intake: the date a
   * vestiging was registered). A null value is stored as null on insert and
   * otherwise left alone; a known value is written with the snapshot and, when
   * a newer snapshot is stored already, filled in where the stored one is
   * still null (a late-arriving registration).
   */
  once?: Record<string, unknown>;
}

/**
 * The one way every read model of the registry keeps its copy: the
 * snapshot with the highest revision wins. Safe under concurrent replicas
 * and replays without a transaction: update where the stored revision is
 * lower; if nothing matched, insert; a duplicate key there means a
 * revision at least as new is stored already, and the snapshot is stale.
 */
export async function keepLatest<T extends ReadModelDoc>(
  store: Store<T>,
  id: string,
  revision: number,
  fields: Omit<T, '_id' | 'revision'> | Record<string, unknown>,
  options: KeepLatestOptions = {},
): Promise<'applied' | 'stale'> {
  const once = Object.entries(options.once ?? {});
  const known = Object.fromEntries(
    once.filter(([, value]) => value !== null && value !== undefined),
  );
  const updated = await store.update(
    { _id: id, revision: { $lt: revision } },
    { $set: { ...fields, ...known, revision } },
  );
  if (updated.matched > 0) return 'applied';
  try {
    const onInsert = Object.fromEntries(once.map(([field, value]) => [field, value ?? null]));
    await store.insert({ _id: id, ...fields, ...onInsert, revision } as unknown as T);
    return 'applied';
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    for (const [field, value] of Object.entries(known)) {
      await store.update({ _id: id, [field]: null }, { $set: { [field]: value } });
    }
    return 'stale';
  }
}
