// The gateway's bundle in front of the registry's bundle, with tokens from the
// real local Keycloak: what is forwarded, and what is refused before anything is.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import {
  type RunningService,
  clientCredentialsToken,
  DEMO_CLIENTS,
  jwtClaims,
  oidcEnv,
  passwordToken,
  serviceEnv,
  startBundledService,
  testScope,
} from '@inspectorate/testing';
import {
  foreignIssuerToken,
  startGateway,
  tamperedToken,
  unsignedToken,
  urlOf,
  withDateAhead,
} from './gateway';
import { databaseOf } from './support';

describe('gateway forwarding with real tokens', () => {
  const scope = testScope('e2e-gateway-forward');
  let registry: RunningService;
  let gateway: RunningService;
  let seen: { headers: Record<string, unknown>; url: string }[] = [];
  let echo: Server;
  let echoUrl: string;
  let inspecteur: string;

  beforeAll(async () => {
    registry = await startBundledService(
      'registry',
      serviceEnv(scope, { MONGODB_DATABASE: databaseOf(scope, 'registry') }),
      { cron: false },
    );
    // An upstream that tells what it received (hop-by-hop headers, correlation id).
    echo = createServer((req, res) => {
      seen.push({ headers: req.headers, url: req.url ?? '' });
      if (req.url?.includes('slow')) return; // never answers
      res.setHeader('connection', 'keep-alive, x-upstream-hop');
      res.setHeader('x-upstream-hop', 'secret');
      res.setHeader('content-type', 'application/problem+json');
      res.statusCode = 409;
      res.end(JSON.stringify({ status: 409, code: 'conflict', detail: 'upstream says no' }));
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
    gateway = await startGateway(scope, 'gateway', {
      REGISTRY_URL: urlOf(registry),
      CASEWORK_URL: echoUrl,
      NOTIFICATIONS_URL: echoUrl,
      UPSTREAM_TIMEOUT_MS: '500',
    });
    inspecteur = (await passwordToken('inspecteur')).access_token;
  }, 60_000);

  afterAll(async () => {
    await gateway?.close();
    await registry?.close();
    echo?.closeAllConnections();
    await new Promise((resolve) => echo?.close(resolve));
  });

  beforeEach(() => {
    seen = [];
  });

  it('forwards a read to the registry and passes its answer through', async () => {
    const direct = await request(registry.http)
      .get('/schools?limit=5')
      .set('authorization', `Bearer ${inspecteur}`);
    const res = await request(gateway.http)
      .get('/api/v1/schools?limit=5')
      .set('authorization', `Bearer ${inspecteur}`)
      .expect(direct.status);
    expect(res.body).toEqual(direct.body);
  });

  it("passes the service's problem+json through, status and all", async () => {
    const direct = await request(registry.http)
      .get('/schools/99ZZ')
      .set('authorization', `Bearer ${inspecteur}`);
    expect(direct.status).toBe(404);
    const res = await request(gateway.http)
      .get('/api/v1/schools/99ZZ')
      .set('authorization', `Bearer ${inspecteur}`)
      .expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toEqual(direct.body);
  });

  it('forwards the bearer token and correlation id, drops hop-by-hop headers both ways', async () => {
    const res = await request(gateway.http)
      .get('/api/v1/cases?brin=AB12')
      .set('authorization', `Bearer ${inspecteur}`)
      .set('x-correlation-id', 'corr-gateway-1')
      .set('connection', 'keep-alive, x-client-hop')
      .set('x-client-hop', 'drop me')
      .set('te', 'trailers')
      .expect(409);
    expect(res.body).toMatchObject({ code: 'conflict', detail: 'upstream says no' });
    expect(res.headers['x-upstream-hop']).toBeUndefined();
    expect(seen).toHaveLength(1);
    const upstream = seen[0]!;
    expect(upstream.url).toBe('/cases?brin=AB12');
    expect(upstream.headers['authorization']).toBe(`Bearer ${inspecteur}`);
    expect(upstream.headers['x-correlation-id']).toBe('corr-gateway-1');
    expect(upstream.headers['x-client-hop']).toBeUndefined();
    expect(upstream.headers['te']).toBeUndefined();
  });

  it('answers 504 when the service does not answer in time', async () => {
    const res = await request(gateway.http)
      .get('/api/v1/letters/slow')
      .set('authorization', `Bearer ${inspecteur}`)
      .expect(504);
    expect(res.body).toMatchObject({ code: 'upstream-timeout', service: 'notifications' });
  });

  it('answers 502 naming the service when it cannot be reached', async () => {
    const down = await startGateway(scope, 'gateway_down', { REGISTRY_URL: 'http://127.0.0.1:9' });
    try {
      const res = await request(down.http)
        .get('/api/v1/schools')
        .set('authorization', `Bearer ${inspecteur}`)
        .expect(502);
      expect(res.body).toMatchObject({ code: 'upstream-unavailable', service: 'registry' });
    } finally {
      await down.close();
    }
  });

  describe('refuses before forwarding', () => {
    it('401 without a token', async () => {
      const res = await request(gateway.http).get('/api/v1/schools').expect(401);
      expect(res.body.code).toBe('missing-token');
    });

    it('401 for an expired token of the realm (its exp an hour past)', async () => {
      // The gateway runs in this process: move only Date an hour ahead.
      const res = await withDateAhead(3600_000, () =>
        request(gateway.http)
          .get('/api/v1/schools')
          .set('authorization', `Bearer ${inspecteur}`)
          .expect(401),
      );
      expect(res.body.code).toBe('expired');
    });

    it('401 for a token of another issuer (the master realm of the same Keycloak)', async () => {
      const token = await foreignIssuerToken();
      const base = oidcEnv().issuer.replace(/\/realms\/.*$/, '');
      expect(jwtClaims(token)['iss']).toBe(`${base}/realms/master`);
      const res = await request(gateway.http)
        .get('/api/v1/schools')
        .set('authorization', `Bearer ${token}`)
        .expect(401);
      expect(['wrong-issuer', 'unknown-key', 'wrong-audience']).toContain(res.body.code);
    });

    it('401 for a tampered token (roles edited, signature kept)', async () => {
      const tampered = tamperedToken(inspecteur, ['beheerder']);
      const res = await request(gateway.http)
        .get('/api/v1/imports')
        .set('authorization', `Bearer ${tampered}`)
        .expect(401);
      expect(res.body.code).toBe('bad-signature');
    });

    it('401 for alg none', async () => {
      const none = unsignedToken(inspecteur);
      expect(jwtClaims(none)).toEqual(jwtClaims(inspecteur));
      await request(gateway.http)
        .get('/api/v1/schools')
        .set('authorization', `Bearer ${none}`)
        .expect(401);
    });

    it('403 for a role the route does not allow, and nothing reaches the service', async () => {
      const partner = (
        await clientCredentialsToken(DEMO_CLIENTS.partner.clientId, DEMO_CLIENTS.partner.secret)
      ).access_token;
      const res = await request(gateway.http)
        .get('/api/v1/cases')
        .set('authorization', `Bearer ${partner}`)
        .expect(403);
      expect(res.body.code).toBe('forbidden');
      expect(seen).toHaveLength(0);
    });

    it('403 for a user without roles', async () => {
      const token = (await passwordToken('zonder-rol')).access_token;
      await request(gateway.http)
        .get('/api/v1/schools')
        .set('authorization', `Bearer ${token}`)
        .expect(403);
    });
  });

  it('503 when the JWKS cannot be reached, never forwarding', async () => {
    const blind = await startGateway(scope, 'gateway_nojwks', {
      REGISTRY_URL: echoUrl,
      OIDC_JWKS_URL: 'http://127.0.0.1:9/certs',
    });
    try {
      const res = await request(blind.http)
        .get('/api/v1/schools')
        .set('authorization', `Bearer ${inspecteur}`)
        .expect(503);
      expect(res.body.code).toBe('identity-provider-unavailable');
      expect(seen).toHaveLength(0);
    } finally {
      await blind.close();
    }
  });

  it('keeps health and metrics open without a token', async () => {
    await request(gateway.http).get('/health/live').expect(200);
    await request(gateway.http).get('/metrics').expect(200);
  });
});
