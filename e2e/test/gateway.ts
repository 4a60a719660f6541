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

/** The timers jest must leave alone when only Date moves (the gateway runs in this process). */
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/**
 * Runs `fn` with Date moved `ms` ahead and everything else real: tokens of
 * the realm (5 minutes) are then expired for the in-process gateway.
 */
export async function withDateAhead<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], now: Date.now() + ms });
  try {
    return await fn();
  } finally {
    jest.useRealTimers();
  }
}

/** An admin token of the same Keycloak's master realm: valid, but from another issuer. */
export async function foreignIssuerToken(): Promise<string> {
  const base = oidcEnv().issuer.replace(/\/realms\/.*$/, '');
  const answer = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: 'admin',
      password: 'admin',
    }),
  });
  if (!answer.ok) throw new Error(`the master realm gave no token: ${answer.status}`);
  return ((await answer.json()) as { access_token: string }).access_token;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A real token with its realm roles edited and its signature kept. */
export function tamperedToken(token: string, roles: readonly string[]): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
  claims.realm_access = { roles };
  return `${header}.${b64(claims)}.${signature}`;
}

/** A real token's claims, unsigned (`alg: none`). */
export function unsignedToken(token: string): string {
  const payload = token.split('.')[1]!;
  return `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
}
