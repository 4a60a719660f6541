import type { AddressInfo } from 'node:net';
import {
  type RunningService,
  type TestScope,
  oidcEnv,
  serviceEnv,
  startBundledService,
} from '@inspectorate/testing';
import { databaseOf } from './support';

/** The base URL a running service listens on. */
export function urlOf(service: RunningService): string {
  const { port } = (service.http as { address(): AddressInfo }).address();
  return `http://127.0.0.1:${port}`;
}

/**
 * The gateway's bundle on the real stack, verifying tokens of the real local
 * Keycloak, forwarding to the URLs in `env`. Each gateway started with its own
 * `name` has its own database (closing one drops only its own).
 */
export function startGateway(
  scope: TestScope,
  name: string,
  env: Record<string, string> = {},
): Promise<RunningService> {
  const oidc = oidcEnv();
  return startBundledService(
    'gateway',
    serviceEnv(scope, {
      MONGODB_DATABASE: databaseOf(scope, name),
      OIDC_ISSUER: oidc.issuer,
      OIDC_JWKS_URL: oidc.jwksUrl,
      OIDC_AUDIENCE: oidc.audience,
      ...env,
    }),
    { cron: false },
  );
}
