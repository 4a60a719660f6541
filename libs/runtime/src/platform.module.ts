import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { AuthModule, type TokenVerifier, type TokenVerifierOptions } from '@inspectorate/auth';
import { MongooseModule, getConnectionToken } from '@nestjs/mongoose';
import { ConfigModule, type ServiceConfig } from '@inspectorate/config';
import { topicSpec } from '@inspectorate/contracts';
import { type MessagingOptions, MessagingModule, type RetryPolicy } from '@inspectorate/messaging';
import {
  HealthModule,
  LoggingModule,
  Metrics,
  MetricsModule,
  MongoReadiness,
} from '@inspectorate/observability';
import { MongoMonitorWatchdog, databaseOf } from '@inspectorate/persistence';
import { type Clock, LeaseService, REPLICA_ID, SchedulingModule } from '@inspectorate/scheduling';
import type { Connection } from 'mongoose';
import { KafkaReadiness } from './kafka.readiness';
import { SERVICE_MANIFEST, type ServiceManifest, catalogOf } from './manifest';
import { OpsController } from './ops.controller';

export interface PlatformOptions {
  manifest: ServiceManifest;
  config: ServiceConfig;
  /** Tests pass a FixedClock; services get the system clock. */
  clock?: Clock;
  /** Tests turn the @Cron timers off and run jobs on demand. */
  cron?: boolean;
  retry?: RetryPolicy;
  relay?: MessagingOptions['relay'];
  /**
   * The identity provider whose bearer tokens every HTTP route needs, except
   * health and metrics (libs/auth's global deny-by-default guard): the
   * options from the service's OIDC config (`verifierOptionsFrom(config)`),
   * or a ready TokenVerifier. Every service passes it, the gateway too.
   */
  auth?: TokenVerifierOptions | TokenVerifier;
}

/**
 * Everything a service stands on, in one import: validated config, pino
 * logs with correlation ids, Prometheus metrics, its own MongoDB database,
 * the clock and job leases, Kafka (outbox relay, consumer, provisioning,
 * dead letters), /health/live + /health/ready checking MongoDB and Kafka, and
 * the bearer-token guard (libs/auth) in front of every other route.
 * A service's AppModule imports this and adds only its domain.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { manifest, config } = options;
    const imports: ModuleMetadata['imports'] = [
      ConfigModule.forRoot(config),
      LoggingModule.forRoot({ service: manifest.service, level: config.LOG_LEVEL }),
      MetricsModule.forRoot({ service: manifest.service }),
      MongooseModule.forRoot(config.MONGODB_URI, {
        dbName: config.MONGODB_DATABASE,
        serverSelectionTimeoutMS: 10_000,
        // Indexes are declared in the schemas and built at start by every
        // replica; createIndex is idempotent, so concurrent starts are safe.
        autoIndex: true,
      }),
      SchedulingModule.forRoot({
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.cron === undefined ? {} : { cron: options.cron }),
      }),
      MessagingModule.forRootAsync({
        inject: [getConnectionToken(), LeaseService, REPLICA_ID, Metrics],
        useFactory: (
          connection: Connection,
          lease: LeaseService,
          replicaId: string,
          metrics: Metrics,
        ) => {
          const db = databaseOf(connection);
          return {
            service: manifest.service,
            brokers: config.KAFKA_BROKERS,
            topicPrefix: config.KAFKA_TOPIC_PREFIX,
            catalog: catalogOf(manifest),
            produces: manifest.produces,
            topicSpec,
            outboxCollections: manifest.outboxCollections,
            // The mongoose connection's own driver handle: one pool per process.
            db: db as unknown as MessagingOptions['db'],
            lease,
            replicaId,
            instruments: metrics.messaging,
            ...(options.retry ? { retry: options.retry } : {}),
            ...(options.relay ? { relay: options.relay } : {}),
          } satisfies MessagingOptions;
        },
      }),
      HealthModule.forRoot({ readiness: [MongoReadiness, KafkaReadiness] }),
      ...(options.auth ? [AuthModule.forRoot(options.auth)] : []),
    ];
    return {
      module: PlatformModule,
      imports,
      controllers: [OpsController],
      // The driver's monitor can get stuck after a database restart (mongo-monitor.watchdog.ts).
      providers: [{ provide: SERVICE_MANIFEST, useValue: manifest }, MongoMonitorWatchdog],
    };
  }
}
