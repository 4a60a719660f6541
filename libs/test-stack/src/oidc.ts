/**
 * Tokens from the real identity provider for tests: the local Keycloak that
 * the jest global setup (projects with `integrationConfig(..., { oidc: true })`)
 * or `npm test` starts, with the realm of deploy/local/keycloak. Never a fake.
 */
export interface OidcEnv {
  issuer: string;
  jwksUrl: string;
  audience: string;
}

/** Where the identity provider is (OIDC_ISSUER, OIDC_JWKS_URL, OIDC_AUDIENCE). */
export function oidcEnv(): OidcEnv {
  const issuer = process.env['OIDC_ISSUER'];
  if (!issuer) {
    throw new Error(
      'OIDC_ISSUER is not set: run the test through jest with an integration config made with ' +
        "integrationConfig(dir, name, { oidc: true }) (its global setup starts the local Keycloak) or 'npm test'",
    );
  }
  return {
    issuer,
    jwksUrl: process.env['OIDC_JWKS_URL'] || `${issuer}/protocol/openid-connect/certs`,
    audience: process.env['OIDC_AUDIENCE'] || 'inspectorate-api',
  };
}

/**
 * The OIDC_* variables of this run (set by the jest global setup, `npm test`
 * or `npm run bench`), to pass on to a service's config: the services verify
 * tokens of that provider. Empty when none is set.
 */
export function oidcServiceEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['OIDC_ISSUER', 'OIDC_JWKS_URL', 'OIDC_AUDIENCE']) {
    const value = process.env[name];
    if (value) out[name] = value;
  }
  return out;
}

/** The local realm's test client: the only one with the password grant (local only). */
export const TEST_CLIENT_ID = 'inspectorate-test';

/** A demo user's password in the local realm (deploy/local/keycloak): `<username>-local`. */
export const demoPassword = (username: string): string => `${username}-local`;

/** The local realm's confidential clients and their (local-only) secrets. */
export const DEMO_CLIENTS = {
  partner: { clientId: 'partner-demo', secret: 'partner-demo-local-secret' },
  instrumentaanbieder: {
    clientId: 'instrumentaanbieder-demo',
    secret: 'instrumentaanbieder-demo-local-secret',
  },
  /** Its tokens are for another audience (`some-other-api`). */
  otherApi: { clientId: 'other-api-demo', secret: 'other-api-demo-local-secret' },
} as const;

export interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
  [key: string]: unknown;
}

async function tokenRequest(form: Record<string, string>): Promise<TokenResponse> {
  const { issuer } = oidcEnv();
  const res = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok || typeof body['access_token'] !== 'string') {
    throw new Error(
      `token request (${form['grant_type']}, client ${form['client_id']}) failed: HTTP ${res.status} ${JSON.stringify(body)}`,
    );
  }
  return body as TokenResponse;
}

/** A user's token through the password grant on the test client (local realm only). */
export async function passwordToken(username: string, password = demoPassword(username)) {
  return tokenRequest({
    grant_type: 'password',
    client_id: TEST_CLIENT_ID,
    username,
    password,
    scope: 'openid',
  });
}

/** A machine client's token through the client credentials grant. */
export async function clientCredentialsToken(clientId: string, secret: string) {
  return tokenRequest({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: secret,
  });
}

/** Raw token endpoint answer, for tests that expect a refusal. */
export async function tokenEndpoint(form: Record<string, string>): Promise<Response> {
  const { issuer } = oidcEnv();
  return fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
    signal: AbortSignal.timeout(10_000),
  });
}

/** The claims of a JWT, unverified: for assertions about what the provider issued. */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/**
 * A confidential partner client of the local realm acting for `board` (role
 * `partner`, the `bevoegd_gezag` claim hardcoded as for partner-demo), made
 * through Keycloak's admin API when it is not there yet, and its secret. Tests
 * that need partners of different boards use it: the realm file has one
 * (partner-demo, board 10000), and an edited realm file only takes effect
 * when the stack restarts Keycloak on a new database. Local realm only: it
 * logs in as the master realm's local `admin`.
 */
export async function partnerClientFor(
  board: string,
): Promise<{ clientId: string; secret: string }> {
  if (!/^\d{1,8}$/.test(board)) throw new Error(`board ${board} is not a bevoegd gezag nummer`);
  const { issuer } = oidcEnv();
  const match = /^(.*)\/realms\/([^/]+)$/.exec(issuer);
  if (!match) throw new Error(`OIDC_ISSUER ${issuer} is not a Keycloak realm URL`);
  const [, base, realm] = match as unknown as [string, string, string];
  const clientId = `partner-test-${board}`;
  const secret = `${clientId}-local-secret`;
  const admin = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: 'admin',
      password: 'admin',
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!admin.ok) throw new Error(`Keycloak admin login failed: HTTP ${admin.status}`);
  const { access_token: adminToken } = (await admin.json()) as { access_token: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/admin/realms/${realm}${path}`, {
      method,
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
    // 409: a concurrent test made it first; the same client either way.
    if (!res.ok && res.status !== 409) {
      throw new Error(`Keycloak admin ${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    }
    return res.status === 204 || res.status === 201 || res.status === 409 ? undefined : res.json();
  };
  const claim = (name: string, value: string) => ({
    name,
    protocol: 'openid-connect',
    protocolMapper: 'oidc-hardcoded-claim-mapper',
    config: {
      'claim.name': name,
      'claim.value': value,
      'jsonType.label': 'String',
      'access.token.claim': 'true',
      'id.token.claim': 'false',
      'introspection.token.claim': 'true',
      'userinfo.token.claim': 'false',
    },
  });
  const find = async () =>
    ((await call('GET', `/clients?clientId=${clientId}`)) as Array<{ id: string }>)[0];
  if (!(await find())) {
    await call('POST', '/clients', {
      clientId,
      name: `Test partner system of board ${board}`,
      enabled: true,
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      secret,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: false,
      protocol: 'openid-connect',
      attributes: { 'access.token.lifespan': '300' },
      protocolMappers: [
        {
          name: 'audience inspectorate-api',
          protocol: 'openid-connect',
          protocolMapper: 'oidc-audience-mapper',
          config: {
            'included.custom.audience': oidcEnv().audience,
            'access.token.claim': 'true',
            'id.token.claim': 'false',
          },
        },
        claim('client_id', clientId),
        claim('bevoegd_gezag', board),
      ],
    });
  }
  const id = (await find())!.id;
  const user = (await call('GET', `/clients/${id}/service-account-user`)) as { id: string };
  const role = await call('GET', '/roles/partner');
  await call('POST', `/users/${user.id}/role-mappings/realm`, [role]);
  return { clientId, secret };
}
