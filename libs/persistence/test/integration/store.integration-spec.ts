import { Injectable, Module } from '@nestjs/common';
import { MongooseModule, getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { OutboxRelay, apartCollectionOf, itemsOf } from '@inspectorate/messaging';
import { connectDb, testScope, type TestScope } from '@inspectorate/test-stack';
import type { Db } from 'mongodb';
import type { Connection } from 'mongoose';
import {
  Counters,
  type Counter,
  DuplicateKeyError,
  defineCollection,
  InjectStore,
  MongoStore,
  PersistenceModule,
  Plain,
  Snapshots,
  type Store,
  storeContract,
} from '../../src';

/**
 * The Store contract on the real local FerretDB (the same suite runs against
 * the in-memory fake in libs/testing), and the Nest wiring: stores injected,
 * indexes built at start, an outbox collection the relay does not know refused.
 */
describe('MongoStore on the real database', () => {
  let scope: TestScope;
  let connection: { db: Db; close(): Promise<void> };

  beforeAll(async () => {
    scope = testScope('persistence');
    connection = await connectDb(scope);
  });

  afterAll(async () => {
    await connection.db.dropDatabase();
    await connection.close();
  });

  describe('the Store contract', () => {
    storeContract({
      async stores() {
        const hints: unknown[] = [];
        const relay = {
          queued: async (collection: string, ids: readonly unknown[]) => {
            if (collection !== Counters.name) throw new Error(`hint for ${collection}`);
            hints.push(...ids);
          },
        };
        const counters = new MongoStore(() => connection.db, Counters, relay);
        const plain = new MongoStore(() => connection.db, Plain, relay);
        const snapshots = new MongoStore(() => connection.db, Snapshots, null);
        for (const store of [counters, plain, snapshots]) {
          await store.collection.deleteMany({});
          await store.ensureIndexes();
        }
        return { counters, plain, snapshots, hints: () => hints };
      },
    });
  });

  it('hands the relay the inserts that landed with their events, as written, and not one that collided', async () => {
    const handed: { _id: unknown; outbox: { id: string }[] }[] = [];
    const hinted: unknown[] = [];
    const relay = {
      queued: async (
        _collection: string,
        ids: readonly unknown[],
        inserted: readonly { _id: unknown; outbox: { id: string }[] }[] = [],
      ) => {
        hinted.push(...ids);
        handed.push(...inserted);
      },
    };
    const counters = new MongoStore(() => connection.db, Counters, relay);
    await counters.collection.deleteMany({});
    await counters.ensureIndexes();
    const event = (id: string, subject: string) => ({
      definition: { type: 't.v1', topic: 'inspectorate.test.counters' },
      event: { id, type: 't.v1', subject } as never,
    });
    await counters.insert({ _id: 'taken', version: 1, count: 0 });
    const result = await counters.bulk([
      { insert: { _id: 'new-1', version: 1, count: 0 }, events: [event('e1', 'new-1')] },
      { insert: { _id: 'taken', version: 1, count: 0 }, events: [event('e2', 'taken')] },
      { insert: { _id: 'new-2', version: 1, count: 0 } },
      {
        update: { filter: { _id: 'new-1' }, change: { $inc: { count: 1 } } },
        events: [event('e3', 'new-1')],
      },
    ]);
    expect(result.duplicates.map((d) => d.index)).toEqual([1]);
    // Every statement with events is hinted; only the landed insert is handed over, as stored.
    expect(hinted).toEqual(['new-1', 'taken', 'new-1']);
    expect(handed).toEqual([
      expect.objectContaining({ _id: 'new-1', outbox: [expect.objectContaining({ id: 'e1' })] }),
    ]);
    const stored = await counters.collection.findOne({ _id: 'new-1' });
    expect(stored!['outbox'][0]).toEqual(handed[0]!.outbox[0]);
    await counters.collection.deleteMany({});
  });

  it('with insertEventsApart: one document per write first, the documents with its id and no outbox; a write none of whose inserts landed dropped', async () => {
    const Apart = defineCollection<Counter>({
      name: 'contract_apart',
      fields: { _id: { type: String, required: true }, count: { type: Number, required: true } },
      outbox: true,
      insertEventsApart: true,
    });
    type Handed = { _id: unknown; outbox: { id: string }[]; apartWrite?: string };
    const handed: Handed[] = [];
    const relay = {
      queued: async (
        _collection: string,
        _ids: readonly unknown[],
        inserted: readonly Handed[] = [],
      ) => {
        handed.push(...inserted);
      },
    };
    const store = new MongoStore(() => connection.db, Apart, relay);
    const entries = connection.db.collection(apartCollectionOf(Apart.name));
    await store.collection.deleteMany({});
    await entries.deleteMany({});
    const event = (id: string, subject: string) => ({
      definition: { type: 't.v1', topic: 'inspectorate.test.counters' },
      event: { id, type: 't.v1', subject } as never,
    });

    await store.insert({ _id: 'one', version: 1, count: 0 }, [event('e0', 'one')]);
    const one = await store.collection.findOne({ _id: 'one' });
    expect(one).not.toHaveProperty('outbox');
    expect(one).not.toHaveProperty('outboxPending');
    const [apart0] = await entries.find({}).toArray();
    expect(apart0).toMatchObject({ _id: one!['outboxWrite'], aggregates: ['one'] });
    const [item0] = itemsOf(apart0 as never);
    expect(item0).toMatchObject({ aggregate: 'one', entries: [{ id: 'e0' }] });
    expect(handed).toEqual([{ _id: 'one', outbox: item0!.entries, apartWrite: apart0!._id }]);

    // Someone else's document: the error, and no entry left to publish.
    await expect(
      store.insert({ _id: 'one', version: 1, count: 0 }, [event('e-dup', 'one')]),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await entries.countDocuments({})).toBe(1);

    handed.length = 0;
    const result = await store.bulk([
      { insert: { _id: 'new-1', version: 1, count: 0 }, events: [event('e1', 'new-1')] },
      { insert: { _id: 'one', version: 1, count: 0 }, events: [event('e2', 'one')] },
      {
        update: { filter: { _id: 'new-1' }, change: { $inc: { count: 1 } } },
        events: [event('e3', 'new-1')],
      },
    ]);
    expect(result.duplicates.map((d) => d.index)).toEqual([1]);
    // One document for the bulk's two inserts; the relay drops the collided one's item.
    const bulkWrite = (await store.collection.findOne({ _id: 'new-1' }))!['outboxWrite'];
    const written = await entries.findOne({ _id: bulkWrite });
    expect(written!['aggregates']).toEqual(['new-1', 'one']);
    expect(itemsOf(written as never).map((i) => i.entries.map((e) => e.id))).toEqual([
      ['e1'],
      ['e2'],
    ]);
    expect(await entries.countDocuments({})).toBe(2);
    expect(handed.map((h) => [h._id, h.outbox.map((e) => e.id), h.apartWrite])).toEqual([
      ['new-1', ['e1'], bulkWrite],
    ]);
    // A bulk whose every insert collided leaves no document behind.
    const collided = await store.bulk([
      { insert: { _id: 'one', version: 1, count: 0 }, events: [event('e4', 'one')] },
    ]);
    expect(collided.duplicates).toHaveLength(1);
    expect(await entries.countDocuments({})).toBe(2);
    // An update's events stay in the document (ADR 0002).
    const updated = await store.collection.findOne({ _id: 'new-1' });
    expect(updated).toMatchObject({ count: 1, outboxPending: true });
    expect(updated!['outbox'].map((e: { id: string }) => e.id)).toEqual(['e3']);
    await store.collection.deleteMany({});
    await entries.deleteMany({});
  });

  describe('PersistenceModule', () => {
    @Injectable()
    class CounterRepository {
      constructor(@InjectStore(Counters) readonly counters: Store<Counter>) {}
    }

    const build = async (registered: string[]) => {
      const relay = { registered: () => registered, queued: jest.fn(async () => undefined) };
      @Module({
        imports: [PersistenceModule.forFeature([Counters])],
        providers: [CounterRepository],
      })
      class FeatureModule {}
      const moduleRef = await Test.createTestingModule({
        imports: [
          MongooseModule.forRoot(scope.mongodbUri, { dbName: `${scope.databaseName}_nest` }),
          {
            module: class RelayModule {},
            global: true,
            providers: [{ provide: OutboxRelay, useValue: relay }],
            exports: [OutboxRelay],
          },
          FeatureModule,
        ],
      }).compile();
      return { moduleRef, relay };
    };

    it('injects the store, builds the declared indexes and hints the relay', async () => {
      const { moduleRef, relay } = await build([Counters.name]);
      await moduleRef.init();
      try {
        const repo = moduleRef.get(CounterRepository);
        await repo.counters.insert({ _id: 'a', version: 1, count: 0 }, [
          {
            definition: { type: 't.v1', topic: 'inspectorate.test.counters' },
            event: { id: 'e1', type: 't.v1', subject: 'a' } as never,
          },
        ]);
        // The inserted document is handed over as written, so the relay need not read it back.
        expect(relay.queued).toHaveBeenCalledWith(
          Counters.name,
          ['a'],
          [expect.objectContaining({ _id: 'a', outbox: [expect.objectContaining({ id: 'e1' })] })],
        );
        const db = (repo.counters as MongoStore<Counter>).collection;
        const names = (await db.listIndexes().toArray()).map((i) => i.key);
        expect(names).toContainEqual({ code: 1 });
      } finally {
        const db = moduleRef.get(CounterRepository).counters as MongoStore<Counter>;
        await db.collection.drop().catch(() => undefined);
        await moduleRef.close();
      }
    });

    it('refuses to start when an outbox collection is not registered with the relay', async () => {
      const { moduleRef } = await build([]);
      await expect(moduleRef.init()).rejects.toThrow(
        "collection 'contract_counters' carries an outbox but is not in the manifest's outboxCollections",
      );
      // close() would wait for the failed start again: close the connection itself.
      await moduleRef.get<Connection>(getConnectionToken()).close();
    });
  });
});
