import { Topics } from '@inspectorate/contracts';
import { FixedClock, amsterdamDate, amsterdamMidnight } from '@inspectorate/scheduling';
import {
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
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { addDays } from '../../src/domain/rules';
import { rapport, rapportEvent } from '../fixtures';
import { pdfText } from '@inspectorate/testing';
import { Receiver } from '../receiver';

type Ev = { type: string; subject: string; data: { item?: Record<string, unknown> } };

/**
 * A vastgesteld kwaliteitsonderzoek report (RapportVastgesteld) on the real
 * stack, with the service's own jobs running (cron on, as deployed): on its
 * publicatiedatum it becomes a public item with toezichtresultaten, a PDF with
 * the zienswijze, a line in the open data, an event on the public topic and a
 * signed webhook; one dated five weeks ahead waits for its day. Measures the
 * delay from RapportVastgesteld produced to webhook received (docs/performance.md).
 */
describe('publication: a vastgesteld report from RapportVastgesteld to every channel', () => {
  const scope = testScope('pub-rapport');
  // The domain clock stands at today (real time) so the delay measured is the
  // real pipeline's; it is moved to the later report's date by hand.
  const clock = new FixedClock(Date.now());
  const today = amsterdamDate(clock.now());
  let service: RunningService;
  let kafka: Kafka;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  const receiver = new Receiver();

  const zeerZwak = rapport({
    brin: '23AB',
    vestigingCode: '23AB00',
    eindoordeel: 'Zeer zwak',
    vastgesteldOp: addDays(today, -28),
    publicatiedatum: today,
    zienswijze: {
      title: 'Zienswijze van het bestuur',
      paragraphs: ['Het bestuur herkent zich niet in het oordeel over de havo-afdeling.'],
    },
  });
  const later = rapport({
    brin: '23AB',
    vestigingCode: '23AB01',
    vastgesteldOp: today,
    publicatiedatum: addDays(today, 28),
  });
  const id = (d: { caseId: string }) => `rapport-${d.caseId}`;
  const hooked = (d: { caseId: string }) =>
    receiver.received.find((r) => r.payload.data['itemId'] === id(d));

  beforeAll(async () => {
    kafka = testKafka(scope);
    const config = loadConfig.load(
      serviceEnv(scope, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_TIMEOUT_MS: '5000' }),
    );
    service = await startTestService(AppModule.forRoot(config, { clock }), config);
    db = await connectDb(scope);
    topic = await collectTopic(kafka, `${scope.topicPrefix}${Topics.publicationPublic}`);
    await receiver.start();
    const sub = await request(service.http)
      .post('/webhooks/subscriptions')
      .set(await bearer('beheerder'))
      .send({ url: receiver.url, filter: { kinds: ['rapport'] } })
      .expect(201);
    receiver.secret = sub.body.secret as string;
    // The later report first: once it is recorded the consumer group has
    // joined, so the delay measured next is the pipeline's, not the join's.
    await produceEvents(kafka, scope, [rapportEvent(later)]);
    await waitFor(async () => (await db.db.collection('items').countDocuments()) === 1, {
      description: 'the later report is recorded (the consumer has joined)',
      timeoutMs: 90_000,
    });
  }, 180_000);

  afterAll(async () => {
    await receiver.stop();
    await topic?.stop();
    await service?.close();
    await db?.close();
  });

  it('reaches the API, the PDF, the open data, the topic and a webhook on its publicatiedatum', async () => {
    const produced = Date.now();
    await produceEvents(kafka, scope, [rapportEvent(zeerZwak)]);
    await waitFor(() => hooked(zeerZwak) !== undefined, {
      description: 'the report reaches the webhook receiver',
      timeoutMs: 60_000,
    });
    const delayMs = hooked(zeerZwak)!.at - produced;
    process.stdout.write(`[pub-rapport] RapportVastgesteld to webhook received: ${delayMs} ms\n`);
    // The run is every 5 s and the deliverer every second: well inside 30 s on a loaded machine.
    expect(delayMs).toBeLessThan(30_000);
    expect(receiver.refused).toEqual([]);
    expect(hooked(zeerZwak)!.payload).toMatchObject({
      type: 'publication.item.published',
      data: {
        kind: 'rapport',
        dataset: 'toezichtresultaten',
        item: { fields: { oordeel: 'Zeer zwak' } },
      },
    });

    const item = await request(service.http)
      .get(`/public/items/${id(zeerZwak)}`)
      .expect(200);
    expect(item.body).toMatchObject({
      kind: 'rapport',
      brin: '23AB',
      vestigingCode: '23AB00',
      fields: { oordeel: 'Zeer zwak', vastgesteldOn: zeerZwak.vastgesteldOp },
      zienswijze: zeerZwak.zienswijze,
      reportPdf: `/public/items/${id(zeerZwak)}/report.pdf`,
    });
    const pdf = await request(service.http)
      .get(item.body.reportPdf as string)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(pdf.body as Buffer);
    expect(text).toContain('Eindoordeel: Zeer zwak');
    expect(text).toContain('Het bestuur herkent zich niet in het oordeel over de havo-afdeling.');
    await request(service.http)
      .get(item.body.reportPdf as string)
      .set('If-None-Match', pdf.headers['etag'] as string)
      .expect(304);

    const havo = await request(service.http)
      .get('/public/toezichtresultaten?brin=23AB&afdeling=havo')
      .expect(200);
    expect(
      havo.body.items.map((r: { standaard: string; oordeel: string }) => [r.standaard, r.oordeel]),
    ).toEqual([
      ['OP3', 'Onvoldoende'],
      ['SK1', 'Voldoende'],
    ]);
    expect(havo.body.items[0]).toMatchObject({
      itemId: id(zeerZwak),
      vestigingCode: '23AB00',
      afdeling: 'havo',
      eindoordeel: 'Zeer zwak',
      report: `/public/items/${id(zeerZwak)}/report.pdf`,
    });
    await request(service.http).get('/public/toezichtresultaten').expect(400);

    await waitFor(
      async () =>
        (await request(service.http).get('/public/datasets/toezichtresultaten.csv')).text.includes(
          id(zeerZwak),
        ),
      { description: 'the open data file has the report', timeoutMs: 30_000 },
    );
    const csv = (await request(service.http).get('/public/datasets/toezichtresultaten.csv')).text;
    expect(csv.split('\r\n').filter((l) => l.startsWith(id(zeerZwak)))).toHaveLength(3);

    await topic.waitForCount(1);
    const event = topic.messages.map((m) => m.json<Ev>()).find((e) => e.subject === id(zeerZwak));
    expect(event).toMatchObject({
      type: 'nl.onderwijsinspectie.publication.item.published.v1',
      data: { item: { itemId: id(zeerZwak), zienswijze: zeerZwak.zienswijze } },
    });
  });

  it('keeps a report dated five weeks ahead off every channel until its day, then the job publishes it', async () => {
    await request(service.http)
      .get(`/public/items/${id(later)}`)
      .expect(404);
    await request(service.http)
      .get(`/public/items/${id(later)}/report.pdf`)
      .expect(404);
    const waiting = await request(service.http)
      .get(`/items/${id(later)}`)
      .set(await bearer('beheerder'))
      .expect(200);
    expect(waiting.body).toMatchObject({ status: 'scheduled', publishOn: later.publicatiedatum });
    expect(hooked(later)).toBeUndefined();

    clock.set(amsterdamMidnight(later.publicatiedatum).getTime() + 60_000);
    await waitFor(() => hooked(later) !== undefined, {
      description: 'the leased run publishes the later report on its day',
      timeoutMs: 60_000,
    });
    await request(service.http)
      .get(`/public/items/${id(later)}`)
      .expect(200);
  });
});
