import { MeldingRegistered, Topics } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  bearer,
  collectTopic,
  connectDb,
  holdsFor,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { newKey } from '../../src/flows/vertrouwensdossiers/testing';
import { seedRegistry } from './support';

/**
 * POST /meldingen with an Idempotency-Key on two replicas of casework, the
 * real broker, database and Keycloak: a client that retries (on the other
 * replica, or both at once) gets the same answer and one case; the same key
 * with another body is refused.
 */
describe('casework: idempotent meldingen across replicas', () => {
  const scope = testScope('casework-idempotency');
  const clock = new FixedClock('2026-03-10T09:00:00Z');
  let one: RunningService;
  let two: RunningService;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let events: Awaited<ReturnType<typeof collectTopic>>;

  const melding = (text = 'Er vallen al weken lessen uit.') => ({
    channel: 'telefoon',
    receivedAt: '2026-03-10T08:45:00+01:00',
    reporter: { kind: 'ouder', contact: { email: 'melder@example.org' } },
    school: { vestigingCode: '12AB00' },
    category: 'onderwijstijd',
    text,
  });
  const post = async (service: RunningService, body: object, key?: string) =>
    request(service.http)
      .post('/meldingen')
      .set(await bearer('klantcontact'))
      .set(key ? { 'idempotency-key': key } : {})
      .send(body);
  const meldingCases = () =>
    db.db.collection('cases').countDocuments({ 'caseType.code': 'melding' });

  beforeAll(async () => {
    const config = loadConfig.load(
      serviceEnv(scope, { VERTROUWENS_KEYS: `k1:${newKey()}`, VERTROUWENS_ACTIVE_KEY: 'k1' }),
    );
    one = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    two = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    db = await connectDb(scope);
    const kafka = testKafka(scope);
    events = await collectTopic(kafka, `${scope.topicPrefix}${Topics.caseworkCases}`);
    await seedRegistry(kafka, scope, db, ['12AB00']);
  }, 180_000);

  afterAll(async () => {
    await events?.stop();
    await one?.close({ keepDatabase: true });
    await two?.close();
    await db?.close();
  });

  it('gives the same answer and one case for a key sent again, to the other replica and to both at once', async () => {
    const first = await post(one, melding(), 'melding-0001');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ outcome: 'signaal', acknowledgement: 'mail' });
    // The answer got lost; the client sends it again, the balancer picks the other replica.
    const again = await post(two, melding(), 'melding-0001');
    expect([again.status, again.body]).toEqual([201, first.body]);
    // A client that gave up waiting on both at once.
    const both = await Promise.all([
      post(one, melding('Twee tegelijk.'), 'melding-0002'),
      post(two, melding('Twee tegelijk.'), 'melding-0002'),
    ]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(both[1]!.body).toEqual(both[0]!.body);
    expect(both[0]!.body.caseId).not.toBe(first.body.caseId);
    expect(await meldingCases()).toBe(2);
    // One MeldingRegistered per case, none for the retries: both arrive (the
    // relay may send the second a while after the first on a busy machine), and
    // no third follows.
    const registered = () =>
      events.messages.filter((m) => m.json<{ type: string }>().type === MeldingRegistered.type)
        .length;
    await waitFor(async () => registered() >= 2, { description: 'two MeldingRegistered' });
    await holdsFor(() => registered() === 2, 1500);
    // Without a key every POST is a new melding, as before.
    await post(one, melding());
    expect(await meldingCases()).toBe(3);
  });

  it('refuses the same key with another body (422, saying so) and registers nothing', async () => {
    const before = await meldingCases();
    const res = await post(two, melding('Een andere melding.'), 'melding-0001');
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'idempotency-key-reused',
      detail: expect.stringMatching(
        /Idempotency-Key 'melding-0001' was sent before with another body/,
      ),
      errors: [expect.objectContaining({ in: 'header', path: '/Idempotency-Key' })],
    });
    const bad = await post(one, melding(), 'met spatie');
    expect(bad.status).toBe(400);
    expect(await meldingCases()).toBe(before);
  });

  it('registers a vertrouwensmelding sent twice with one key as one dossier', async () => {
    const body = { ...melding('Gepest op het schoolplein.'), category: 'fysiek-geweld' };
    const a = await post(one, body, 'vertrouwen-1');
    const b = await post(two, body, 'vertrouwen-1');
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body).toEqual(a.body);
    expect(await db.db.collection('vertrouwensdossiers').countDocuments()).toBe(1);
  });
});
