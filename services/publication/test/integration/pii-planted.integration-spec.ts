import { Topics } from '@inspectorate/contracts';
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
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { PublicationJob } from '../../src/items/publication.job';
import { WebhookDeliverer } from '../../src/webhooks/deliverer';
import { outcome, outcomeEvent } from '../fixtures';
import { Receiver } from '../receiver';

/**
 * Personal data of every kind the gate knows, planted in the source events
 * (in the report and in the names a rule publishes), must reach none of the
 * channels: the read API, the changes feed, the open data files, the public
 * topic, a webhook. A clean item published alongside shows that the channels
 * do carry what may go out (so "nothing found" is not "nothing looked at").
 */
describe('publication: planted personal data reaches no channel', () => {
  const scope = testScope('pub-pii');
  const clock = new FixedClock('2026-11-10T09:00:00Z');
  let service: RunningService;
  let kafka: Kafka;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  let receiver: Receiver;

  const planted = {
    'person-name': 'de heer Pieter van der Berg',
    email: 'p.vanderberg@gmail.com',
    phone: '06-12345678',
    bsn: '111222333',
    address: 'woont aan de Dorpsstraat 14',
    'date-of-birth': 'geboren op 12-03-2011',
  };
  // What must never be seen, also in part (the excerpt masks all but one character).
  const secrets = [
    'Pieter van der Berg',
    'vanderberg@gmail',
    '12345678',
    '111222333',
    'Dorpsstraat 14',
    '12-03-2011',
  ];
  // Persons known to the case, as casework names them in the event (knownPersons):
  // named without a title in a report, they are found only because the event says who they are.
  const known = [
    { role: 'inspecteur', name: 'Femke Dijkstra' },
    { role: 'melder', name: 'Ahmed el Amrani' },
    { role: 'klager', name: 'Joke de Wit' },
    { role: 'contactpersoon', name: 'Bram Hoekstra' },
  ] as const;
  // The complainant's home address, as casework gives it with her name.
  const home = { street: 'Lindelaan', houseNumber: '7', postcode: '3581KB' };
  const knownPersons = known.map((p) => ({
    ...p,
    ...(p.role === 'klager' ? { address: home } : {}),
  }));
  secrets.push(...known.map((p) => p.name), 'Lindelaan 7', '3581 KB');
  // The clean item knows them too: the names themselves must go nowhere.
  const clean = outcome({
    brin: '20AB',
    vestigingCode: '20AB00',
    decidedOn: '2026-11-01',
    knownPersons,
  });
  const leaks = Object.entries(planted).map(([kind, text], i) => ({
    kind,
    data: outcome({
      brin: '20AB',
      vestigingCode: '20AB00',
      decidedOn: '2026-11-01',
      report: {
        title: 'Herstelopdracht monitoring sociale veiligheid',
        paragraphs: [`Het bestuur heeft de gegevens aangeleverd; contact: ${text}.`],
      },
      // One of them also in a field the rule publishes.
      ...(i === 0 ? { schoolName: `Basisschool ${planted.email}` } : {}),
    }),
  }));
  const knownLeaks = known.map((person) => ({
    role: person.role,
    data: outcome({
      brin: '20AB',
      vestigingCode: '20AB00',
      decidedOn: '2026-11-01',
      report: {
        title: 'Herstelopdracht monitoring sociale veiligheid',
        paragraphs: [
          `Het bestuur heeft de gegevens aangeleverd na een gesprek met ${person.name}.`,
        ],
      },
      knownPersons,
    }),
  }));
  // Her address, not said to be one ("woont aan"): found only because the event gives it.
  const addressLeaks = ['Lindelaan 7', '3581 KB 7'].map((where) =>
    outcome({
      brin: '20AB',
      vestigingCode: '20AB00',
      decidedOn: '2026-11-01',
      report: {
        title: 'Herstelopdracht monitoring sociale veiligheid',
        paragraphs: [`Het bestuur heeft de gegevens aangeleverd; gesprek op ${where}.`],
      },
      knownPersons,
    }),
  );
  const all = [...leaks.map((l) => l.data), ...knownLeaks.map((l) => l.data), ...addressLeaks];

  beforeAll(async () => {
    kafka = testKafka(scope);
    const config = loadConfig.load(serviceEnv(scope, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    db = await connectDb(scope);
    topic = await collectTopic(kafka, `${scope.topicPrefix}${Topics.publicationPublic}`);
    receiver = await new Receiver().start();
    const sub = await request(service.http)
      .post('/webhooks/subscriptions')
      .set(await bearer('beheerder'))
      .send({ url: receiver.url })
      .expect(201);
    receiver.secret = sub.body.secret as string;
    await produceEvents(
      kafka,
      scope,
      [clean, ...all].map((d) => outcomeEvent(d)),
    );
    await waitFor(
      async () => (await db.db.collection('items').countDocuments()) === 1 + all.length,
      {
        description: 'all outcomes recorded',
        timeoutMs: 90_000,
      },
    );
    const job = service.app.get(PublicationJob);
    expect((await job.runOnce()).ran).toBe(true);
    await service.app.get(WebhookDeliverer).deliverDue();
    await topic.waitForCount(1);
    await waitFor(() => receiver.received.length === 1, {
      description: 'the clean item by webhook',
    });
  }, 180_000);

  afterAll(async () => {
    await receiver?.stop();
    await topic?.stop();
    await service?.close();
    await db?.close();
  });

  it('stops every planted item in the review queue, each with the kind it planted', async () => {
    const review = await request(service.http)
      .get('/review')
      .set(await bearer('beheerder'))
      .expect(200);
    const byId = new Map(
      (review.body.items as { itemId: string; review: { hits: { kind: string }[] } }[]).map((i) => [
        i.itemId,
        i.review.hits.map((h) => h.kind),
      ]),
    );
    for (const leak of leaks)
      expect(byId.get(`herstelopdracht-${leak.data.caseId}`)).toContain(leak.kind);
    expect(byId.get(`herstelopdracht-${leaks[0]!.data.caseId}`)).toContain('email');
    for (const leak of knownLeaks)
      expect({ role: leak.role, hits: byId.get(`herstelopdracht-${leak.data.caseId}`) }).toEqual({
        role: leak.role,
        hits: ['person-name'],
      });
    for (const leak of addressLeaks)
      expect(byId.get(`herstelopdracht-${leak.caseId}`)).toEqual(['address']);
    for (const s of secrets) expect(JSON.stringify(review.body)).not.toContain(s);
  });

  it('lets none of it out on the API, the feed, the files, the topic or a webhook', async () => {
    const channels: Record<string, string> = {
      api: (await request(service.http).get('/public/items?brin=20AB').expect(200)).text,
      list: (await request(service.http).get('/public/herstelopdrachten/2025-2026').expect(200))
        .text,
      feed: (await request(service.http).get('/public/changes').expect(200)).text,
      csv: (await request(service.http).get('/public/datasets/herstelopdrachten.csv').expect(200))
        .text,
      json: (await request(service.http).get('/public/datasets/herstelopdrachten.json').expect(200))
        .text,
      topic: topic.messages.map((m) => m.value).join('\n'),
      webhook: receiver.received.map((r) => r.body).join('\n'),
    };
    for (const [channel, text] of Object.entries(channels)) {
      // The clean item is there...
      expect({ channel, has: text.includes(clean.caseId) }).toEqual({ channel, has: true });
      // ...and nothing planted.
      for (const s of secrets)
        expect({ channel, leaked: text.includes(s) ? s : null }).toEqual({ channel, leaked: null });
      for (const leak of all)
        expect({ channel, item: text.includes(leak.caseId) }).toEqual({
          channel,
          item: false,
        });
    }
  });
});
