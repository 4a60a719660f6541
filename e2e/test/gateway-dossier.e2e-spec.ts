// The dossier on the registry's bundle with real tokens, while other services
// are down (nothing listens) or too slow: those parts are marked, never a 500.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import {
  type RunningService,
  passwordToken,
  serviceEnv,
  startBundledService,
  testScope,
} from '@inspectorate/testing';
import { startGateway, urlOf } from './gateway';
import { databaseOf } from './support';

describe("a school's dossier in one call", () => {
  const scope = testScope('e2e-gateway-dossier');
  let registry: RunningService;
  let gateway: RunningService;
  let slow: Server;
  const caseworkSeen: string[] = [];

  beforeAll(async () => {
    registry = await startBundledService(
      'registry',
      serviceEnv(scope, { MONGODB_DATABASE: databaseOf(scope, 'registry') }),
      { cron: false },
    );
    // casework answers, monitoring-intake never answers.
    slow = createServer((req, res) => {
      if (req.url?.startsWith('/cases')) {
        caseworkSeen.push(`${req.url} ${req.headers.authorization?.slice(0, 7)}`);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ items: [{ _id: 'c1' }], next: null }));
      }
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    gateway = await startGateway(scope, 'gateway', {
      REGISTRY_URL: urlOf(registry),
      CASEWORK_URL: slowUrl,
      MONITORING_INTAKE_URL: slowUrl,
      NOTIFICATIONS_URL: 'http://127.0.0.1:9', // stopped: nothing listens
      RISK_ANALYSIS_URL: 'http://127.0.0.1:9',
      DOSSIER_PART_TIMEOUT_MS: '1500',
    });
  }, 60_000);

  afterAll(async () => {
    await gateway?.close();
    await registry?.close();
    slow?.closeAllConnections();
    await new Promise((resolve) => slow?.close(resolve));
  });

  it('answers 200 with the parts it got and the others marked unavailable', async () => {
    const token = (await passwordToken('inspecteur')).access_token;
    const started = Date.now();
    const res = await request(gateway.http)
      .get('/api/v1/schools/12ab/dossier')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(res.body.brin).toBe('12AB');
    // The registry is up but has no such school: its own 404, as the reason.
    expect(res.body.school).toMatchObject({ status: 'unavailable', service: 'registry' });
    expect(res.body.school.reason).toContain('404');
    expect(res.body.cases).toEqual({ status: 'ok', data: { items: [{ _id: 'c1' }], next: null } });
    expect(caseworkSeen).toEqual(['/cases?brin=12AB Bearer ']);
    expect(res.body.letters).toMatchObject({
      status: 'unavailable',
      service: 'notifications',
      reason: expect.stringContaining('could not be reached'),
    });
    expect(res.body.monitoring).toMatchObject({
      status: 'unavailable',
      service: 'monitoring-intake',
      reason: expect.stringContaining('1500 ms'),
    });
    expect(res.body.risk).toMatchObject({ status: 'unavailable', service: 'risk-analysis' });
  });

  it('refuses a role without dossier.read (403) and a bad BRIN (400)', async () => {
    const klant = (await passwordToken('klantcontact')).access_token;
    await request(gateway.http)
      .get('/api/v1/schools/12AB/dossier')
      .set('authorization', `Bearer ${klant}`)
      .expect(403);
    const token = (await passwordToken('inspecteur')).access_token;
    const bad = await request(gateway.http)
      .get('/api/v1/schools/nope/dossier')
      .set('authorization', `Bearer ${token}`)
      .expect(400);
    expect(bad.body.code).toBe('invalid-request');
  });
});
