import {
  BoardRegistered,
  CaseClosed,
  SampleDrawn,
  SchoolRegistered,
  Topics,
  VestigingRegistered,
} from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  bearer,
  type RunningService,
  boardSnapshot,
  collectTopic,
  connectDb,
  produceEvents,
  schoolSnapshot,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  vestigingSnapshot,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import type { CaseDoc } from '../../src/engine/case';
import { loadConfig } from '../../src/config';

type Collected = Awaited<ReturnType<typeof collectTopic>>;

describe('casework: the kwaliteitsonderzoek on the real broker and database', () => {
  const scope = testScope('casework-ko');
  const clock = new FixedClock('2026-09-14T09:00:00Z');
  let service: RunningService;
  let kafka: Kafka;
  let commands: Collected;
  let caseEvents: Collected;
  let db: Awaited<ReturnType<typeof connectDb>>;
  // A real token of the role that does this work (the local Keycloak).
  let actor: Record<string, string> = {};

  beforeAll(async () => {
    actor = await bearer('inspecteur');
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    kafka = testKafka(scope);
    db = await connectDb(scope);
    commands = await collectTopic(kafka, `${scope.topicPrefix}${Topics.notificationsCommands}`);
    caseEvents = await collectTopic(kafka, `${scope.topicPrefix}${Topics.caseworkCases}`);
    await produceEvents(kafka, scope, [
      {
        definition: BoardRegistered,
        subject: '41234',
        data: { revision: 1, board: boardSnapshot() },
      },
      {
        definition: SchoolRegistered,
        subject: '12AB',
        data: { revision: 1, school: schoolSnapshot() },
      },
      ...['12AB00', '12AB01'].map((code) => ({
        definition: VestigingRegistered,
        subject: code,
        data: {
          revision: 1,
          vestiging: vestigingSnapshot({ vestigingCode: code, name: `De Schakel ${code}` }),
        },
      })),
    ]);
    await waitFor(
      async () => (await db.db.collection('registry_vestigingen').countDocuments()) === 2,
      {
        description: 'the registry read model has the two vestigingen',
      },
    );
  });

  afterAll(async () => {
    await commands?.stop();
    await caseEvents?.stop();
    await service?.close();
    await db?.close();
  });

  it('opens from a steekproef draw, judges against the kader, and publishes RapportVastgesteld with the herstelopdracht', async () => {
    await produceEvents(kafka, scope, [
      {
        definition: SampleDrawn,
        subject: 'sko-2026-1',
        data: {
          drawId: 'sko-2026-1',
          seed: 'seed',
          inputHash: 'b'.repeat(64),
          date: '2026-09-14',
          vestigingen: [
            { vestigingCode: '12AB00', stratum: 'po|Utrecht|klein' },
            { vestigingCode: '12AB01', stratum: 'po|Utrecht|klein' },
          ],
        },
      },
    ]);
    const cases = () => db.db.collection<CaseDoc>('cases');
    await waitFor(
      async () => (await cases().countDocuments({ 'caseType.code': 'kwaliteitsonderzoek' })) === 2,
      {
        description: 'two kwaliteitsonderzoeken',
      },
    );
    const opened = (await cases().findOne({ 'subject.vestigingCode': '12AB00' }))!;
    expect(opened.facts).toMatchObject({ aanleiding: 'steekproef' });
    const kader = await request(service.http)
      .get(`/onderzoekskaders?sector=${opened.subject.sector}`)
      .set(actor)
      .expect(200);
    expect(kader.body.standaarden[0].code).toBe('OP0');

    const id = opened._id;
    const bad = await request(service.http)
      .post(`/kwaliteitsonderzoeken/${id}/oordelen`)
      .set(actor)
      .send({ oordelen: [{ standaard: 'XX1', oordeel: 'Goed' }] });
    expect(bad.status).toBe(422);
    await request(service.http)
      .post(`/kwaliteitsonderzoeken/${id}/oordelen`)
      .set(actor)
      .send({
        oordelen: [
          { standaard: 'OP0', oordeel: 'Onvoldoende' },
          { standaard: 'VS1', oordeel: 'Goed' },
        ],
      })
      .expect(204);
    await request(service.http)
      .post(`/kwaliteitsonderzoeken/${id}/conceptrapport`)
      .set(actor)
      .send({
        eindoordeel: 'Onvoldoende',
        paragraphs: ['Het aanbod in de basisvaardigheden schiet tekort.'],
      })
      .expect(204);
    clock.set('2026-09-21T09:00:00Z');
    await request(service.http)
      .post(`/kwaliteitsonderzoeken/${id}/vaststellen`)
      .set(actor)
      .send({ paragraphs: [], legalBasis: { OP0: 'artikel 8 WPO' }, term: 'P6M' })
      .expect(204);

    const vastgesteld = await waitFor(
      async () =>
        caseEvents.messages
          .map((m) => m.json<{ type: string; data: Record<string, unknown> }>())
          .find((e) => e.type.endsWith('rapport.vastgesteld.v1')),
      { description: 'RapportVastgesteld on the cases topic' },
    );
    expect(vastgesteld.data).toMatchObject({
      caseId: id,
      eindoordeel: 'Onvoldoende',
      vastgesteldOp: '2026-09-21',
      publicatiedatum: '2026-10-19',
      zienswijze: null,
    });
    const letters = await commands.waitForCount(2);
    expect(letters.map((m) => m.json<{ data: { template: string } }>().data.template)).toEqual([
      'kwaliteitsonderzoek-conceptrapport',
      'kwaliteitsonderzoek-rapport',
    ]);
    const c = await request(service.http).get(`/cases/${id}`).set(actor).expect(200);
    expect(c.body.status).toBe('herstelopdracht');
    expect(c.body.decisions[0]).toMatchObject({
      kind: 'herstelopdracht:OP0',
      legalBasis: 'artikel 8 WPO',
    });
  });

  it('opens the herstelonderzoek linked to the investigation it follows up, which leaves the queue closed', async () => {
    const cases = () => db.db.collection<CaseDoc>('cases');
    const followed = (await cases().findOne({ 'subject.vestigingCode': '12AB00' }))!;
    expect(followed.status).toBe('herstelopdracht');
    const body = { vestigingCode: '12AB00', aanleiding: 'herstelonderzoek', reason: 'herstel' };
    const unlinked = await request(service.http)
      .post('/kwaliteitsonderzoeken')
      .set(actor)
      .send(body)
      .expect(400);
    expect(unlinked.body.detail).toMatch(/follows: a herstelonderzoek names the investigation/);
    const other = await request(service.http)
      .post('/kwaliteitsonderzoeken')
      .set(actor)
      .send({ ...body, vestigingCode: '12AB01', follows: followed._id })
      .expect(422);
    expect(other.body.detail).toMatch(/is about vestiging 12AB00, not 12AB01/);

    clock.set('2027-03-01T09:00:00Z');
    const opened = await request(service.http)
      .post('/kwaliteitsonderzoeken')
      .set(actor)
      .send({ ...body, follows: followed._id })
      .expect(201);
    // Sent again (no answer came): the same herstelonderzoek.
    const again = await request(service.http)
      .post('/kwaliteitsonderzoeken')
      .set(actor)
      .send({ ...body, follows: followed._id })
      .expect(201);
    expect(again.body).toEqual({ outcome: 'duplicate', caseId: opened.body.caseId });
    expect(await cases().findOne({ _id: opened.body.caseId })).toMatchObject({
      status: 'onderzoek',
      facts: { aanleiding: 'herstelonderzoek', follows: followed._id },
    });
    expect(await cases().findOne({ _id: followed._id })).toMatchObject({
      status: 'afgesloten',
      result: 'herstelonderzoek',
      queue: null,
      facts: { herstelonderzoek: opened.body.caseId },
    });
    await waitFor(
      async () =>
        caseEvents.messages
          .map((m) => m.json<{ type: string; subject?: string }>())
          .some((e) => e.type === CaseClosed.type && e.subject === followed._id),
      { description: 'CaseClosed of the investigation followed up' },
    );
  });
});
