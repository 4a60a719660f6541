import type { INestApplication } from '@nestjs/common';
import type { ServiceConfig } from '@inspectorate/config';
import { startService } from '@inspectorate/runtime';
import { MongoClient } from 'mongodb';
import { oidcServiceEnv, type TestScope } from '@inspectorate/test-stack';

/**
 * The environment a service reads, pointed at this test scope's database and
 * topic prefix, at the identity provider of the run (OIDC_* from the jest
 * global setup of `integrationConfig(dir, name, { oidc: true })` or `npm test`)
 * and at the run's mail catcher (SMTP_*: a service's own default is the
 * default local port, which is another stack's when the run uses other ports).
 */
export function serviceEnv(
  scope: TestScope,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    KAFKA_BROKERS: scope.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: scope.topicPrefix,
    MONGODB_URI: scope.mongodbUri,
    MONGODB_DATABASE: scope.databaseName,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'error',
    ...oidcServiceEnv(),
    ...(process.env['SMTP_HOST'] ? { SMTP_HOST: process.env['SMTP_HOST'] } : {}),
    ...(process.env['SMTP_PORT'] ? { SMTP_PORT: process.env['SMTP_PORT'] } : {}),
    ...extra,
  };
}

export interface RunningService {
  app: INestApplication;
  /** For supertest: `request(service.http)`. */
  http: ReturnType<INestApplication['getHttpServer']>;
  /** Stops the service and drops its test database. */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

/**
 * Starts a service exactly as main.ts does (same bootstrap, real Kafka and
 * database) on a free port, in this test's scope.
 */
export async function startTestService(
  appModule: Parameters<typeof startService>[0],
  config: ServiceConfig,
): Promise<RunningService> {
  const app = await startService(appModule, config, { port: 0, logger: false });
  return runningService(app, config);
}

/** A started app as a RunningService: its HTTP server, and a close that drops its test database. */
export function runningService(app: INestApplication, config: ServiceConfig): RunningService {
  return {
    app,
    http: app.getHttpServer(),
    async close(options = {}) {
      await app.close();
      if (options.keepDatabase) return;
      const client = await MongoClient.connect(config.MONGODB_URI);
      try {
        await client.db(config.MONGODB_DATABASE).dropDatabase();
      } finally {
        await client.close();
      }
    },
  };
}
