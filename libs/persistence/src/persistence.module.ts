import { type DynamicModule, Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { OutboxRelay } from '@inspectorate/messaging';
import type { Db } from 'mongodb';
import type { Connection } from 'mongoose';
import type { CollectionDefinition } from './collection';
import { MongoStore } from './mongo-store';

/** The driver's database behind the service's mongoose connection (one pool per process). */
export function databaseOf(connection: Connection): Db {
  const db = connection.db;
  if (db === undefined) throw new Error('the mongoose connection has no database (not connected)');
  return db as unknown as Db;
}

/** The injection token of a collection's store. */
export function storeToken(definition: CollectionDefinition | { name: string }): string {
  return `persistence:store:${definition.name}`;
}

/** `@InjectStore(Letters) letters: Store<LetterDoc>` in a repository's constructor. */
export const InjectStore = (definition: { name: string }) => Inject(storeToken(definition));

/**
 * Builds each store at start: its declared indexes, and for a collection
 * with an outbox, the check that the relay knows it (the service
 * manifest's outboxCollections); without that, its events would wait for
 * a sweep that never comes.
 */
class StoreInitializer implements OnModuleInit {
  private readonly log = new Logger('PersistenceModule');

  constructor(
    private readonly stores: MongoStore<{ _id: unknown }>[],
    private readonly relay: OutboxRelay | null,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const store of this.stores) {
      if (store.definition.outbox && this.relay && !this.relay.registered().includes(store.name)) {
        throw new Error(
          `collection '${store.name}' carries an outbox but is not in the manifest's outboxCollections`,
        );
      }
      await store.ensureIndexes();
      // An index too many costs writes, not correctness: no reason to keep
      // the service from starting.
      await store
        .dropRetiredIndexes()
        .then((dropped) => {
          if (dropped.length > 0)
            this.log.log(`${store.name}: dropped retired indexes ${dropped.join(', ')}`);
        })
        .catch((error: Error) =>
          this.log.warn(`${store.name}: retired indexes not dropped: ${error.message}`),
        );
    }
  }
}

/**
 * The collections a module uses, each as an injectable Store. Indexes are
 * built at start (createIndex is idempotent, so every replica may).
 *
 *   PersistenceModule.forFeature([Boards, Schools, Vestigingen])
 */
@Module({})
export class PersistenceModule {
  static forFeature(definitions: readonly CollectionDefinition[]): DynamicModule {
    const inject = [getConnectionToken(), { token: OutboxRelay, optional: true }];
    const stores = definitions.map((definition) => ({
      provide: storeToken(definition),
      useFactory: (connection: Connection, relay?: OutboxRelay) =>
        new MongoStore(() => databaseOf(connection), definition, relay ?? null),
      inject,
    }));
    const initializer = {
      provide: `persistence:init:${definitions.map((d) => d.name).join(',')}`,
      useFactory: (relay: OutboxRelay | undefined, ...built: MongoStore<{ _id: unknown }>[]) =>
        new StoreInitializer(built, relay ?? null),
      inject: [{ token: OutboxRelay, optional: true }, ...stores.map((s) => s.provide)],
    };
    return {
      module: PersistenceModule,
      providers: [...stores, initializer],
      exports: stores.map((s) => s.provide),
    };
  }
}
