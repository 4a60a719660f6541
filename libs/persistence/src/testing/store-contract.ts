import type { CloudEvent } from '@inspectorate/contracts';
import { defineCollection } from '../collection';
import { ConcurrentWriteError, DuplicateKeyError, InvalidDocumentError } from '../errors';
import { keepLatest } from '../read-model';
import type { Store } from '../store';

/**
 * What every Store implementation must do, as one suite: run against
 * MongoStore on the real local FerretDB (libs/persistence integration) and
 * against InMemoryStore (libs/testing), so the fake used by use-case unit
 * tests behaves like the database.
 */

export interface Counter {
  _id: string;
  version: number;
  count: number;
  label?: string;
  code?: string;
}

export interface Snapshot {
  _id: string;
  revision: number;
  name: string;
  registeredOn?: string | null;
}

export const Counters = defineCollection<Counter>({
  name: 'contract_counters',
  fields: {
    _id: { type: String, required: true },
    version: { type: Number, required: true, min: 1 },
    count: { type: Number, required: true },
  },
  indexes: [[{ code: 1 }, { unique: true, sparse: true }]],
  outbox: true,
});

export const Plain = defineCollection<Counter>({
  name: 'contract_plain',
  fields: { _id: { type: String, required: true } },
});

export const Snapshots = defineCollection<Snapshot>({
  name: 'contract_snapshots',
  fields: { _id: { type: String, required: true }, revision: { type: Number, required: true } },
});

export interface StoreHarness {
  /** Fresh, empty stores for each test. */
  stores(): Promise<{
    counters: Store<Counter>;
    plain: Store<Counter>;
    snapshots: Store<Snapshot>;
    /** Ids the relay was told about for `counters`. */
    hints(): unknown[];
  }>;
}

const definition = { type: 'nl.test.counter.incremented.v1', topic: 'inspectorate.test.counters' };
let sequence = 0;
export function counterEvent(subject: string): {
  definition: typeof definition;
  event: CloudEvent;
} {
  sequence += 1;
  return {
    definition,
    event: {
      specversion: '1.0',
      id: `e-${sequence}-${subject}`,
      source: '/test',
      type: definition.type,
      subject,
      time: '2026-01-01T00:00:00Z',
      datacontenttype: 'application/json',
      dataschema: 'urn:test',
      correlationid: 'c1',
      data: { subject },
    } as unknown as CloudEvent,
  };
}

const outboxIds = (doc: unknown) =>
  ((doc as { outbox?: { id: string }[] } | null)?.outbox ?? []).map((e) => e.id);

export function storeContract(harness: StoreHarness): void {
  let s: Awaited<ReturnType<StoreHarness['stores']>>;
  beforeEach(async () => {
    s = await harness.stores();
  });

  it('inserts a document with its events in its outbox, and tells the relay', async () => {
    const e = counterEvent('a');
    await s.counters.insert({ _id: 'a', version: 1, count: 0 }, [e]);
    const doc = await s.counters.findById('a');
    expect(doc).toMatchObject({ _id: 'a', version: 1, count: 0, outboxPending: true });
    expect(outboxIds(doc)).toEqual([e.event.id]);
    expect(s.hints()).toEqual(['a']);
  });

  it('maps a taken _id to DuplicateKeyError, and a taken unique key too', async () => {
    await s.counters.insert({ _id: 'a', version: 1, count: 0, code: 'X' });
    const again = await s.counters.insert({ _id: 'a', version: 1, count: 5 }).catch((e) => e);
    expect(again).toBeInstanceOf(DuplicateKeyError);
    expect((again as DuplicateKeyError).isOn('_id')).toBe(true);
    const unique = await s.counters
      .insert({ _id: 'b', version: 1, count: 0, code: 'X' })
      .catch((e) => e);
    expect(unique).toBeInstanceOf(DuplicateKeyError);
    expect(await s.counters.findById('b')).toBeNull();
    expect((await s.counters.findById('a'))?.count).toBe(0);
  });

  it('refuses a document that does not fit the declared fields, and writes nothing', async () => {
    const error = await s.counters
      .insert({ _id: 'a', version: 0, count: 'many' as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidDocumentError);
    expect((error as Error).message).toMatch(/contract_counters "a" is invalid: .*version/);
    expect((error as Error).message).toMatch(/count/);
    expect(await s.counters.findById('a')).toBeNull();
  });

  it('refuses events for a collection without an outbox', async () => {
    await expect(
      s.plain.insert({ _id: 'a', version: 1, count: 0 }, [counterEvent('a')]),
    ).rejects.toThrow('not declared with an outbox');
  });

  it('updates on a version with the change and its events; a stale version matches nothing', async () => {
    await s.counters.insert({ _id: 'a', version: 1, count: 0 });
    const e = counterEvent('a');
    const stale = await s.counters.update({ _id: 'a', version: 7 }, { $inc: { count: 1 } }, [e]);
    expect(stale.matched).toBe(0);
    expect(s.hints()).toEqual([]);
    const landed = await s.counters.update(
      { _id: 'a', version: 1 },
      { $inc: { count: 1 }, $set: { version: 2 } },
      [e],
    );
    expect(landed.matched).toBe(1);
    const doc = await s.counters.findById('a');
    expect(doc).toMatchObject({ version: 2, count: 1 });
    expect(outboxIds(doc)).toEqual([e.event.id]);
    expect(s.hints()).toEqual(['a']);
  });

  it('mutate: inserts when absent, then updates and bumps the version', async () => {
    const first = await s.counters.mutate('a', (current) =>
      current ? null : { insert: { _id: 'a', version: 1, count: 1 }, events: [counterEvent('a')] },
    );
    expect(first).toMatchObject({ outcome: 'inserted', before: null, attempts: 1 });
    const second = await s.counters.mutate('a', (current) => ({
      update: { $set: { count: current!.count + 1 } },
      events: [counterEvent('a')],
    }));
    expect(second.outcome).toBe('updated');
    expect(second.before).toMatchObject({ version: 1, count: 1 });
    const doc = await s.counters.findById('a');
    expect(doc).toMatchObject({ version: 2, count: 2 });
    expect(outboxIds(doc)).toHaveLength(2);
    const nothing = await s.counters.mutate('a', () => null);
    expect(nothing).toMatchObject({ outcome: 'unchanged', attempts: 1 });
  });

  it('mutate: reads again and decides again when another writer got there first', async () => {
    await s.counters.insert({ _id: 'a', version: 1, count: 10 });
    let calls = 0;
    const result = await s.counters.mutate('a', async (current) => {
      calls += 1;
      // The first time, a concurrent writer lands between our read and our write.
      if (calls === 1) {
        await s.counters.update({ _id: 'a' }, { $set: { version: 2, count: 20 } });
      }
      return { update: { $set: { count: current!.count + 1 } } };
    });
    expect(result).toMatchObject({ outcome: 'updated', attempts: 2 });
    expect(await s.counters.findById('a')).toMatchObject({ version: 3, count: 21 });
  });

  it('mutate: a concurrent creator makes it read again and update instead', async () => {
    let calls = 0;
    const result = await s.counters.mutate('a', async (current) => {
      calls += 1;
      if (calls === 1) await s.counters.insert({ _id: 'a', version: 1, count: 5 });
      return current
        ? { update: { $inc: { count: 1 } } }
        : { insert: { _id: 'a', version: 1, count: 1 } };
    });
    expect(result).toMatchObject({ outcome: 'updated', attempts: 2 });
    expect(await s.counters.findById('a')).toMatchObject({ version: 2, count: 6 });
  });

  it('mutate: gives up with ConcurrentWriteError after the attempts allowed, writing nothing', async () => {
    await s.counters.insert({ _id: 'a', version: 1, count: 0 });
    const error = await s.counters
      .mutate(
        'a',
        async (current) => {
          await s.counters.update({ _id: 'a' }, { $inc: { version: 1 } });
          return { update: { $set: { count: current!.count + 100 } }, events: [counterEvent('a')] };
        },
        { attempts: 3 },
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConcurrentWriteError);
    expect((error as Error).message).toContain('3 attempts');
    expect(await s.counters.findById('a')).toMatchObject({ version: 4, count: 0 });
    expect(s.hints()).toEqual([]);
  });

  it('mutate: keepVersion writes bookkeeping without a new version', async () => {
    await s.counters.insert({ _id: 'a', version: 1, count: 0 });
    await s.counters.mutate('a', () => ({ update: { $set: { label: 'x' } }, keepVersion: true }));
    expect(await s.counters.findById('a')).toMatchObject({ version: 1, label: 'x' });
  });

  it('bulk: more updates than one chunk, inserts, and duplicates reported per statement', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    const inserted = await s.counters.bulk(
      ids.map((id) => ({ insert: { _id: id, version: 1, count: 0 } })),
    );
    expect(inserted).toMatchObject({ inserted: 120, duplicates: [] });
    const result = await s.counters.bulk([
      ...ids.map((id) => ({
        update: { filter: { _id: id, version: 1 }, change: { $set: { version: 2, count: 1 } } },
        events: [counterEvent(id)],
      })),
      { insert: { _id: 'k005', version: 1, count: 0 } },
      { insert: { _id: 'new', version: 1, count: 0 } },
      { update: { filter: { _id: 'k001', version: 1 }, change: { $set: { count: 9 } } } },
    ]);
    expect(result.matched).toBe(120);
    expect(result.inserted).toBe(1);
    expect(result.duplicates.map((d) => d.index)).toEqual([120]);
    expect(result.duplicates[0]).toBeInstanceOf(DuplicateKeyError);
    expect(await s.counters.count({ version: 2, count: 1 })).toBe(120);
    expect(await s.counters.findById('new')).toMatchObject({ count: 0 });
    expect(new Set(s.hints())).toEqual(new Set(ids));
  });

  it('finds with a filter, sort, skip, limit and projection', async () => {
    for (const [i, id] of ['c', 'a', 'b', 'd'].entries()) {
      await s.counters.insert({ _id: id, version: 1, count: i });
    }
    const page = await s.counters.find(
      { count: { $gte: 1 } },
      { sort: { _id: 1 }, skip: 1, limit: 2, projection: { count: 1 } },
    );
    expect(page).toEqual([
      { _id: 'b', count: 2 },
      { _id: 'd', count: 3 },
    ]);
    expect([...(await s.counters.findByIds(['a', 'd', 'x'])).keys()].sort()).toEqual(['a', 'd']);
    expect(await s.counters.exists({ count: 3 })).toBe(true);
    expect(await s.counters.count({ count: { $in: [0, 3] } })).toBe(2);
  });

  it('projects a field of an array of documents as the array with that field of each', async () => {
    await s.plain.insert({
      _id: 'p',
      items: [
        { id: 'a', x: 1 },
        { id: 'b', x: 2 },
      ],
    } as never);
    expect(await s.plain.find({ _id: 'p' }, { projection: { 'items.id': 1 } })).toEqual([
      { _id: 'p', items: [{ id: 'a' }, { id: 'b' }] },
    ]);
  });

  it('keepLatest: the highest revision wins, whatever the order they arrive in', async () => {
    expect(await keepLatest(s.snapshots, 'v1', 2, { name: 'two' })).toBe('applied');
    expect(await keepLatest(s.snapshots, 'v1', 1, { name: 'one' })).toBe('stale');
    expect(await keepLatest(s.snapshots, 'v1', 2, { name: 'two again' })).toBe('stale');
    expect(await s.snapshots.findById('v1')).toEqual({ _id: 'v1', revision: 2, name: 'two' });
    expect(await keepLatest(s.snapshots, 'v1', 3, { name: 'three' })).toBe('applied');
    expect(await s.snapshots.findById('v1')).toEqual({ _id: 'v1', revision: 3, name: 'three' });
  });

  it('keepLatest: a once-field is stored when known and filled in by a late, stale snapshot', async () => {
    await keepLatest(s.snapshots, 'v1', 2, { name: 'two' }, { once: { registeredOn: null } });
    expect(await s.snapshots.findById('v1')).toMatchObject({ registeredOn: null });
    const late = await keepLatest(
      s.snapshots,
      'v1',
      1,
      { name: 'one' },
      { once: { registeredOn: '2026-01-01' } },
    );
    expect(late).toBe('stale');
    expect(await s.snapshots.findById('v1')).toEqual({
      _id: 'v1',
      revision: 2,
      name: 'two',
      registeredOn: '2026-01-01',
    });
    // A newer snapshot without the date leaves it alone.
    await keepLatest(s.snapshots, 'v1', 3, { name: 'three' }, { once: { registeredOn: null } });
    expect(await s.snapshots.findById('v1')).toMatchObject({ registeredOn: '2026-01-01' });
  });
}
