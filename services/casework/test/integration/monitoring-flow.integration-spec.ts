import {
  LetterIssued,
  SubmissionMissing,
  SubmissionReceived,
  Topics,
} from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  deadLetterOpsSuite,
  type RunningService,
  bearer,
  collectTopic,
  connectDb,
  produceEvents,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import request from 'supertest';
import { seedRegistry } from './support';
import { AppModule } from '../../src/app.module';
import type { CaseDoc } from '../../src/engine/case';
import { loadConfig } from '../../src/config';

type Collected = Awaited<ReturnType<typeof collectTopic>>;

describe('casework: the monitoring herstelopdracht flow on the real broker and database', () => {
  const scope = testScope('casework-flow');
  const clock = new FixedClock('2026-07-01T04:00:00Z');
  let service: RunningService;
  let kafka: Kafka;
  let commands: Collected;
  let caseEvents: Collected;
  let db: Awaited<ReturnType<typeof connectDb>>;
  const cases = () => db.db.collection<CaseDoc>('cases');
  // A coordinator of the local Keycloak (cases.read, cases.work, the coordinators' queue,
  // the deadline checks): cached, and fetched again before it expires.
  let actor: { authorization: string };
  beforeEach(async () => {
    actor = await bearer('coordinator');
  });

  const missing = (vestigingCode: string) => ({
    definition: SubmissionMissing,
    subject: vestigingCode,
    data: {
      vestigingCode,
      brin: vestigingCode.slice(0, 4),
      bevoegdGezagNummer: '41234',
      sector: 'po' as const,
      schooljaar: '2025-2026',
      deadline: '2026-07-01',
    },
  });

  beforeAll(async () => {
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    kafka = testKafka(scope);
    db = await connectDb(scope);
    commands = await collectTopic(kafka, `${scope.topicPrefix}${Topics.notificationsCommands}`);
    caseEvents = await collectTopic(kafka, `${scope.topicPrefix}${Topics.caseworkCases}`);
    await seedRegistry(kafka, scope, db, ['12AB00', '12AB01', '12AB02']);
  });

  afterAll(async () => {
    await commands?.stop();
    await caseEvents?.stop();
    await service?.close();
    await db?.close();
  });

  it('opens one bureauonderzoek per missing vestiging and asks for the herstelopdracht letter', async () => {
    // 12AB00 twice (a redelivery with a new event id), 12AB01 once.
    await produceEvents(kafka, scope, [missing('12AB00'), missing('12AB01'), missing('12AB00')]);
    await waitFor(async () => (await cases().countDocuments()) === 2, { description: 'two cases' });
    const sent = await commands.waitForCount(2);
    const letters = sent.map(
      (m) =>
        m.json<{
          data: { template: string; placeholders: Record<string, string>; requestId: string };
        }>().data,
    );
    expect(letters.map((l) => l.template)).toEqual([
      'herstelopdracht-monitoring',
      'herstelopdracht-monitoring',
    ]);
    expect(letters[0]!.placeholders).toMatchObject({
      schooljaar: '2025-2026',
      deadline_herstelopdracht: '1 november 2026',
      schoolnaam: expect.stringMatching(/^De Schakel locatie [01]$/),
    });

    const opened = await cases().findOne({ 'subject.vestigingCode': '12AB00' });
    expect(opened).toMatchObject({
      status: 'hoor-en-wederhoor',
      caseType: { code: 'bureauonderzoek-monitoring-sociale-veiligheid', version: 1 },
      decisions: [
        {
          kind: 'herstelopdracht',
          outcome: null,
          legalBasis: expect.stringContaining('primair onderwijs'),
        },
      ],
    });
    expect(opened!.deadlines.map((d) => [d.kind, d.dueOn])).toEqual([
      ['zienswijze', '2026-07-15'],
      ['herstelopdracht', '2026-11-01'],
    ]);
    expect(opened!.documents[0]!.title).toContain('Conceptrapport');
    // Let the relay settle, then: no third command for the duplicate.
    await waitFor(() => caseEvents.messages.length >= 4, {
      description: 'CaseOpened and HerstelopdrachtIssued for both',
    });
    expect(commands.messages).toHaveLength(2);
  });

  it('takes a zienswijze within its term, and refuses one after it with the date', async () => {
    const c = (await cases().findOne({ 'subject.vestigingCode': '12AB01' }))!;
    await request(service.http)
      .post(`/cases/${c._id}/zienswijze`)
      .set(actor)
      .send({
        text: 'Wij hebben de aanbieder inmiddels opdracht gegeven.',
        receivedOn: '2026-07-20',
      })
      .expect(422)
      .expect((res) => expect(res.body.message).toContain('ended on 2026-07-15'));
    await request(service.http)
      .post(`/cases/${c._id}/zienswijze`)
      .set(actor)
      .send({
        text: 'Wij hebben de aanbieder inmiddels opdracht gegeven.',
        receivedOn: '2026-07-10',
      })
      .expect(204);
    await request(service.http)
      .post(`/cases/${c._id}/zienswijze`)
      .set(actor)
      .send({ text: '' })
      .expect(400);
  });

  /** notifications reports a case's first letter issued, and casework learns its kenmerk. */
  async function firstLetterIssued(caseId: string, kenmerk: string): Promise<void> {
    await produceEvents(kafka, scope, [
      {
        definition: LetterIssued,
        subject: kenmerk,
        data: {
          kenmerk,
          requestId: `${caseId}:herstelopdracht`,
          caseId,
          template: 'herstelopdracht-monitoring',
          templateVersion: 1,
          bevoegdGezagNummer: '41234',
          issuedAt: '2026-07-01T04:00:05Z',
        },
      },
    ]);
    await waitFor(
      async () => (await cases().findOne({ _id: caseId }))?.letters[0]?.kenmerk === kenmerk,
      { description: `casework knows the kenmerk ${kenmerk}` },
    );
  }

  it('makes the herstelopdracht voldaan when the data arrives in time, quoting the first kenmerk', async () => {
    const c = (await cases().findOne({ 'subject.vestigingCode': '12AB00' }))!;
    await firstLetterIssued(c._id, 'IVHO/2026/000101');
    clock.set('2026-09-15T10:00:00Z');
    await produceEvents(kafka, scope, [
      {
        definition: SubmissionReceived,
        subject: '12AB00',
        data: {
          submissionId: '0b6f2f5e-5d2a-4a49-9c59-1f0c4b9a7e01',
          revision: 1,
          vestigingCode: '12AB00',
          brin: '12AB',
          schooljaar: '2025-2026',
          providerId: 'prov-1',
          instrument: { name: 'Vensters', version: '2026' },
          receivedAt: '2026-09-15T09:59:00Z',
          late: true,
          respondents: 120,
          responseRate: 0.8,
          headline: { shareFeelingSafe: 0.9, shareBullied: 0.1 },
        },
      },
    ]);
    await waitFor(async () => (await cases().findOne({ _id: c._id }))?.status === 'afgesloten', {
      description: 'case closed',
    });
    const closed = (await cases().findOne({ _id: c._id }))!;
    expect(closed).toMatchObject({
      result: 'voldaan',
      decisions: [{ outcome: 'voldaan', decidedOn: '2026-09-15' }],
    });
    const voldaan = (await commands.waitForCount(3)).map(
      (m) =>
        m.json<{
          data: {
            template: string;
            inReplyToKenmerk?: string;
            placeholders: Record<string, string>;
          };
        }>().data,
    );
    expect(voldaan[2]).toMatchObject({
      template: 'herstelopdracht-voldaan',
      inReplyToKenmerk: 'IVHO/2026/000101',
      // The same name as the herstelopdracht letter: the vestiging's, not the instelling's.
      placeholders: { schoolnaam: 'De Schakel locatie 0', 'brin|vest': '12AB00' },
    });
    expect(closed.documents.find((x) => x.kind === 'final-report')!.paragraphs[1]).toContain(
      'De Schakel locatie 0 (12AB00)',
    );
    await waitFor(
      () =>
        caseEvents.messages.some((m) =>
          m.json<{ type: string }>().type.endsWith('outcomedetermined.v1'),
        ),
      {
        description: 'the outcome event for publication',
      },
    );
  });

  it('escalates the rest once the deadline passes, once even when the check runs twice at the same time', async () => {
    // Checks run for today or earlier: it is 2 November now (back to 15 September at the end).
    clock.set('2026-11-02T07:00:00Z');
    const before = await request(service.http)
      .post('/deadline-checks?asOf=2026-10-31')
      .set(actor)
      .expect(201);
    expect(before.body).toMatchObject({ escalated: 0 });
    const [a, b] = await Promise.all([
      request(service.http).post('/deadline-checks?asOf=2026-11-01').set(actor).expect(201),
      request(service.http).post('/deadline-checks?asOf=2026-11-01').set(actor).expect(201),
    ]);
    expect(a.body.escalated + b.body.escalated).toBe(1);
    const queue = await request(service.http)
      .get('/cases?queue=coordinators')
      .set(actor)
      .expect(200);
    expect(queue.body.items.map((c: CaseDoc) => c.subject.vestigingCode)).toEqual(['12AB01']);
    const escalated = (await cases().findOne({ 'subject.vestigingCode': '12AB01' }))!;
    expect(escalated).toMatchObject({
      status: 'geescaleerd',
      decisions: [{ outcome: 'niet-voldaan' }],
    });
    // The niet-voldaan letter quotes the first letter's kenmerk: it waits for it.
    expect(escalated.letters[1]).toMatchObject({
      kenmerk: null,
      waitsFor: `${escalated._id}:herstelopdracht`,
    });
    await firstLetterIssued(escalated._id, 'IVHO/2026/000102');
    const templates = (await commands.waitForCount(4)).map(
      (m) => m.json<{ data: { template: string } }>().data.template,
    );
    expect(templates.filter((t) => t === 'herstelopdracht-niet-voldaan')).toHaveLength(1);
    await request(service.http).post('/deadline-checks?asOf=2026-11-02').set(actor).expect(201);
    expect(commands.messages).toHaveLength(4);
    clock.set('2026-09-15T10:00:00Z');
  });

  it('refuses deadline checks for a day that has not come, with what it accepts', async () => {
    const res = await request(service.http)
      .post('/deadline-checks?asOf=9999-12-31')
      .set(actor)
      .expect(400);
    expect(res.body.message).toBe(
      "asOf must be today (2026-09-15) or earlier: deadline checks cannot run for a day that has not come (got '9999-12-31')",
    );
  });

  it('records every read of a case with who (the token’s user) and why, and refuses a read without a token', async () => {
    const c = (await cases().findOne({ 'subject.vestigingCode': '12AB01' }))!;
    await request(service.http).get(`/cases/${c._id}`).expect(401);
    await request(service.http)
      .get(`/cases/${c._id}`)
      .set(actor)
      .set('X-Reason', 'coordinator review')
      .expect(200);
    const timeline = await request(service.http)
      .get(`/cases/${c._id}/timeline`)
      .set(actor)
      .expect(200);
    expect(timeline.body.entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['opened', 'decision', 'status', 'letter-requested']),
    );
    const reads = await request(service.http).get(`/cases/${c._id}/reads`).set(actor).expect(200);
    expect(reads.body.entries).toMatchObject([
      { actor: 'coordinator', reason: 'coordinator review', what: 'case' },
      { actor: 'coordinator', what: 'timeline' },
    ]);
  });

  it('suspends and resumes a deadline with real date arithmetic', async () => {
    await produceEvents(kafka, scope, [missing('12AB02')]);
    await waitFor(
      async () => (await cases().countDocuments({ 'subject.vestigingCode': '12AB02' })) === 1,
      { description: 'third case' },
    );
    const c = (await cases().findOne({ 'subject.vestigingCode': '12AB02' }))!;
    clock.set('2026-10-01T10:00:00Z');
    await request(service.http)
      .post(`/cases/${c._id}/deadlines/herstelopdracht/suspend`)
      .set(actor)
      .send({ reason: 'school gesloten na brand' })
      .expect(201);
    clock.set('2026-10-11T10:00:00Z');
    const resumed = await request(service.http)
      .post(`/cases/${c._id}/deadlines/herstelopdracht/resume`)
      .set(actor)
      .send({ reason: 'school weer open' })
      .expect(201);
    // The herstelopdracht deadline of a case opened now follows the 2026-07-01 monitoring deadline: 1 November 2026, plus 10 days.
    expect(resumed.body).toMatchObject({
      dueOn: '2026-11-11',
      originalDueOn: '2026-11-01',
      state: 'running',
    });
    await request(service.http)
      .post(`/cases/${c._id}/deadlines/herstelopdracht/extend`)
      .set(actor)
      .send({ reason: 'verlenging gevraagd', until: '2026-01-01' })
      .expect(422);
  });

  it('dead-letters at once, with the reason, a missing submission for a sector the case type has no legal basis for', async () => {
    const dlq = await collectTopic(
      kafka,
      `${scope.topicPrefix}${Topics.monitoringSubmissions}.casework.dlq`,
    );
    try {
      await produceEvents(kafka, scope, [
        {
          ...missing('12AB00'),
          data: {
            ...missing('12AB00').data,
            sector: 'mbo' as const,
            schooljaar: '2024-2025',
            deadline: '2025-07-01',
          },
        },
      ]);
      const [letter] = await dlq.waitForCount(1);
      expect(letter!.headers['x-dlq-reason']).toBe('non-retriable');
      expect(letter!.headers['x-dlq-attempts']).toBe('1');
      expect(letter!.headers['x-dlq-error']).toContain("no legal basis for sector 'mbo'");
      expect(await cases().countDocuments({ schooljaar: '2024-2025' })).toBe(0);
    } finally {
      await dlq.stop();
    }
  });

  it('serves work queues filtered by type, board and deadline', async () => {
    const res = await request(service.http)
      .get('/cases?type=bureauonderzoek-monitoring-sociale-veiligheid&board=41234&limit=1')
      .set(actor)
      .expect(200);
    expect(res.body.items).toHaveLength(1);
    // `next` is a link now (ADR 0010): its cursor is the first item's case id.
    const cursor = new URL(res.body.next, 'http://casework').searchParams.get('after')!;
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual(
      res.body.items[0]._id,
    );
    const next = await request(service.http)
      .get(`/cases?board=41234&limit=10&after=${cursor}`)
      .set(actor)
      .expect(200);
    expect(next.body.items).toHaveLength(2);
    // The third case was opened on 15 September: its zienswijze term runs to 29 September.
    const due = await request(service.http)
      .get('/cases?deadlineBefore=2026-09-29')
      .set(actor)
      .expect(200);
    expect(due.body.items).toHaveLength(0);
    const dueLater = await request(service.http)
      .get('/cases?deadlineBefore=2026-09-30')
      .set(actor)
      .expect(200);
    expect(dueLater.body.items.map((c: CaseDoc) => c.subject.vestigingCode)).toEqual(['12AB02']);
    // A query parameter out of range is a 400 problem on every service (ADR 0010); it was a 422 here.
    await request(service.http).get('/cases?limit=0').set(actor).expect(400);
  });
});

// The dead-letter operations (list, replay with revalidation) on this service's
// own app, from the suite every consuming service shares (libs/testing).
deadLetterOpsSuite('casework', Topics.registryVestigingen, (scope) => {
  const config = loadConfig.load(serviceEnv(scope));
  return startTestService(AppModule.forRoot(config, { cron: false }), config);
});
