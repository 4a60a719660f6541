import type { AddressInfo } from 'node:net';
import { type SubmissionReceivedData, Topics } from '@inspectorate/contracts';
import { apartCollectionOf } from '@inspectorate/messaging';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  bearer,
  collectTopic,
  connectDb,
  sendUntilAnswered,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { MAX_BODY_BYTES } from '../../src/settings';
import { loadConfig } from '../../src/config';
import { delivery, produceRegistryEvents, provisionRegistryTopic } from '../fixtures';

type Collected = Awaited<ReturnType<typeof collectTopic>>;
type Event<D> = { type: string; subject: string; data: D };

describe('monitoring-intake: providers, consent and submissions on the real broker and database', () => {
  const scope = testScope('mi-intake');
  // 15 June 2026: schooljaar 2025-2026, before its 1 July deadline.
  const clock = new FixedClock('2026-06-15T10:00:00Z');
  // Providers are registered by a beheerder (a real token of the local Keycloak).
  let beheerder: { authorization: string };
  let service: RunningService;
  let kafka: Kafka;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let consents: Collected;
  let submissions: Collected;
  let keyA: string;
  let keyB: string;

  const received = () =>
    submissions.messages
      .map((m) => m.json<Event<SubmissionReceivedData>>())
      .filter((e) => e.type.endsWith('submission.received.v1'));
  const asA = (r: request.Test) => r.set('Authorization', `Bearer ${keyA}`);
  const asB = (r: request.Test) => r.set('X-Api-Key', keyB);
  // A provider records the consents given to it, with its own credential.
  const as = (provider: string) => (provider === 'aanbieder-a' ? asA : asB);
  const grant = (code: string, provider: string, sj = '2025-2026') =>
    as(provider)(request(service.http).put(`/consents/${sj}/${code}/${provider}`));

  beforeEach(async () => {
    beheerder = await bearer('beheerder'); // cached; fetched again before it expires
  });

  beforeAll(async () => {
    beheerder = await bearer('beheerder');
    kafka = testKafka(scope);
    await provisionRegistryTopic(kafka, scope);
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    db = await connectDb(scope);
    consents = await collectTopic(kafka, `${scope.topicPrefix}${Topics.monitoringConsents}`);
    submissions = await collectTopic(kafka, `${scope.topicPrefix}${Topics.monitoringSubmissions}`);
    await produceRegistryEvents(kafka, scope, [
      ...['10AA00', '10AA01', '10AA02', '10AA03', '10AA04', '10AA05'].map((code) => ({
        kind: 'registered' as const,
        revision: 1,
        vestiging: { vestigingCode: code },
      })),
      { kind: 'registered', revision: 1, vestiging: { vestigingCode: '20MB00', sector: 'mbo' } },
    ]);
    await waitFor(async () => (await db.db.collection('vestigingen').countDocuments()) === 7, {
      description: 'the read model has the seven vestigingen',
    });
    const a = await request(service.http)
      .post('/providers')
      .set(beheerder)
      .send({ providerId: 'aanbieder-a', name: 'Aanbieder A' })
      .expect(201);
    const b = await request(service.http)
      .post('/providers')
      .set(beheerder)
      .send({ providerId: 'aanbieder-b', name: 'Aanbieder B' })
      .expect(201);
    keyA = a.body.apiKey as string;
    keyB = b.body.apiKey as string;
    for (const code of ['10AA00', '10AA01', '10AA02', '10AA03', '20MB00'])
      await grant(code, 'aanbieder-a').expect(201);
    await grant('10AA04', 'aanbieder-b').expect(201);
  });

  afterAll(async () => {
    await consents?.stop();
    await submissions?.stop();
    await service?.close();
    await db?.close();
  });

  describe('provider authentication', () => {
    it('refuses a request without a key, with a malformed or wrong key, and stores nothing', async () => {
      const none = await request(service.http)
        .post('/provider/submissions')
        .send(delivery('10AA00'))
        .expect(401);
      expect(none.body.error).toBe('missing-api-key');
      const malformed = await request(service.http)
        .post('/provider/submissions')
        .set('Authorization', 'Bearer nonsense')
        .send(delivery('10AA00'))
        .expect(401);
      expect(malformed.body.error).toBe('invalid-api-key');
      // Right key id, wrong secret.
      const wrongSecret = keyA.slice(0, -4) + (keyA.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      await request(service.http)
        .post('/provider/submissions')
        .set('Authorization', `Bearer ${wrongSecret}`)
        .send(delivery('10AA00'))
        .expect(401);
      expect(await db.db.collection('submissions').countDocuments()).toBe(0);
    });

    it('rotates: a new key works; a revoked key is refused at once', async () => {
      const rotated = await request(service.http)
        .post('/providers/aanbieder-a/keys')
        .set(beheerder)
        .send({})
        .expect(201);
      const newKey = rotated.body.apiKey as string;
      await request(service.http)
        .get('/provider/consents')
        .set('Authorization', `Bearer ${newKey}`)
        .expect(200);
      // The old key still works until it is revoked (switch-over without downtime).
      await asA(request(service.http).get('/provider/consents')).expect(200);
      const oldKeyId = keyA.split('_')[1];
      await request(service.http)
        .delete(`/providers/aanbieder-a/keys/${oldKeyId}`)
        .set(beheerder)
        .expect(204);
      const revoked = await asA(request(service.http).get('/provider/consents')).expect(401);
      expect(revoked.body.error).toBe('revoked-api-key');
      keyA = newKey;
      const info = await request(service.http)
        .get('/providers/aanbieder-a')
        .set(beheerder)
        .expect(200);
      expect(info.body.keys).toHaveLength(2);
      expect(JSON.stringify(info.body)).not.toContain('scrypt');
    });

    it('shows a provider only its own consents', async () => {
      const mine = await asB(request(service.http).get('/provider/consents')).expect(200);
      expect(mine.body.consents.map((c: { vestigingCode: string }) => c.vestigingCode)).toEqual([
        '10AA04',
      ]);
    });
  });

  describe('consent', () => {
    it('publishes ConsentGranted once, however often it is granted', async () => {
      await grant('10AA00', 'aanbieder-a').expect(200);
      await consents.waitForCount(6);
      const granted = consents.messages
        .map((m) => m.json<Event<{ vestigingCode: string; providerId: string }>>())
        .filter((e) => e.type.endsWith('consent.granted.v1'));
      expect(granted.filter((e) => e.subject === '10AA00')).toHaveLength(1);
      expect(granted.map((e) => `${e.data.vestigingCode}/${e.data.providerId}`).sort()).toEqual([
        '10AA00/aanbieder-a',
        '10AA01/aanbieder-a',
        '10AA02/aanbieder-a',
        '10AA03/aanbieder-a',
        '10AA04/aanbieder-b',
        '20MB00/aanbieder-a',
      ]);
    });

    it('refuses a submission without consent (403, saying so) and after a withdrawal', async () => {
      const none = await asB(request(service.http).post('/provider/submissions'))
        .send(delivery('10AA00'))
        .expect(403);
      expect(none.body.error).toBe('no-consent');
      expect(none.body.message).toContain('10AA00');
      await grant('10AA05', 'aanbieder-a').expect(201);
      await asA(request(service.http).delete('/consents/2025-2026/10AA05/aanbieder-a')).expect(200);
      const withdrawn = await asA(request(service.http).post('/provider/submissions'))
        .send(delivery('10AA05'))
        .expect(403);
      expect(withdrawn.body.error).toBe('no-consent');
      await waitFor(
        () =>
          consents.messages.some((m) =>
            m.json<Event<unknown>>().type.endsWith('consent.withdrawn.v1'),
          ),
        { description: 'ConsentWithdrawn on the topic' },
      );
      expect(
        await db.db
          .collection('submissions')
          .countDocuments({ vestigingCode: { $in: ['10AA00', '10AA05'] } }),
      ).toBe(0);
    });
  });

  describe('submissions', () => {
    it('accepts a valid delivery and publishes SubmissionReceived with the headline figures', async () => {
      const res = await asA(request(service.http).post('/provider/submissions'))
        .send(delivery('10AA00'))
        .expect(201);
      expect(res.body).toMatchObject({ status: 'accepted', revision: 1, late: false });
      await waitFor(() => received().find((e) => e.subject === '10AA00'), {
        description: 'SubmissionReceived 10AA00',
      });
      const event = received().find((e) => e.subject === '10AA00')!;
      expect(event.data).toMatchObject({
        submissionId: res.body.submissionId,
        revision: 1,
        brin: '10AA',
        providerId: 'aanbieder-a',
        late: false,
        respondents: 180,
        responseRate: 0.9,
        headline: { shareFeelingSafe: 0.85, shareBullied: 0.12 },
      });
      // Its event waited apart (ADR 0002, "Inserts: the events apart"): the
      // relay deletes the entry after publishing and never rewrites the
      // submission, which carries the write's id and no outbox.
      await waitFor(
        async () =>
          (await db.db
            .collection(apartCollectionOf('submissions'))
            .countDocuments({ aggregate: '2025-2026:10AA00' })) === 0,
        { description: "the entry of 10AA00's insert deleted after publishing" },
      );
      const stored = await db.db
        .collection('submissions')
        .findOne({ _id: '2025-2026:10AA00' as never });
      expect(stored).toHaveProperty('outboxWrite');
      expect(stored).not.toHaveProperty('outbox');
      expect(stored).not.toHaveProperty('outboxPending');
    });

    it('refuses an invalid delivery with 422 naming each field, and stores nothing', async () => {
      const bad = delivery('10AA01', {
        measuringPeriod: { from: '2026-03-15', to: '2026-02-01' },
        respondents: 250,
        results: [
          { scale: 'feels-safe', group: { kind: 'overall' }, respondents: 0, share: 0 },
          { scale: 'bullied', group: { kind: 'grade' }, respondents: 3, share: 0.5 },
        ],
      });
      const res = await asA(request(service.http).post('/provider/submissions'))
        .send(bad)
        .expect(422);
      const paths = (res.body.issues as { path: string }[]).map((i) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/measuringPeriod/to',
          '/respondents',
          '/results/0/share',
          '/results/1/group/value',
          '/results/1/share',
          '/results',
        ]),
      );
      const shape = await asA(request(service.http).post('/provider/submissions'))
        .send({ ...delivery('10AA01'), schooljaar: '2025-2027', responseRate: 1.5 })
        .expect(422);
      expect((shape.body.issues as { path: string }[]).map((i) => i.path)).toEqual(
        expect.arrayContaining(['/responseRate']),
      );
      const mbo = await asA(request(service.http).post('/provider/submissions'))
        .send(delivery('20MB00'))
        .expect(422);
      expect(mbo.body.issues[0]).toMatchObject({ path: '/vestigingCode' });
      expect(mbo.body.message).toContain('mbo');
      const unknown = await asA(request(service.http).post('/provider/submissions'))
        .send(delivery('99ZZ00'))
        .expect(422);
      expect(unknown.body.message).toContain('not in the registry');
      expect(
        await db.db
          .collection('submissions')
          .countDocuments({ vestigingCode: { $in: ['10AA01', '20MB00'] } }),
      ).toBe(0);
    });

    it('makes a retry with the same Idempotency-Key harmless and refuses the key with another body', async () => {
      const body = delivery('10AA01');
      const first = await asA(request(service.http).post('/provider/submissions'))
        .set('Idempotency-Key', 'lev-10AA01-1')
        .send(body)
        .expect(201);
      const retry = await asA(request(service.http).post('/provider/submissions'))
        .set('Idempotency-Key', 'lev-10AA01-1')
        .send(body)
        .expect(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      const other = await asA(request(service.http).post('/provider/submissions'))
        .set('Idempotency-Key', 'lev-10AA01-1')
        .send(delivery('10AA01', { respondents: 170 }))
        .expect(422);
      expect(other.body.error).toBe('idempotency-key-reused');
      // Without a key, the same content again is recognised as unchanged.
      const same = await asA(request(service.http).post('/provider/submissions'))
        .send(body)
        .expect(200);
      expect(same.body).toMatchObject({ status: 'unchanged', revision: 1 });
      const doc = await db.db
        .collection('submissions')
        .findOne({ _id: '2025-2026:10AA01' as never });
      expect(doc?.['revisions']).toHaveLength(1);
      await waitFor(() => received().some((e) => e.subject === '10AA01'), {
        description: 'SubmissionReceived 10AA01',
      });
      // Let the relay drain (the embedded outboxes and the inserts' entries
      // apart), then count: one event for one delivery.
      await waitFor(
        async () =>
          (await db.db.collection('submissions').countDocuments({ outboxPending: true })) === 0 &&
          (await db.db.collection(apartCollectionOf('submissions')).countDocuments()) === 0,
        {
          description: 'the outbox drained',
        },
      );
      expect(received().filter((e) => e.subject === '10AA01')).toHaveLength(1);
    });

    it('replaces a delivery with its correction and keeps both in the history', async () => {
      const first = await asA(request(service.http).post('/provider/submissions'))
        .send(delivery('10AA02'))
        .expect(201);
      const corrected = delivery('10AA02', {
        results: [
          { scale: 'feels-safe', group: { kind: 'overall' }, respondents: 180, share: 0.8 },
          { scale: 'bullied', group: { kind: 'overall' }, respondents: 180, share: 0.15 },
        ],
      });
      const second = await asA(request(service.http).post('/provider/submissions'))
        .send(corrected)
        .expect(201);
      expect(second.body).toMatchObject({ submissionId: first.body.submissionId, revision: 2 });
      const view = await asA(
        request(service.http).get('/provider/submissions/2025-2026/10AA02'),
      ).expect(200);
      expect(view.body.current).toBe(2);
      expect(view.body.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
      expect(view.body.revisions[0].data.results).toHaveLength(4);
      await waitFor(() => received().filter((e) => e.subject === '10AA02').length === 2, {
        description: 'two SubmissionReceived for 10AA02',
      });
      const events = received().filter((e) => e.subject === '10AA02');
      expect(events.map((e) => [e.data.revision, e.data.headline.shareFeelingSafe])).toEqual([
        [1, 0.85],
        [2, 0.8],
      ]);
    });

    it("keeps another provider's submission invisible", async () => {
      await asB(request(service.http).get('/provider/submissions/2025-2026/10AA00')).expect(404);
      const list = await asB(request(service.http).get('/provider/submissions')).expect(200);
      expect(list.body.submissions).toEqual([]);
      const own = await asA(
        request(service.http).get('/provider/submissions?schooljaar=2025-2026'),
      ).expect(200);
      expect(own.body.submissions.map((s: { vestigingCode: string }) => s.vestigingCode)).toEqual([
        '10AA00',
        '10AA01',
        '10AA02',
      ]);
    });

    it('answers a bulk delivery (JSON array) per item: good ones stored, bad ones rejected with the reason', async () => {
      const items = [
        delivery('10AA03'),
        delivery('10AA04'), // consent was given to aanbieder-b, not a
        delivery('10AA05', { responseRate: 2 }),
        { nonsense: true },
        delivery('10AA00'), // unchanged
      ];
      const res = await asA(request(service.http).post('/provider/submissions/bulk'))
        .send(items)
        .expect(200);
      expect(res.body).toMatchObject({ received: 5, accepted: 1, unchanged: 1, rejected: 3 });
      expect(
        res.body.items.map((i: { status: string; httpStatus: number }) => [i.status, i.httpStatus]),
      ).toEqual([
        ['accepted', 201],
        ['rejected', 403],
        ['rejected', 422],
        ['rejected', 422],
        ['unchanged', 200],
      ]);
      expect(res.body.items[2].issues[0].path).toBe('/responseRate');
      expect(res.body.items[1].vestigingCode).toBe('10AA04');
      expect(
        await db.db
          .collection('submissions')
          .countDocuments({ vestigingCode: { $in: ['10AA04', '10AA05'] } }),
      ).toBe(0);
    });

    it('takes NDJSON too, a broken line rejected on its own, with Idempotency-Key replay', async () => {
      await grant('10AA05', 'aanbieder-b').expect(201);
      const ndjson = [
        JSON.stringify(delivery('10AA05')),
        JSON.stringify(
          delivery('10AA04', {
            respondents: 100,
            invited: 120,
            responseRate: 0.83,
            results: delivery('10AA04')['results'],
          }),
        ),
        '{"broken": ',
        '',
      ].join('\n');
      const send = () =>
        asB(request(service.http).post('/provider/submissions/bulk'))
          .set('Content-Type', 'application/x-ndjson')
          .set('Idempotency-Key', 'bulk-b-1')
          .send(ndjson);
      const res = await send().expect(200);
      expect(res.body.items.map((i: { status: string }) => i.status)).toEqual([
        'accepted',
        'rejected',
        'rejected',
      ]);
      // The second item is refused because group respondents (180) exceed the overall 100.
      expect(res.body.items[1].issues.map((i: { path: string }) => i.path)).toContain(
        '/results/0/respondents',
      );
      expect(res.body.items[2]).toMatchObject({ error: 'invalid-json' });
      const again = await send().expect(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(res.body);
    });

    it('refuses an NDJSON bulk over the limit by its Content-Length, before the body is sent', async () => {
      const { port } = service.http.address() as AddressInfo;
      const total = 66 * 1024 * 1024;
      const line = Buffer.from(`${JSON.stringify(delivery('10AA04'))}\n`);
      const answer = await sendUntilAnswered({
        port,
        path: '/provider/submissions/bulk',
        headers: {
          'x-api-key': keyB,
          'content-type': 'application/x-ndjson',
          'content-length': String(total),
        },
        total,
        chunk: () => Buffer.concat(Array.from({ length: 64 }, () => line)),
      });
      expect(answer.status).toBe(413);
      expect(answer.body).toContain(String(MAX_BODY_BYTES));
      expect(answer.sent).toBeLessThan(total / 10);
    });

    it('accepts a delivery after the deadline and marks it late', async () => {
      clock.set('2026-07-01T08:00:00Z');
      try {
        const res = await asB(request(service.http).post('/provider/submissions'))
          .send(delivery('10AA04'))
          .expect(201);
        expect(res.body).toMatchObject({ status: 'accepted', late: true });
        await waitFor(() => received().find((e) => e.subject === '10AA04'), {
          description: 'SubmissionReceived 10AA04',
        });
        expect(received().find((e) => e.subject === '10AA04')!.data.late).toBe(true);
      } finally {
        clock.set('2026-06-15T10:00:00Z');
      }
    });
  });

  // Last: its consent events would change what the consent tests above count.
  describe('providers with OAuth clients (ADR 0008)', () => {
    it("takes the access token of a provider's OAuth client (client credentials) as that provider", async () => {
      await request(service.http)
        .post('/providers')
        .set(beheerder)
        .send({
          providerId: 'aanbieder-c',
          name: 'Aanbieder C',
          clientId: 'instrumentaanbieder-demo',
        })
        .expect(201);
      const client = await bearer('client:instrumentaanbieder');
      const granted = await request(service.http)
        .put('/consents/2025-2026/10AA03/aanbieder-c')
        .set(client)
        .expect(201);
      expect(granted.body.history.at(-1)).toMatchObject({ by: 'client:instrumentaanbieder-demo' });
      // Its own consents only, in the list as in a single write.
      const mine = await request(service.http).get('/provider/consents').set(client).expect(200);
      expect(mine.body.consents.map((c: { providerId: string }) => c.providerId)).toEqual([
        'aanbieder-c',
      ]);
      await request(service.http)
        .put('/consents/2025-2026/10AA03/aanbieder-a')
        .set(client)
        .expect(403);
      // A second provider cannot claim the same client.
      const taken = await request(service.http)
        .post('/providers')
        .set(beheerder)
        .send({ providerId: 'aanbieder-d', name: 'D', clientId: 'instrumentaanbieder-demo' })
        .expect(409);
      expect(taken.body.code).toBe('client-taken');
      await request(service.http).get('/providers/aanbieder-d').set(beheerder).expect(404);
      await request(service.http)
        .delete('/consents/2025-2026/10AA03/aanbieder-c')
        .set(client)
        .expect(200);
    });

    it('refuses tokens without the provider role, and a provider role of no registered client', async () => {
      for (const who of ['inspecteur', 'beheerder', 'client:partner'] as const)
        await request(service.http)
          .get('/provider/consents')
          .set(await bearer(who))
          .expect(403);
      // The demo user with the role logs in through the test client, not a provider's client.
      const user = await request(service.http)
        .get('/provider/consents')
        .set(await bearer('instrumentaanbieder'))
        .expect(403);
      expect(user.body.code).toBe('not-a-provider');
      await request(service.http)
        .post('/providers')
        .set(await bearer('client:instrumentaanbieder'))
        .send({ providerId: 'aanbieder-x', name: 'X' })
        .expect(403);
      await request(service.http).get('/providers').set('X-Actor', 'beheerder').expect(401);
    });
  });
});
