import { Injectable, Module } from '@nestjs/common';
import { MongooseModule, getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { OutboxRelay } from '@inspectorate/messaging';
import { connectDb, testScope, type TestScope } from '@inspectorate/test-stack';
import type { Db } from 'mongodb';
import type { Connection } from 'mongoose';
import {
  Counters,
  type Counter,
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
        expect(relay.queued).toHaveBeenCalledWith(Counters.name, ['a']);
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
