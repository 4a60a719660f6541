import type { InMemoryStore } from '@inspectorate/testing';

/** What a store's finds cost, counted by the shape specs (how the work grows). */
export interface FindCount {
  /** Round trips. */
  reads: number;
  /** Documents returned. */
  docs: number;
  /** The largest `_id` `$in` a read named. */
  widestIn: number;
}

/** Counts every `find` of an in-memory store from now on, in the object returned. */
export function countFinds<T extends { _id: unknown }>(store: InMemoryStore<T>): FindCount {
  const counted: FindCount = { reads: 0, docs: 0, widestIn: 0 };
  const find = store.find.bind(store);
  store.find = async (filter, options) => {
    const found = await find(filter, options);
    counted.reads += 1;
    counted.docs += found.length;
    const ids = (filter as { _id?: { $in?: unknown[] } })._id?.$in;
    if (ids) counted.widestIn = Math.max(counted.widestIn, ids.length);
    return found;
  };
  return counted;
}
