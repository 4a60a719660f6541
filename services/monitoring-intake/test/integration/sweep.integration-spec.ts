import { type SubmissionMissingData, Topics } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  deadLetterOpsSuite,
  type RunningService,
  bearer,
  collectTopic,
  connectDb,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { SweepService } from '../../src/sweep/sweep.service';
import {
  delivery,
  produceRegistryEvents,
  provisionRegistryTopic,
  vestigingCodes,
} from '../fixtures';

type Collected = Awaited<ReturnType<typeof collectTopic>>;
type Event<D> = { type: string; subject: string; data: D };

/**
 * The deadline sweep with two replicas of the service on the same database
 * and topics: whichever way it is run (concurrently, again, bypassing the
 * lease), each vestiging that owed data and has none is reported once.
 */
describe('monitoring-intake: the deadline sweep on two replicas', () => {
  const scope = testScope('mi-sweep');
  const clock = new FixedClock('2026-06-20T10:00:00Z');
  let one: RunningService;
  let two: RunningService;
  let kafka: Kafka;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let topic: Collected;
  let apiKey: string;

  // 20 ordinary po/vo vestigingen: 14 deliver, 6 do not.
  const ordinary = vestigingCodes(20, 100);
  const delivering = ordinary.slice(0, 14);
  const silent = ordinary.slice(14);
  const [closedBefore, closedAfter, openedLate, mbo, revivedByUpdate, initialLoad] = vestigingCodes(
    6,
    400,
  );

  const missingEvents = () =>
    topic.messages
      .map((m) => m.json<Event<SubmissionMissingData>>())
      .filter((e) => e.type.endsWith('submission.missing.v1'));

  beforeAll(async () => {
    kafka = testKafka(scope);
    await provisionRegistryTopic(kafka, scope);
    const config = loadConfig.load(serviceEnv(scope, { MONITORING_MIN_OPEN_DAYS: '60' }));
    one = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    two = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    db = await connectDb(scope);
    topic = await collectTopic(kafka, `${scope.topicPrefix}${Topics.monitoringSubmissions}`);
    await produceRegistryEvents(kafka, scope, [
      ...ordinary.map((code, i) => ({
        kind: 'registered' as const,
        revision: 1,
        vestiging: { vestigingCode: code, sector: i % 2 ? ('vo' as const) : ('po' as const) },
      })),
      // Closed before the deadline: no duty.
      { kind: 'registered', revision: 1, vestiging: { vestigingCode: closedBefore! } },
      {
        kind: 'closed',
        revision: 2,
        vestiging: { vestigingCode: closedBefore!, closedOn: '2026-03-31' },
      },
      // Closed on the deadline date: it still owed the data.
      { kind: 'registered', revision: 1, vestiging: { vestigingCode: closedAfter! } },
      {
        kind: 'closed',
        revision: 2,
        vestiging: { vestigingCode: closedAfter!, closedOn: '2026-07-01' },
      },
      // Registered 30 days before the deadline (< 60): no duty this year.
      {
        kind: 'registered',
        revision: 1,
        vestiging: { vestigingCode: openedLate! },
        time: '2026-06-01T08:00:00Z',
      },
      // Registered as recently, but by the registry's first load: it existed before; it owes.
      {
        kind: 'registered',
        revision: 1,
        vestiging: { vestigingCode: initialLoad! },
        time: '2026-06-01T08:00:00Z',
        initialLoad: true,
      },
      // mbo is not covered.
      { kind: 'registered', revision: 1, vestiging: { vestigingCode: mbo!, sector: 'mbo' } },
      // Learned from an update only (a compacted topic): counts as established. Then an
      // old closed snapshot replayed from a DLQ (lower revision) must not close it.
      { kind: 'updated', revision: 5, vestiging: { vestigingCode: revivedByUpdate! } },
      {
        kind: 'closed',
        revision: 3,
        vestiging: { vestigingCode: revivedByUpdate!, closedOn: '2025-01-01' },
      },
    ]);
    await waitFor(async () => (await db.db.collection('vestigingen').countDocuments()) === 26, {
      description: 'the read model has the 26 vestigingen',
    });
    // The stale closed snapshot is consumed after the update (same key, same partition).
    await waitFor(
      async () =>
        (await db.db.collection('vestigingen').findOne({ _id: closedBefore as never }))?.[
          'revision'
        ] === 2,
      { description: 'the closures are applied' },
    );
    const provider = await request(one.http)
      .post('/providers')
      .set(await bearer('beheerder'))
      .send({ providerId: 'aanbieder-s', name: 'Aanbieder S' })
      .expect(201);
    apiKey = provider.body.apiKey as string;
    for (const code of delivering)
      await request(two.http)
        .put(`/consents/2025-2026/${code}/aanbieder-s`)
        .set('Authorization', `Bearer ${apiKey}`)
        .expect(201);
    const bulk = await request(one.http)
      .post('/provider/submissions/bulk')
      .set('Authorization', `Bearer ${apiKey}`)
      .send(delivering.map((code) => delivery(code)))
      .expect(200);
    expect(bulk.body.accepted).toBe(14);
  });

  afterAll(async () => {
    await topic?.stop();
    await one?.close({ keepDatabase: true });
    await two?.close();
    await db?.close();
  });

  const expectedMissing = () => [...silent, closedAfter!, revivedByUpdate!, initialLoad!].sort();

  it('refuses to sweep before the deadline has passed', async () => {
    const res = await request(one.http)
      .post('/sweeps/2025-2026')
      .set(await bearer('coordinator'))
      .expect(409);
    expect(res.body.error).toBe('deadline-not-passed');
    expect(await db.db.collection('obligations').countDocuments()).toBe(0);
  });

  it('emits exactly one SubmissionMissing per missing vestiging when two replicas sweep at once', async () => {
    clock.set('2026-07-02T06:00:00Z');
    const [a, b] = await Promise.all([
      request(one.http)
        .post('/sweeps/2025-2026')
        .set(await bearer('coordinator')),
      request(two.http)
        .post('/sweeps/2025-2026')
        .set(await bearer('coordinator')),
    ]);
    const statuses = [a.status, b.status].sort();
    // One holds the lease; the other is either told so (409) or ran after it and found all marked.
    expect(statuses[0]).toBe(200);
    expect([200, 409]).toContain(statuses[1]);
    const reports = [a, b]
      .filter((r) => r.status === 200)
      .map((r) => r.body as { markedMissing: number });
    expect(reports.reduce((sum, r) => sum + r.markedMissing, 0)).toBe(expectedMissing().length);
    const first = reports[0] as Record<string, unknown>;
    expect(first).toMatchObject({ deadline: '2026-07-01', delivered: 14 });
    expect(first['exempt']).toEqual({
      'sector-not-covered': 0,
      'closed-before-deadline': 1,
      'opened-too-late': 1,
    });

    await waitFor(() => missingEvents().length >= expectedMissing().length, {
      description: `${expectedMissing().length} SubmissionMissing events`,
    });
    await waitFor(
      async () =>
        (await db.db.collection('obligations').countDocuments({ outboxPending: true })) === 0,
      {
        description: 'the obligations outbox drained',
      },
    );
    const events = missingEvents();
    expect(events.map((e) => e.subject).sort()).toEqual(expectedMissing());
    const sample = events.find((e) => e.subject === closedAfter)!;
    expect(sample.data).toEqual({
      vestigingCode: closedAfter,
      brin: closedAfter!.slice(0, 4),
      bevoegdGezagNummer: '41234',
      sector: 'po',
      schooljaar: '2025-2026',
      deadline: '2026-07-01',
    });
  });

  it('emits nothing more when swept again, through the API or bypassing the lease on both replicas at once', async () => {
    const again = await request(two.http)
      .post('/sweeps/2025-2026?asOf=2026-07-02')
      .set(await bearer('coordinator'))
      .expect(200);
    expect(again.body).toMatchObject({ markedMissing: 0, alreadyMarked: expectedMissing().length });
    const direct = await Promise.all([
      one.app.get(SweepService).sweep('2025-2026'),
      two.app.get(SweepService).sweep('2025-2026'),
    ]);
    expect(direct.map((r) => r.markedMissing)).toEqual([0, 0]);
    expect(await db.db.collection('obligations').countDocuments({ outboxPending: true })).toBe(0);
    expect(missingEvents()).toHaveLength(expectedMissing().length);
    const listed = await request(one.http)
      .get('/sweeps/2025-2026/missing')
      .set(await bearer('coordinator'))
      .expect(200);
    expect(listed.body.missing.map((m: { vestigingCode: string }) => m.vestigingCode)).toEqual(
      expectedMissing(),
    );
  });

  it('marks each vestiging once even when the lease is bypassed and both replicas race on a fresh year', async () => {
    // 2024-2025: nobody delivered; both replicas sweep at the same moment without the lease.
    const [a, b] = await Promise.all([
      one.app.get(SweepService).sweep('2024-2025'),
      two.app.get(SweepService).sweep('2024-2025'),
    ]);
    const owing = a.owing;
    expect(b.owing).toBe(owing);
    // The unique key decides: every missing vestiging marked by exactly one of them.
    expect(a.markedMissing + b.markedMissing).toBe(owing);
    await waitFor(
      () => missingEvents().filter((e) => e.data.schooljaar === '2024-2025').length >= owing,
      { description: `${owing} SubmissionMissing events for 2024-2025` },
    );
    await waitFor(
      async () =>
        (await db.db.collection('obligations').countDocuments({ outboxPending: true })) === 0,
      {
        description: 'the obligations outbox drained',
      },
    );
    const subjects = missingEvents()
      .filter((e) => e.data.schooljaar === '2024-2025')
      .map((e) => e.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjects).toHaveLength(owing);
  });

  it('does not let a deadline move once its sweep has reported, and validates a new one', async () => {
    const moved = await request(one.http)
      .put('/deadlines/2025-2026')
      .set(await bearer('beheerder'))
      .send({ deadline: '2026-06-15' })
      .expect(409);
    expect(moved.body.error).toBe('already-swept');
    const bad = await request(one.http)
      .put('/deadlines/2027-2028')
      .set(await bearer('beheerder'))
      .send({ deadline: '2026-06-15' })
      .expect(422);
    expect(bad.body.issues[0].path).toBe('/deadline');
    await request(one.http)
      .put('/deadlines/2026-2027')
      .set(await bearer('beheerder'))
      .send({ deadline: '2027-06-15' })
      .expect(200);
    const got = await request(two.http)
      .get('/deadlines/2026-2027')
      .set(await bearer('coordinator'))
      .expect(200);
    expect(got.body).toEqual({ schooljaar: '2026-2027', deadline: '2027-06-15', source: 'api' });
  });
});

// The dead-letter operations (list, replay with revalidation) on this service's
// own app, from the suite every consuming service shares (libs/testing).
deadLetterOpsSuite('monitoring-intake', Topics.registryVestigingen, (scope) => {
  const config = loadConfig.load(serviceEnv(scope));
  return startTestService(AppModule.forRoot(config, { cron: false }), config);
});
