import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { MicroserviceOptions } from '@nestjs/microservices';
import type { ServiceConfig } from '@inspectorate/config';
import { setUpHttp } from '@inspectorate/http';
import { EventServerFactory } from '@inspectorate/messaging';
import { ShutdownState, useAppLogger } from '@inspectorate/observability';
import { SERVICE_MANIFEST, type ServiceManifest } from './manifest';
import { handleShutdownSignals } from './shutdown';

export interface StartOptions {
  /** 0 picks a free port (tests). Defaults to config.PORT. */
  port?: number;
  /** Tests keep their own logger quiet. */
  logger?: false;
  /**
   * JSON body limit in bytes for every route (default 100 kB). A route that
   * needs more declares it itself: `@Api({ bodyLimit })` or `@BodyLimit(n)`
   * from @inspectorate/http.
   */
  bodyLimit?: number;
}

/**
 * Wires an app module into a running service: pino as the Nest logger, the
 * Kafka consumer (only when the service has event handlers), graceful
 * shutdown on SIGTERM/SIGINT, and the HTTP server. Used by every main.ts and
 * by the integration tests, so what is tested is what runs.
 */
export async function startService(
  appModule: Parameters<typeof NestFactory.create>[0],
  config: ServiceConfig,
  options: StartOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(appModule, {
    bufferLogs: options.logger !== false,
    ...(options.logger === false ? { logger: false } : {}),
    // setUpHttp registers the parsers, with per-route limits.
    bodyParser: false,
  });
  if (options.logger !== false) useAppLogger(app);
  // Our own signal handling rather than app.enableShutdownHooks(): readiness
  // must turn 503 first, and SHUTDOWN_TIMEOUT_MS must bound the whole of it.
  const close = app.close.bind(app);
  const unsubscribe = handleShutdownSignals(config.SHUTDOWN_TIMEOUT_MS, {
    close,
    startDraining: () => app.get(ShutdownState, { strict: false }).startDraining(),
    exit: (code) => process.exit(code),
    signals: process,
  });
  // A closed app (tests start and close many) must not keep its handlers.
  app.close = async () => {
    unsubscribe();
    await close();
  };
  // problem+json errors, body limits, /openapi.json and /docs. Its filter is
  // set on the app and inherited by the microservice, where it rethrows
  // handler errors to the event server (retry, then DLQ): see ProblemFilter.
  const manifest = app.get<ServiceManifest | undefined>(SERVICE_MANIFEST, { strict: false });
  setUpHttp(app, {
    info: {
      title: `inspectorate ${manifest?.service ?? 'service'}`,
      version: '1',
      description:
        'Internal API; the gateway exposes it by role. Errors are RFC 9457 problem+json.',
    },
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
  });
  const server = app.get(EventServerFactory).create();
  app.connectMicroservice<MicroserviceOptions>({ strategy: server }, { inheritAppConfig: true });
  await app.startAllMicroservices();
  await app.listen(options.port ?? config.PORT, '0.0.0.0');
  return app;
}

/** For main.ts: start, or log why not and exit non-zero (the orchestrator restarts us). */
export function runService(start: () => Promise<INestApplication>): void {
  start().catch((error: unknown) => {
    // The app logger may not exist yet; stderr always does.
    process.stderr.write(
      `${JSON.stringify({ level: 'fatal', msg: `service failed to start: ${error instanceof Error ? error.message : String(error)}`, error: error instanceof Error ? error.stack : String(error) })}\n`,
    );
    process.exit(1);
  });
}
