// The registry checks the bearer token itself (libs/auth), with tokens from
// the real local Keycloak: deny by default, the permission of each route from
// libs/auth's table; only health and metrics are open.
import request from 'supertest';
import {
  type RunningService,
  bearer,
  serviceEnv,
  startTestService,
  testScope,
} from '@inspectorate/testing';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';

describe('registry: who may do what', () => {
  let service: RunningService;

  beforeAll(async () => {
    const config = loadConfig.load(serviceEnv(testScope('registry-auth')));
    service = await startTestService(AppModule.forRoot(config, { cron: false }), config);
  });

  afterAll(() => service?.close());

  it('keeps health, readiness and metrics open', async () => {
    await request(service.http).get('/health/live').expect(200);
    await request(service.http).get('/health/ready').expect(200);
    await request(service.http).get('/metrics').expect(200);
  });

  it('answers 401 without a token, whatever actor a header claims', async () => {
    for (const path of ['/schools', '/boards', '/imports', '/ops/dead-letters']) {
      const res = await request(service.http)
        .get(path)
        .set('x-actor', 'director-general')
        .expect(401);
      expect(res.body).toMatchObject({ code: 'missing-token' });
    }
    await request(service.http)
      .put('/boards/12345/contact')
      .send({ contactEmail: 'a@b.nl' })
      .expect(401);
  });

  it('lets the readers read, and nobody else', async () => {
    for (const who of ['inspecteur', 'analist', 'klantcontact', 'partner'] as const)
      await request(service.http)
        .get('/schools')
        .set(await bearer(who))
        .expect(200);
    for (const who of ['instrumentaanbieder', 'zonder-rol', 'client:instrumentaanbieder'] as const)
      await request(service.http)
        .get('/schools')
        .set(await bearer(who))
        .expect(403);
  });

  it('keeps imports, contacts and dead letters to the beheerder', async () => {
    const inspecteur = await bearer('inspecteur');
    await request(service.http)
      .post('/imports')
      .set(inspecteur)
      .set('content-type', 'text/csv')
      .send('x')
      .expect(403);
    await request(service.http).get('/imports').set(inspecteur).expect(403);
    await request(service.http)
      .put('/vestigingen/00AA00/contact')
      .set(inspecteur)
      .send({ directieEmail: 'a@b.nl' })
      .expect(403);
    await request(service.http).get('/ops/dead-letters').set(inspecteur).expect(403);
    const beheerder = await bearer('beheerder');
    await request(service.http).get('/imports').set(beheerder).expect(200);
    await request(service.http).get('/ops/dead-letters').set(beheerder).expect(200);
  });
});
