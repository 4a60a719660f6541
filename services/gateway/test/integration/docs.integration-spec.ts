// The public API document at /openapi.json and Swagger UI's login at /docs,
// against the real local Keycloak: the authorization code flow with PKCE of
// the front end's public client, with the gateway's docs page as the
// redirect, done step by step as the browser would (no browser here).
import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import { type RunningService, demoPassword, jwtClaims, oidcEnv } from '@inspectorate/testing';
import publicApi from '../../src/openapi/public-api.json';
import { startGateway } from './support';

/** Where `npm start`'s gateway serves Swagger UI's redirect page. */
const DOCS_ORIGIN = 'http://localhost:3000';
const REDIRECT_URI = `${DOCS_ORIGIN}/docs/oauth2-redirect.html`;
const CLIENT_ID = 'inspectorate-frontend';

/** Cookies of one browser session with the provider. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

describe('the public API document and Swagger UI with its login', () => {
  let gateway: RunningService;
  const issuer = () => oidcEnv().issuer;

  beforeAll(async () => {
    gateway = await startGateway('gateway-docs', { REGISTRY_URL: 'http://127.0.0.1:9' });
  }, 60_000);
  afterAll(() => gateway?.close());

  it("serves the public document with this provider's endpoints", async () => {
    const doc = (await request(gateway.http).get('/openapi.json').expect(200)).body;
    // The API as committed, and the gateway's own health and ops routes.
    expect(doc.paths).toMatchObject(publicApi.paths);
    expect(doc.paths['/health/ready']).toBeDefined();
    expect(doc.components.securitySchemes.oidc.flows.authorizationCode).toEqual({
      authorizationUrl: `${issuer()}/protocol/openid-connect/auth`,
      tokenUrl: `${issuer()}/protocol/openid-connect/token`,
      scopes: { openid: 'OpenID Connect' },
    });
  });

  it('lets Swagger UI reach the provider and keep its login window (CSP, COOP)', async () => {
    const page = await request(gateway.http).get('/docs').expect(200);
    expect(page.headers['content-security-policy']).toContain(
      `connect-src 'self' ${new URL(issuer()).origin}`,
    );
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
    const init = (await request(gateway.http).get('/docs/init.js').expect(200)).text;
    expect(init).toContain(`"clientId":"${CLIENT_ID}"`);
    expect(init).toContain('"usePkceWithAuthorizationCodeGrant":true');
    await request(gateway.http).get('/docs/oauth2-redirect.html').expect(200);
  });

  /** The browser's part: the provider's login form, then back to the docs page with a code. */
  async function loginCode(challenge: string): Promise<string> {
    const jar = new CookieJar();
    const authorize = new URL(`${issuer()}/protocol/openid-connect/auth`);
    for (const [k, v] of Object.entries({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
      state: 'swagger-state',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }))
      authorize.searchParams.set(k, v);
    const form = await fetch(authorize, { redirect: 'manual' });
    jar.take(form);
    // Keycloak shows its login form only for a redirect URI the client allows.
    expect(form.status).toBe(200);
    const html = await form.text();
    const action = /<form[^>]+action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(action).toBeDefined();
    const login = await fetch(action!, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'inspecteur', password: demoPassword('inspecteur') }),
    });
    expect(login.status).toBe(302);
    const back = new URL(login.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
    expect(back.searchParams.get('state')).toBe('swagger-state');
    return back.searchParams.get('code')!;
  }

  /** Swagger UI's part: the code for a token, from the docs page (the provider must allow its origin). */
  const exchange = (code: string, verifier: string) =>
    fetch(`${issuer()}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { origin: DOCS_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: CLIENT_ID,
        redirect_uri: REDIRECT_URI,
        code,
        code_verifier: verifier,
      }),
    });

  const pkce = () => {
    const verifier = randomBytes(32).toString('base64url');
    return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
  };

  it('logs a person in with the authorization code and PKCE, and the gateway takes the token', async () => {
    const { verifier, challenge } = pkce();
    const token = await exchange(await loginCode(challenge), verifier);
    expect(token.headers.get('access-control-allow-origin')).toBe(DOCS_ORIGIN);
    const body = (await token.json()) as { access_token?: string; error_description?: string };
    expect(body.error_description).toBeUndefined();
    const accessToken = body.access_token!;
    expect(jwtClaims(accessToken)['preferred_username']).toBe('inspecteur');
    // Past authentication and the permission check: the (absent) registry answers 502.
    const res = await request(gateway.http)
      .get('/api/v1/schools')
      .set('authorization', `Bearer ${accessToken}`);
    expect([res.status, res.body.code]).toEqual([502, 'upstream-unavailable']);
  });

  it('gives no token for a code without its PKCE verifier', async () => {
    const { challenge } = pkce();
    const token = await exchange(await loginCode(challenge), pkce().verifier);
    expect(token.status).toBe(400);
  });
});
