import { Topics } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  bearer,
  type RunningService,
  collectTopic,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';

type Collected = Awaited<ReturnType<typeof collectTopic>>;
type Command = {
  data: {
    template: string;
    bevoegdGezagNummer: string | null;
    addressee?: { email: string | null };
    placeholders: Record<string, string>;
  };
};

describe('casework: complaints about the inspectorate on the real broker and database', () => {
  const scope = testScope('casework-klacht');
  const clock = new FixedClock('2026-03-02T09:00:00Z');
  let service: RunningService;
  let kafka: Kafka;
  let commands: Collected;
  let caseEvents: Collected;
  // A real token of the role that does this work (the local Keycloak).
  let actor: Record<string, string> = {};
  const klaagschrift = (over: Record<string, unknown> = {}) => ({
    receivedOn: '2026-03-02',
    channel: 'post',
    complainant: {
      name: 'Mevrouw A. Jansen',
      addressLines: ['Dorpsstraat 1', '1234 AB  Ergens'],
      email: 'a.jansen@example.nl',
    },
    description: 'De inspecteur heeft mij niet laten uitspreken.',
    datedOn: '2026-02-27',
    signed: true,
    conductOn: '2026-02-10',
    openToObjection: false,
    ...over,
  });
  const letters = () => commands.messages.map((m) => m.json<Command>().data);

  beforeAll(async () => {
    actor = await bearer('coordinator');
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    kafka = testKafka(scope);
    commands = await collectTopic(kafka, `${scope.topicPrefix}${Topics.notificationsCommands}`);
    caseEvents = await collectTopic(kafka, `${scope.topicPrefix}${Topics.caseworkCases}`);
  });

  afterAll(async () => {
    await commands?.stop();
    await caseEvents?.stop();
    await service?.close();
  });

  it('registers, asks to complete, resumes the term, escalates when it passes, decides late, and reports the year', async () => {
    const bad = await request(service.http)
      .post('/klachten')
      .set(actor)
      .send(klaagschrift({ channel: 'fax' }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('/channel');

    const complete = await request(service.http)
      .post('/klachten')
      .set(actor)
      .send(klaagschrift({ reference: 'POST-1' }));
    expect(complete.status).toBe(201);
    expect(complete.body).toMatchObject({ outcome: 'opened', status: 'in-behandeling' });
    const incomplete = await request(service.http)
      .post('/klachten')
      .set(actor)
      .send(klaagschrift({ signed: false }));
    expect(incomplete.body.status).toBe('aanvulling-gevraagd');
    const old = await request(service.http)
      .post('/klachten')
      .set(actor)
      .send(klaagschrift({ conductOn: '2024-01-01' }));
    expect(old.body.status).toBe('afgehandeld');

    await commands.waitForCount(3);
    expect(
      letters()
        .map((l) => l.template)
        .sort(),
    ).toEqual(['klacht-aanvulling', 'klacht-niet-behandeld', 'klacht-ontvangstbevestiging']);
    for (const l of letters()) {
      expect(l.bevoegdGezagNummer).toBeNull();
      expect(l.addressee?.email).toBe('a.jansen@example.nl');
    }
    const opened = (await caseEvents.waitForCount(3)).map((m) =>
      m.json<{ type: string; data: { subject?: { kind: string } } }>(),
    );
    expect(
      opened
        .filter((e) => e.type.endsWith('case.opened.v1'))
        .every((e) => e.data.subject!.kind === 'none'),
    ).toBe(true);

    clock.set('2026-03-10T09:00:00Z');
    const completed = await request(service.http)
      .post(`/klachten/${incomplete.body.caseId}/aanvulling`)
      .set(actor)
      .send({ receivedOn: '2026-03-10', signed: true });
    expect(completed.body).toEqual({ status: 'in-behandeling', missing: [] });

    clock.set('2026-05-11T09:00:00Z');
    const checks = await request(service.http).post('/deadline-checks?asOf=2026-05-11').set(actor);
    expect(checks.body).toMatchObject({ complaintsOverdue: 1, complaintsNotCompleted: 0 });
    const overdue = await request(service.http).get(`/cases/${complete.body.caseId}`).set(actor);
    expect(overdue.body).toMatchObject({ status: 'termijn-verstreken', queue: 'coordinators' });
    // The completed one stood still 8 days: due 19 May.
    const resumed = await request(service.http).get(`/cases/${incomplete.body.caseId}`).set(actor);
    expect(
      resumed.body.deadlines.find((d: { kind: string }) => d.kind === 'afhandeling').dueOn,
    ).toBe('2026-05-19');

    const coordinator = await bearer('coordinator');
    const early = await request(service.http)
      .post(`/klachten/${complete.body.caseId}/afhandeling`)
      .set(coordinator)
      .send({ outcome: 'gegrond', reasons: 'De inspecteur had u moeten laten uitspreken.' });
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/hear the complainant/);
    await request(service.http)
      .post(`/klachten/${complete.body.caseId}/horen-achterwege`)
      .set(coordinator)
      .send({ reason: 'geen-prijs-op-gesteld', explanation: 'Klager wil niet gehoord worden.' })
      .expect(204);
    await request(service.http)
      .post(`/klachten/${complete.body.caseId}/afhandeling`)
      .set(coordinator)
      .send({ outcome: 'gegrond', reasons: 'De inspecteur had u moeten laten uitspreken.' })
      .expect(204);
    const outcome = await commands.waitForCount(4);
    expect(outcome.map((m) => m.json<Command>().data.template)).toContain('klacht-uitkomst');

    const year = await request(service.http)
      .get('/klachten/register?year=2026')
      .set(actor)
      .expect(200);
    expect(year.body).toMatchObject({
      received: 3,
      open: 1,
      byOutcome: { gegrond: 1, 'niet-behandeld-9-8': 1, open: 1 },
      decidedLate: 1,
    });
    const csv = await request(service.http)
      .get('/klachten/register.csv?year=2026')
      .set(actor)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toBe(
      'jaar,uitkomst,afhandeltermijn,aantal\r\n2026,gegrond,10-tot-14-weken,1\r\n2026,niet-behandeld-9-8,binnen-6-weken,1\r\n2026,open,,1\r\n',
    );
  });
});
