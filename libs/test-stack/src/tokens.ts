import {
  clientCredentialsToken,
  DEMO_CLIENTS,
  jwtClaims,
  passwordToken,
  type TokenResponse,
} from './oidc';

/** The local realm's roles, one demo user each (libs/auth's ROLES; kept here: auth's tests use this lib). */
export type DemoRole =
  | 'inspecteur'
  | 'vertrouwensinspecteur'
  | 'coordinator'
  | 'analist'
  | 'klantcontact'
  | 'beheerder'
  | 'instrumentaanbieder'
  | 'partner';

/**
 * Who a test (or the local demo) acts as: a demo user of the local realm (named after its role,
 * or `zonder-rol` without any), or one of its confidential clients through
 * the client credentials grant (`client:instrumentaanbieder` is the survey
 * provider `instrumentaanbieder-demo`).
 */
export type TestIdentity = DemoRole | 'zonder-rol' | `client:${keyof typeof DEMO_CLIENTS}`;

// Tokens live 5 minutes in the local realm; one per identity and process is
// enough, fetched again when less than a minute is left (tests run longer).
const cache = new Map<TestIdentity, Promise<{ token: string; until: number }>>();

async function fetchToken(who: TestIdentity): Promise<{ token: string; until: number }> {
  let answer: TokenResponse;
  if (who.startsWith('client:')) {
    const client = DEMO_CLIENTS[who.slice('client:'.length) as keyof typeof DEMO_CLIENTS];
    answer = await clientCredentialsToken(client.clientId, client.secret);
  } else {
    answer = await passwordToken(who);
  }
  const exp = jwtClaims(answer.access_token)['exp'];
  const until =
    (typeof exp === 'number' ? exp * 1000 : Date.now() + answer.expires_in * 1000) - 60_000;
  return { token: answer.access_token, until };
}

/**
 * An access token from the real local Keycloak (never a fake provider) for
 * `who`, cached per identity until shortly before it expires.
 */
export async function tokenFor(who: TestIdentity): Promise<string> {
  const cached = cache.get(who);
  if (cached) {
    const entry = await cached.catch(() => undefined);
    if (entry && entry.until > Date.now()) return entry.token;
  }
  const next = fetchToken(who);
  cache.set(who, next);
  next.catch(() => cache.delete(who));
  return (await next).token;
}

/** `{ authorization: 'Bearer <token>' }` for supertest's `.set(...)` or fetch's headers. */
export async function bearer(who: TestIdentity): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await tokenFor(who)}` };
}
