import { BoardRegistered, Topics } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  bearer,
  type RunningService,
  boardSnapshot,
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
import { loadConfig } from '../../src/config';

type Collected = Awaited<ReturnType<typeof collectTopic>>;

describe('casework: the bestuursonderzoek on the real broker, database and Keycloak', () => {
  const scope = testScope('casework-bo');
  // 2029: the first four-year period ends on 1 August, so every board without one on record is due.
  const clock = new FixedClock('2029-02-05T09:00:00Z');
  let service: RunningService;
  let kafka: Kafka;
  let commands: Collected;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let coordinator: Record<string, string> = {};
  let inspecteur: Record<string, string> = {};

  beforeAll(async () => {
    [coordinator, inspecteur] = await Promise.all([bearer('coordinator'), bearer('inspecteur')]);
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    kafka = testKafka(scope);
    db = await connectDb(scope);
    commands = await collectTopic(kafka, `${scope.topicPrefix}${Topics.notificationsCommands}`);
    await seedRegistry(kafka, scope, db, ['12AB00', '12AB01']);
    await produceEvents(kafka, scope, [
      {
        definition: BoardRegistered,
        subject: '41300',
        data: {
          revision: 1,
          board: boardSnapshot({ bevoegdGezagNummer: '41300', name: 'Stichting Het Baken' }),
        },
      },
    ]);
    await waitFor(async () => (await db.db.collection('registry_boards').countDocuments()) === 2, {
      description: 'the registry read model has both boards',
    });
  }, 180_000);

  afterAll(async () => {
    await commands?.stop();
    await service?.close();
    await db?.close();
  });

  it('plans every board due in the year, opens one with its letter, verifies at a school, and reports', async () => {
    const plan = await request(service.http)
      .get('/bestuursonderzoeken/planning?year=2029')
      .set(coordinator)
      .expect(200);
    expect(
      plan.body.boards.map((b: { bevoegdGezagNummer: string }) => b.bevoegdGezagNummer),
    ).toEqual(['41234', '41300']);
    expect(plan.body.boards[0]).toMatchObject({ dueBefore: '2029-08-01', overdue: false });
    // The planning is the coordinators' queue; an inspecteur does not read it.
    await request(service.http).get('/bestuursonderzoeken/planning').set(inspecteur).expect(403);
    await request(service.http)
      .get('/bestuursonderzoeken/planning?year=twenty')
      .set(coordinator)
      .expect(400);

    const opened = await request(service.http)
      .post('/bestuursonderzoeken')
      .set(coordinator)
      .send({
        bevoegdGezagNummer: '41234',
        aanleiding: 'vierjaarlijks',
        reason: 'uit de planning 2029',
      })
      .expect(201);
    expect(opened.body.outcome).toBe('opened');
    const id = opened.body.caseId as string;
    const after = await request(service.http)
      .get('/bestuursonderzoeken/planning?year=2029')
      .set(coordinator)
      .expect(200);
    expect(
      after.body.boards.map((b: { bevoegdGezagNummer: string }) => b.bevoegdGezagNummer),
    ).toEqual(['41300']);

    const v = await request(service.http)
      .post(`/bestuursonderzoeken/${id}/verificaties`)
      .set(inspecteur)
      .send({ vestigingCode: '12AB01', reason: 'zicht op kwaliteit verifiëren' })
      .expect(201);
    const school = await request(service.http)
      .get(`/cases/${v.body.caseId}`)
      .set(inspecteur)
      .expect(200);
    expect(school.body).toMatchObject({
      caseType: { code: 'kwaliteitsonderzoek' },
      facts: { aanleiding: 'verificatie', partOf: id },
    });

    await request(service.http)
      .post(`/bestuursonderzoeken/${id}/oordelen`)
      .set(inspecteur)
      .send({
        oordelen: [
          { standaard: 'BKA1', oordeel: 'Goed' },
          { standaard: 'BKA2', oordeel: 'Voldoende' },
        ],
      })
      .expect(204);
    await request(service.http)
      .post(`/bestuursonderzoeken/${id}/conceptrapport`)
      .set(inspecteur)
      .send({ eindoordeel: 'Voldoende', paragraphs: ['Het bestuur stuurt op kwaliteit.'] })
      .expect(204);
    await request(service.http)
      .post(`/bestuursonderzoeken/${id}/vaststellen`)
      .set(inspecteur)
      .send({ paragraphs: [] })
      .expect(204);
    const bo = await request(service.http).get(`/cases/${id}`).set(inspecteur).expect(200);
    expect(bo.body).toMatchObject({
      status: 'afgesloten',
      result: 'afgerond',
      subject: { kind: 'board' },
    });

    const letters = await commands.waitForCount(3);
    expect(
      letters.map((m) => m.json<{ data: { template: string; bevoegdGezagNummer: string } }>().data),
    ).toEqual([
      expect.objectContaining({
        template: 'bestuursonderzoek-aankondiging',
        bevoegdGezagNummer: '41234',
      }),
      expect.objectContaining({ template: 'bestuursonderzoek-conceptrapport' }),
      expect.objectContaining({ template: 'bestuursonderzoek-rapport' }),
    ]);
  });
});
