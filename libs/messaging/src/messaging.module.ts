import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { EventCatalog } from '@inspectorate/contracts';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { Db } from 'mongodb';
import { DeadLetterService } from './consumer/dead-letter-service';
import { KafkaEventServer } from './consumer/event-server';
import { ProcessedEventStore } from './consumer/processed-events';
import type { RetryPolicy } from './consumer/retry-policy';
import { type MessagingInstruments, noInstruments } from './instruments';
import { PRODUCER_CONFIG, createKafka } from './kafka/kafka-client';
import { type LeaseLike, OutboxRelay, type OutboxRelayOptions } from './outbox/relay';
import { topicNaming, type TopicNaming } from './topics/naming';
import { type TopicSpec, deadLetterSpec, provisionTopics } from './topics/provision';

export interface MessagingOptions {
  /** The service: Kafka client id, consumer group and CloudEvents source. */
  service: string;
  brokers: string[];
  topicPrefix?: string;
  catalog: EventCatalog;
  /** Logical topics this service publishes to; created at start if missing. */
  produces: readonly string[];
  /** Partitions and configs of a logical topic (from the contracts). */
  topicSpec: (topic: string) => TopicSpec;
  /** Collections whose documents carry an outbox. */
  outboxCollections: readonly string[];
  /** The service's own database (for the relay and processed event ids). */
  db: Db;
  lease: LeaseLike;
  /** This replica's identity for leases. */
  replicaId: string;
  instruments?: MessagingInstruments;
  retry?: RetryPolicy;
  replicationFactor?: number;
  relay?: Pick<OutboxRelayOptions, 'batchSize' | 'pollIntervalMs' | 'leaseTtlMs'>;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/** The service's Kafka client, producer and admin, connected at start. */
@Injectable()
export class KafkaConnection implements OnModuleInit, OnApplicationShutdown {
  readonly kafka: Kafka;
  readonly producer: Producer;
  readonly admin: Admin;
  readonly naming: TopicNaming;
  private connected = false;

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {
    this.naming = topicNaming(options.topicPrefix ?? '');
    this.kafka = createKafka(options.brokers, options.service);
    this.producer = this.kafka.producer(PRODUCER_CONFIG);
    this.admin = this.kafka.admin();
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([this.producer.connect(), this.admin.connect()]);
    this.connected = true;
  }

  isConnected(): boolean {
    return this.connected;
  }

  /** Readiness: the cluster answers a metadata request within two seconds. */
  async ping(): Promise<void> {
    if (!this.connected) throw new Error('kafka producer not connected yet');
    await Promise.race([
      this.admin.describeCluster(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('kafka did not answer within 2s')), 2_000).unref(),
      ),
    ]);
  }

  async provision(topics: readonly string[], deadLetterFor: readonly string[] = []): Promise<void> {
    const specs = [
      ...topics.map((t) => this.options.topicSpec(t)),
      ...deadLetterFor.map((t) => deadLetterSpec(this.naming, t, this.options.service)),
    ];
    const result = await provisionTopics(
      this.admin,
      this.naming,
      specs,
      this.options.replicationFactor ?? -1,
    );
    if (result.created.length > 0) {
      new Logger('Messaging').log(`created topics: ${result.created.join(', ')}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.connected = false;
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
  }
}

/** Starts the relay once every module is up, and stops it before the producer goes. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly connection: KafkaConnection,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connection.provision(this.options.produces);
    await this.relay.ensureIndexes();
    await this.relay.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay.stop();
  }
}

/** Builds the Kafka side of the app: `app.connectMicroservice({ strategy: factory.create() })`. */
@Injectable()
export class EventServerFactory {
  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly connection: KafkaConnection,
    private readonly processed: ProcessedEventStore,
  ) {}

  private server: KafkaEventServer | undefined;

  /** Logical topics the service's consumer reads (empty before it started, or without handlers). */
  subscribedTopics(): string[] {
    return this.server?.subscribedTopics() ?? [];
  }

  create(): KafkaEventServer {
    const o = this.options;
    this.server = new KafkaEventServer({
      brokers: o.brokers,
      clientId: `${o.service}-consumer`,
      group: o.service,
      naming: this.connection.naming,
      catalog: o.catalog,
      processed: this.processed,
      instruments: o.instruments ?? noInstruments,
      ...(o.retry ? { retry: o.retry } : {}),
      // Subscribed topics and their DLQs exist before the consumer joins its group.
      beforeSubscribe: (topics) => this.connection.provision(topics, topics),
    });
    return this.server;
  }
}

@Module({})
export class MessagingModule {
  static forRootAsync(options: {
    imports?: DynamicModule['imports'];
    inject?: unknown[];
    useFactory: (...args: never[]) => MessagingOptions | Promise<MessagingOptions>;
  }): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: MESSAGING_OPTIONS,
          useFactory: options.useFactory,
          inject: (options.inject ?? []) as never[],
        },
        KafkaConnection,
        {
          provide: ProcessedEventStore,
          useFactory: (o: MessagingOptions) => {
            const log = new Logger(ProcessedEventStore.name);
            return new ProcessedEventStore(o.db, {
              onFlushError: (error, ids) =>
                log.warn(
                  `${ids} processed event ids not written (a redelivery of those runs its handler again): ${String(error)}`,
                ),
            });
          },
          inject: [MESSAGING_OPTIONS],
        },
        {
          provide: OutboxRelay,
          useFactory: (o: MessagingOptions, k: KafkaConnection) => {
            const relay = new OutboxRelay({
              db: o.db,
              producer: k.producer,
              naming: k.naming,
              lease: o.lease,
              holder: o.replicaId,
              instruments: o.instruments ?? noInstruments,
              ...o.relay,
            });
            for (const name of o.outboxCollections) relay.register(name);
            return relay;
          },
          inject: [MESSAGING_OPTIONS, KafkaConnection],
        },
        {
          provide: DeadLetterService,
          useFactory: (o: MessagingOptions, k: KafkaConnection) =>
            new DeadLetterService(k.kafka, k.admin, k.producer, k.naming, o.service, o.catalog),
          inject: [MESSAGING_OPTIONS, KafkaConnection],
        },
        MessagingLifecycle,
        EventServerFactory,
      ],
      exports: [
        KafkaConnection,
        OutboxRelay,
        ProcessedEventStore,
        DeadLetterService,
        EventServerFactory,
        MESSAGING_OPTIONS,
      ],
    };
  }
}
