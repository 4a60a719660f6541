// The local realm (deploy/local/keycloak/inspectorate-realm.json) as the real
// Keycloak started by the stack serves it: what the services and the front end
// will rely on. Tokens come from the provider itself, never from a fake.
import {
  clientCredentialsToken,
  DEMO_CLIENTS,
  jwtClaims,
  oidcEnv,
  passwordToken,
  TEST_CLIENT_ID,
  tokenEndpoint,
} from '@inspectorate/test-stack';

const ROLES = [
  'inspecteur',
  'vertrouwensinspecteur',
  'coordinator',
  'analist',
  'klantcontact',
  'beheerder',
  'instrumentaanbieder',
  'partner',
] as const;

const audiences = (claims: Record<string, unknown>): string[] =>
  ([] as string[]).concat((claims['aud'] as string | string[] | undefined) ?? []);
const realmRoles = (claims: Record<string, unknown>): string[] =>
  ((claims['realm_access'] as { roles?: string[] } | undefined)?.roles ?? []).slice().sort();

describe('the local realm on the real Keycloak', () => {
  const env = oidcEnv();

  it('publishes its discovery document with the issuer, JWKS and PKCE S256', async () => {
    const res = await fetch(`${env.issuer}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc['issuer']).toBe(env.issuer);
    expect(doc['jwks_uri']).toBe(env.jwksUrl);
    expect(doc['code_challenge_methods_supported']).toContain('S256');
    const jwks = (await (await fetch(env.jwksUrl)).json()) as { keys: { alg?: string }[] };
    expect(jwks.keys.some((k) => k.alg === 'RS256')).toBe(true);
  });

  it.each(ROLES)(
    'logs the demo user %s in (test client, password grant) with exactly that role and aud inspectorate-api',
    async (role) => {
      const { access_token } = await passwordToken(role);
      const claims = jwtClaims(access_token);
      expect(claims['iss']).toBe(env.issuer);
      expect(audiences(claims)).toContain(env.audience);
      expect(realmRoles(claims)).toEqual([role]);
      expect(claims['preferred_username']).toBe(role);
      expect(typeof claims['name']).toBe('string');
      expect(claims['azp']).toBe(TEST_CLIENT_ID);
    },
  );

  it('gives the user without a role a token without roles', async () => {
    const claims = jwtClaims((await passwordToken('zonder-rol')).access_token);
    expect(realmRoles(claims)).toEqual([]);
    expect(audiences(claims)).toContain(env.audience);
  });

  it('refuses a wrong password', async () => {
    const res = await tokenEndpoint({
      grant_type: 'password',
      client_id: TEST_CLIENT_ID,
      username: 'inspecteur',
      password: 'wrong',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it.each([
    ['partner-demo', DEMO_CLIENTS.partner, 'partner'],
    ['instrumentaanbieder-demo', DEMO_CLIENTS.instrumentaanbieder, 'instrumentaanbieder'],
  ])(
    'gives the confidential client %s a client-credentials token with its role',
    async (_name, client, role) => {
      const claims = jwtClaims(
        (await clientCredentialsToken(client.clientId, client.secret)).access_token,
      );
      expect(realmRoles(claims)).toEqual([role]);
      expect(audiences(claims)).toContain(env.audience);
      expect(claims['client_id']).toBe(client.clientId);
      expect(claims['azp']).toBe(client.clientId);
    },
  );

  it('refuses client credentials with a wrong secret', async () => {
    const res = await tokenEndpoint({
      grant_type: 'client_credentials',
      client_id: DEMO_CLIENTS.partner.clientId,
      client_secret: 'wrong',
    });
    expect(res.status).toBe(401);
  });

  it('gives the other API’s client tokens for another audience only', async () => {
    const { clientId, secret } = DEMO_CLIENTS.otherApi;
    const claims = jwtClaims((await clientCredentialsToken(clientId, secret)).access_token);
    expect(audiences(claims)).toEqual(['some-other-api']);
  });

  it('allows the password grant on the test client only, not on the front end’s', async () => {
    const res = await tokenEndpoint({
      grant_type: 'password',
      client_id: 'inspectorate-frontend',
      username: 'inspecteur',
      password: 'inspecteur-local',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(((await res.json()) as { error: string }).error).toBe('unauthorized_client');
  });

  it('makes the front end’s authorization code flow require PKCE with S256', async () => {
    const authorize = (extra: Record<string, string>) =>
      fetch(
        `${env.issuer}/protocol/openid-connect/auth?${new URLSearchParams({
          client_id: 'inspectorate-frontend',
          response_type: 'code',
          scope: 'openid',
          redirect_uri: 'http://localhost:3000/docs/oauth2-redirect.html',
          state: 'st',
          ...extra,
        })}`,
        { redirect: 'manual' },
      );
    const without = await authorize({});
    expect(without.status).toBe(302);
    expect(without.headers.get('location')).toMatch(/error=invalid_request/);
    const plain = await authorize({
      code_challenge: 'a'.repeat(43),
      code_challenge_method: 'plain',
    });
    expect(plain.status).toBe(302);
    expect(plain.headers.get('location')).toMatch(/error=invalid_request/);
    const s256 = await authorize({
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    expect(s256.status).toBe(200); // the login page
    expect(await s256.text()).toContain('kc-form-login');
  });

  it('refuses a redirect to a host that is not local', async () => {
    const res = await fetch(
      `${env.issuer}/protocol/openid-connect/auth?${new URLSearchParams({
        client_id: 'inspectorate-frontend',
        response_type: 'code',
        redirect_uri: 'https://evil.example/cb',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      })}`,
      { redirect: 'manual' },
    );
    expect(res.status).toBe(400);
  });
});
