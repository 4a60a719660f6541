// Rate limits shared by two gateway replicas (one MongoDB database), CORS for
// the configured origin only, and helmet's security headers.
import request from 'supertest';
import { type RunningService, passwordToken } from '@inspectorate/testing';
import { startGateway } from './support';

describe('the gateway edge', () => {
  let a: RunningService;
  let b: RunningService;

  beforeAll(async () => {
    const env = {
      // Both replicas on one database: the name is fixed, not per scope.
      MONGODB_DATABASE: `gw_edge_${process.pid}`,
      RATE_LIMIT_MAX: '6',
      RATE_LIMIT_WINDOW_S: '3600',
      CORS_ORIGINS: 'http://localhost:5173',
      REGISTRY_URL: 'http://127.0.0.1:9',
    };
    a = await startGateway('gateway-edge-a', env);
    b = await startGateway('gateway-edge-b', env);
  }, 60_000);

  afterAll(async () => {
    await a?.close({ keepDatabase: true });
    await b?.close();
  });

  it('counts one client across both replicas and answers 429 with Retry-After', async () => {
    const token = (await passwordToken('analist')).access_token;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await request(i % 2 === 0 ? a.http : b.http)
        .get('/api/v1/schools')
        .set('authorization', `Bearer ${token}`);
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.body.code).toBe('rate-limited');
      }
    }
    // 6 allowed (502: the registry is not there), then refused on either replica.
    expect(statuses).toEqual([502, 502, 502, 502, 502, 502, 429, 429]);
    // Another client has its own count.
    const other = (await passwordToken('coordinator')).access_token;
    await request(b.http)
      .get('/api/v1/schools')
      .set('authorization', `Bearer ${other}`)
      .expect(502);
  });

  it('allows CORS for the configured origin only', async () => {
    const ok = await request(a.http)
      .options('/api/v1/schools')
      .set('origin', 'http://localhost:5173')
      .set('access-control-request-method', 'GET')
      .set('access-control-request-headers', 'authorization');
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const evil = await request(a.http)
      .options('/api/v1/schools')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'GET');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sets security headers (helmet) and hides the framework', async () => {
    const res = await request(a.http).get('/health/live').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
