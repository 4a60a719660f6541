import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { buildOpenApi, collectRoutes } from '@inspectorate/http';
import type { ServiceConfig } from '@inspectorate/config';
import type { PlatformOptions, StartOptions } from '@inspectorate/runtime';
import { type RunningService, runningService } from './service';

const root = path.resolve(__dirname, '../../..');

/**
 * What a service's production bundle (dist/services/<name>/main.js, from its
 * Nx `build` target) exports: its own copy of the app module, the config
 * loader and startService, compiled as they ship.
 */
export interface ServiceBundle {
  AppModule: {
    forRoot(
      config: never,
      platform?: Partial<Omit<PlatformOptions, 'manifest' | 'config'>>,
    ): unknown;
  };
  loadConfig: { load(env: Record<string, string | undefined>): ServiceConfig };
  startService(
    module: unknown,
    config: ServiceConfig,
    options?: StartOptions,
  ): Promise<INestApplication>;
}

/** dist/services/<name>/main.js, relative to the workspace root. */
export const bundlePath = (service: string) => path.join('dist/services', service, 'main.js');

/** Requires a service's built bundle; says how to build it when it is missing. */
export function loadBundle(service: string): ServiceBundle {
  const file = path.join(root, bundlePath(service));
  if (!existsSync(file))
    throw new Error(
      `${bundlePath(service)} does not exist: build it with \`npx nx run ${service}:build\` (npm test and the e2e's jest setup build every service first)`,
    );
  // The bundle runs itself only as a program (`require.main === module`), so
  // requiring it here starts nothing.
  return require(file) as ServiceBundle;
}

/**
 * Starts a service from its built bundle, in this process, as its main.js
 * does (same bootstrap, real Kafka and database) on a free port. The config is
 * read by the bundle from `env`; `platform` passes what only tests set (a
 * scenario clock, cron off), the way main.ts's AppModule.forRoot takes it.
 */
export async function startBundledService(
  service: string,
  env: Record<string, string>,
  platform: Partial<Omit<PlatformOptions, 'manifest' | 'config'>> = {},
): Promise<RunningService> {
  const bundle = loadBundle(service);
  const config = bundle.loadConfig.load(env);
  const app = await bundle.startService(
    bundle.AppModule.forRoot(config as never, platform),
    config,
    {
      port: 0,
      logger: false,
    },
  );
  return runningService(app, config);
}

/**
 * A service bundle's own OpenAPI document, made from its routes as
 * /openapi.json would serve it, without starting it: Nest's preview mode reads
 * the modules and controllers but creates no provider, so nothing connects to
 * Kafka or MongoDB (the addresses below are never used).
 */
export async function bundleDocument(
  service: string,
  env: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const bundle = loadBundle(service);
  const config = bundle.loadConfig.load({
    KAFKA_BROKERS: '127.0.0.1:9',
    MONGODB_URI: 'mongodb://127.0.0.1:9',
    OIDC_ISSUER: 'http://127.0.0.1:18080/realms/inspectorate',
    ...env,
  });
  const app = await NestFactory.create(bundle.AppModule.forRoot(config as never) as never, {
    preview: true,
    logger: false,
  });
  try {
    return buildOpenApi({ title: service, version: '1' }, collectRoutes(app));
  } finally {
    await app.close();
  }
}
