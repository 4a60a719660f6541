import { RiskFlagged, Topics, createEvent, toKafkaRecord } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  bearer,
  type RunningService,
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
import type { CaseDoc } from '../../src/engine/case';
import { riskFlaggedData } from '../../src/flows/handmatige-analyse/testing';

describe('casework: RiskFlagged opens a handmatige analyse on the real broker, database and Keycloak', () => {
  const scope = testScope('casework-ha');
  const clock = new FixedClock('2026-10-02T08:00:00Z');
  let service: RunningService;
  let kafka: Kafka;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let coordinator: Record<string, string> = {};
  let analist: Record<string, string> = {};

  beforeAll(async () => {
    coordinator = await bearer('coordinator');
    analist = await bearer('analist');
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    kafka = testKafka(scope);
    db = await connectDb(scope);
    await seedRegistry(kafka, scope, db, ['12AB00']);
  }, 180_000);

  afterAll(async () => {
    await service?.close();
    await db?.close();
  });

  it('opens one per vestiging per analysis year in the coordinators queue; the decision opens the kwaliteitsonderzoek', async () => {
    const flag = { definition: RiskFlagged, subject: '12AB00', data: riskFlaggedData() };
    // The same flag twice (a redelivery) and a rerun of the year's analysis: one case.
    await produceEvents(kafka, scope, [
      flag,
      flag,
      { ...flag, data: riskFlaggedData({ runId: 'run-2026-2' }) },
    ]);
    const queue = await waitFor(
      async () => {
        const res = await request(service.http)
          .get('/cases?queue=coordinators&type=handmatige-analyse')
          .set(coordinator)
          .expect(200);
        return res.body.items.length > 0 ? res.body.items : undefined;
      },
      { description: 'the handmatige analyse in the coordinators queue' },
    );
    expect(queue).toEqual([
      expect.objectContaining({
        status: 'te-analyseren',
        subject: expect.objectContaining({ vestigingCode: '12AB00', bevoegdGezagNummer: '41234' }),
      }),
    ]);
    const id = queue[0]._id as string;
    const c = await request(service.http).get(`/cases/${id}`).set(coordinator).expect(200);
    expect(c.body.documents[0].paragraphs).toContain(
      'twee indicatoren signaleren: slaagpercentage en leerlingdaling',
    );

    // The outcome is the analyst's decision (handmatige-analyse.decide), not any case worker's.
    const refused = await request(service.http)
      .post(`/handmatige-analyses/${id}/besluit`)
      .set(coordinator)
      .send({ uitkomst: 'geen-vervolg', motivering: 'de signalen zijn verklaard' })
      .expect(403);
    expect(refused.body.detail).toContain('handmatige-analyse.decide');
    await request(service.http)
      .post(`/handmatige-analyses/${id}/besluit`)
      .set(analist)
      .send({ uitkomst: 'verder kijken', motivering: 'x' })
      .expect(400);
    const decided = await request(service.http)
      .post(`/handmatige-analyses/${id}/besluit`)
      .set(analist)
      .send({ uitkomst: 'onderzoek', motivering: 'de resultaten dalen al drie jaar' })
      .expect(201);
    const ko = await request(service.http)
      .get(`/cases/${decided.body.vervolg}`)
      .set(coordinator)
      .expect(200);
    expect(ko.body).toMatchObject({
      caseType: { code: 'kwaliteitsonderzoek' },
      facts: { aanleiding: 'risico', analysis: id },
    });
    const all = await db.db
      .collection<CaseDoc>('cases')
      .countDocuments({ 'caseType.code': 'handmatige-analyse' });
    expect(all).toBe(1);
  });

  it('dead-letters a RiskFlagged that breaks its contract, and one about the wrong kind of subject, with the reason', async () => {
    const dlq = await collectTopic(
      kafka,
      `${scope.topicPrefix}${Topics.riskAssessments}.casework.dlq`,
    );
    try {
      // Valid events made invalid on the wire: no reasons (the schema), a bestuur with a vestiging's code.
      const broken = (change: (data: Record<string, unknown>) => void) => {
        const record = toKafkaRecord(
          createEvent(RiskFlagged, {
            source: '/inspectorate/risk',
            subject: '12AB00',
            correlationId: 'bad-flag',
            data: riskFlaggedData({ asOf: '2027-10-01' }),
          }),
        );
        const json = JSON.parse(String(record.value)) as { data: Record<string, unknown> };
        change(json.data);
        return { ...record, value: JSON.stringify(json) };
      };
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({
        topic: `${scope.topicPrefix}${Topics.riskAssessments}`,
        messages: [
          broken((d) => (d['reasons'] = [])),
          broken((d) => (d['subjectKind'] = 'bestuur')),
        ],
      });
      await producer.disconnect();
      const [invalid, wrongKind] = await dlq.waitForCount(2);
      expect(invalid!.headers['x-dlq-reason']).toBe('invalid-message');
      expect(invalid!.headers['x-dlq-error']).toContain('/data/reasons');
      expect(wrongKind!.headers['x-dlq-reason']).toBe('non-retriable');
      expect(wrongKind!.headers['x-dlq-error']).toContain(
        "/data/subjectId '12AB00' is not the id of a bestuur",
      );
      expect(
        await db.db.collection('cases').countDocuments({ 'caseType.code': 'handmatige-analyse' }),
      ).toBe(1);
    } finally {
      await dlq.stop();
    }
  });
});
