import { Topics } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
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
import { PublicationJob } from '../../src/items/publication.job';
import { outcome, outcomeEvent } from '../fixtures';

type Collected = Awaited<ReturnType<typeof collectTopic>>;
type Ev = { type: string; subject: string; data: Record<string, unknown> };

/**
 * From casework's herstelopdracht outcomes to public items on the real
 * stack: the date rule, the gate's review queue, hold, withdrawal, the
 * public read API with its changes feed and conditional GETs, and the
 * public topic.
 */
describe('publication: items from casework events to the public API', () => {
  const scope = testScope('pub-items');
  const clock = new FixedClock('2026-11-10T09:00:00Z');
  let service: RunningService;
  let kafka: Kafka;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let topic: Collected;
  let job: PublicationJob;

  const clean = outcome({ caseId: '0192f5c2-7a3b-7cc1-8a4e-000000000001' });
  const leaking = outcome({
    caseId: '0192f5c2-7a3b-7cc1-8a4e-000000000002',
    brin: '13CD',
    vestigingCode: '13CD00',
    bevoegdGezagNummer: '41235',
    boardName: 'Stichting Twee',
    outcome: 'niet-voldaan',
    report: {
      title: 'Herstelopdracht',
      paragraphs: ['Vragen kunnen naar j.jansen@example.org worden gestuurd.'],
    },
  });
  const later = outcome({
    caseId: '0192f5c2-7a3b-7cc1-8a4e-000000000003',
    brin: '14EF',
    vestigingCode: '14EF00',
    bevoegdGezagNummer: '41236',
    decidedOn: '2026-11-20',
  });
  const id = (c: { caseId: string }) => `herstelopdracht-${c.caseId}`;
  const events = () => topic.messages.map((m) => m.json<Ev>());

  beforeAll(async () => {
    kafka = testKafka(scope);
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    job = service.app.get(PublicationJob);
    db = await connectDb(scope);
    topic = await collectTopic(kafka, `${scope.topicPrefix}${Topics.publicationPublic}`);
    await produceEvents(kafka, scope, [
      outcomeEvent(clean, '0192f5c2-7a3b-7cc1-8a4e-0000000000e1'),
      outcomeEvent(leaking),
      outcomeEvent(later),
    ]);
    await waitFor(async () => (await db.db.collection('items').countDocuments()) === 3, {
      description: 'the three outcomes are recorded',
      timeoutMs: 90_000,
    });
  }, 180_000);

  afterAll(async () => {
    await topic?.stop();
    await service?.close();
    await db?.close();
  });

  it('publishes what is due, sends what the gate stops to review, and leaves the rest waiting', async () => {
    const run = await job.runOnce();
    expect(run).toMatchObject({ ran: true, value: { published: 1, toReview: 1, sequenced: 1 } });

    const page = await request(service.http).get('/public/items').expect(200);
    expect(page.body.items.map((i: { itemId: string }) => i.itemId)).toEqual([id(clean)]);
    expect(page.body.items[0]).toMatchObject({
      kind: 'herstelopdracht-uitkomst',
      dataset: 'herstelopdrachten',
      version: 1,
      brin: '12AB',
      vestigingCode: '12AB00',
      schooljaar: '2025-2026',
      fields: { outcome: 'voldaan', decidedOn: '2026-11-02', boardName: clean.boardName },
      report: clean.report,
    });
    // Only the rule's values: nothing else of the event (the case type) is public.
    expect(JSON.stringify(page.body)).not.toContain('bureauonderzoek-monitoring');

    const review = await request(service.http)
      .get('/review')
      .set(await bearer('beheerder'))
      .expect(200);
    expect(review.body.items).toHaveLength(1);
    expect(review.body.items[0]).toMatchObject({ itemId: id(leaking), status: 'in-review' });
    expect(review.body.items[0].review.hits).toEqual([
      expect.objectContaining({ kind: 'email', path: '$.report.paragraphs[0]' }),
    ]);
    // The queue says why without repeating the address.
    expect(JSON.stringify(review.body)).not.toContain('j.jansen@example.org');

    await request(service.http)
      .get(`/public/items/${id(leaking)}`)
      .expect(404);
    await request(service.http)
      .get(`/public/items/${id(later)}`)
      .expect(404);
    await topic.waitForCount(1);
    expect(events()[0]).toMatchObject({
      type: 'nl.onderwijsinspectie.publication.item.published.v1',
      subject: id(clean),
      data: { change: 'published', item: { itemId: id(clean), version: 1 } },
    });
  });

  it('answers 304 to If-None-Match and If-Modified-Since on every read', async () => {
    for (const path of [
      `/public/items/${id(clean)}`,
      '/public/items?brin=12AB',
      '/public/herstelopdrachten/2025-2026',
      '/public/changes',
    ]) {
      const first = await request(service.http).get(path).expect(200);
      expect(first.headers['etag']).toBeTruthy();
      expect(first.headers['last-modified']).toBeTruthy();
      const again = await request(service.http)
        .get(path)
        .set('If-None-Match', first.headers['etag'] as string)
        .expect(304);
      expect(again.text).toBe('');
      await request(service.http)
        .get(path)
        .set('If-Modified-Since', first.headers['last-modified'] as string)
        .expect(304);
    }
    await request(service.http)
      .get(`/public/items/${id(clean)}`)
      .set('If-None-Match', '"other"')
      .expect(200);
  });

  it('lists the boards with a herstelopdracht per schooljaar', async () => {
    const list = await request(service.http).get('/public/herstelopdrachten/2025-2026').expect(200);
    expect(list.body.boards).toEqual([
      expect.objectContaining({ bevoegdGezagNummer: '41234', boardName: clean.boardName }),
    ]);
    const none = await request(service.http).get('/public/herstelopdrachten/2024-2025').expect(200);
    expect(none.body.boards).toEqual([]);
  });

  it('publishes a reviewed item when a beheerder releases it, once', async () => {
    await request(service.http)
      .post(`/review/${id(leaking)}/release`)
      .set(await bearer('beheerder'))
      .send({ reason: 'het adres is het algemene adres van de school' })
      .expect(200)
      .expect((res) => expect(res.body).toMatchObject({ status: 'published', publicVersion: 1 }));
    await request(service.http)
      .post(`/review/${id(leaking)}/release`)
      .set(await bearer('beheerder'))
      .send({})
      .expect(409);
    await request(service.http)
      .get(`/public/items/${id(leaking)}`)
      .expect(200);
  });

  it('holds an item past its date until the hold is lifted', async () => {
    await request(service.http)
      .post(`/items/${id(later)}/hold`)
      .set(await bearer('beheerder'))
      .send({ reason: 'voorlopige voorziening' })
      .expect(200);
    clock.set('2026-11-21T09:00:00Z');
    await job.runOnce();
    await request(service.http)
      .get(`/public/items/${id(later)}`)
      .expect(404);
    await request(service.http)
      .post(`/items/${id(clean)}/hold`)
      .set(await bearer('beheerder'))
      .send({ reason: 'te laat' })
      .expect(409);
    await request(service.http)
      .post(`/items/${id(later)}/release-hold`)
      .set(await bearer('beheerder'))
      .send()
      .expect(200);
    await job.runOnce();
    await request(service.http)
      .get(`/public/items/${id(later)}`)
      .expect(200);
  });

  it('publishes a correction as an update, once, and ignores a redelivered or older event', async () => {
    await produceEvents(kafka, scope, [
      outcomeEvent(clean, '0192f5c2-7a3b-7cc1-8a4e-0000000000e1'),
      outcomeEvent({ ...clean, outcome: 'niet-voldaan' }),
    ]);
    await waitFor(
      async () =>
        (await db.db.collection('items').findOne({ _id: id(clean) as never }))?.['status'] ===
        'scheduled',
      { description: 'the correction is recorded' },
    );
    await job.runOnce();
    const item = await request(service.http)
      .get(`/public/items/${id(clean)}`)
      .expect(200);
    expect(item.body).toMatchObject({ version: 2, fields: { outcome: 'niet-voldaan' } });
    expect(item.body.publishedAt < item.body.updatedAt).toBe(true);
  });

  it('withdraws an item from the API and the feed, with PublicationWithdrawn', async () => {
    await request(service.http)
      .post(`/items/${id(clean)}/withdraw`)
      .set(await bearer('beheerder'))
      .send({ reason: 'De rechter heeft de publicatie geschorst.' })
      .expect(200);
    await job.runOnce();
    await request(service.http)
      .get(`/public/items/${id(clean)}`)
      .expect(404);
    const list = await request(service.http).get('/public/items?board=41234').expect(200);
    expect(list.body.items).toEqual([]);
    await waitFor(() => events().some((e) => e.type.endsWith('item.withdrawn.v1')), {
      description: 'PublicationWithdrawn on the public topic',
    });
    expect(events().find((e) => e.type.endsWith('item.withdrawn.v1'))).toMatchObject({
      subject: id(clean),
      data: { itemId: id(clean), reason: 'De rechter heeft de publicatie geschorst.' },
    });

    const feed = await request(service.http).get('/public/changes').expect(200);
    const changes = feed.body.changes as { itemId: string; change: string; item: unknown }[];
    expect(changes.map((c) => [c.itemId, c.change])).toEqual([
      [id(clean), 'published'],
      [id(leaking), 'published'],
      [id(later), 'published'],
      [id(clean), 'updated'],
      [id(clean), 'withdrawn'],
    ]);
    // Nothing of the withdrawn item is left in the feed.
    expect(changes.filter((c) => c.itemId === id(clean)).every((c) => c.item === null)).toBe(true);
  });

  it('lets a consumer that was away catch up from its cursor, page by page', async () => {
    const first = await request(service.http).get('/public/changes?limit=2').expect(200);
    expect(first.body.changes).toHaveLength(2);
    expect(first.body.more).toBe(true);
    const rest = await request(service.http)
      .get(first.body.next as string)
      .set(await bearer('beheerder'))
      .expect(200);
    expect(rest.body.changes.map((c: { cursor: string }) => c.cursor)).not.toContain(
      first.body.changes[1].cursor,
    );
    expect(rest.body.changes).toHaveLength(2);
    const tail = await request(service.http)
      .get(`/public/changes?since=${rest.body.cursor as string}`)
      .expect(200);
    expect(tail.body.changes).toHaveLength(1);
    const empty = await request(service.http)
      .get(`/public/changes?since=${tail.body.cursor as string}`)
      .expect(200);
    expect(empty.body).toMatchObject({ changes: [], more: false, cursor: tail.body.cursor });
    await request(service.http).get('/public/changes?since=bm90LWEtY3Vyc29y').expect(400);
  });

  it('keeps the open data files to what is public, rewritten only when their content changes', async () => {
    const list = await request(service.http).get('/public/datasets').expect(200);
    expect(list.body.datasets.map((d: { dataset: string }) => d.dataset)).toEqual([
      'herstelopdrachten',
      'toezichtresultaten',
    ]);
    expect(list.body.datasets[0]).toEqual(
      expect.objectContaining({
        dataset: 'herstelopdrachten',
        rows: 2,
        csv: '/public/datasets/herstelopdrachten.csv',
      }),
    );
    const csv = await request(service.http)
      .get('/public/datasets/herstelopdrachten.csv')
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'itemId,version,publishedAt,updatedAt,schooljaar,bevoegdGezagNummer,brin,vestigingCode,gemeente,provincie,afdeling,outcome,decidedOn,boardName,schoolName,reportTitle,reportText,reportPdf',
    );
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual([id(leaking), id(later)].sort());
    // The withdrawn item is gone from the files as from the API.
    expect(csv.text).not.toContain(id(clean));
    const json = await request(service.http)
      .get('/public/datasets/herstelopdrachten.json')
      .expect(200);
    expect(JSON.parse(json.text).items).toHaveLength(2);
    const dictionary = await request(service.http)
      .get('/public/datasets/herstelopdrachten/dictionary')
      .expect(200);
    expect(dictionary.body.columns.map((c: { name: string }) => c.name)).toEqual(
      lines[0]!.split(','),
    );
    expect(
      dictionary.body.columns.every((c: { description: string }) => c.description.length > 5),
    ).toBe(true);

    // Nothing new: the next run leaves the files (and their ETag) alone; a conditional GET is a 304.
    await job.runOnce();
    const again = await request(service.http)
      .get('/public/datasets/herstelopdrachten.csv')
      .expect(200);
    expect(again.headers['etag']).toBe(csv.headers['etag']);
    expect(again.headers['last-modified']).toBe(csv.headers['last-modified']);
    await request(service.http)
      .get('/public/datasets/herstelopdrachten.csv')
      .set('If-None-Match', csv.headers['etag'] as string)
      .expect(304);
    await request(service.http).get('/public/datasets/onbekend.csv').expect(404);
    await request(service.http).get('/public/datasets/herstelopdrachten.xlsx').expect(400);
  });

  it('keeps the items and the review queue to the beheerder, and /public open', async () => {
    await request(service.http).get('/review').expect(401);
    await request(service.http).get('/items?status=published').expect(401);
    await request(service.http)
      .get('/review')
      .set(await bearer('inspecteur'))
      .expect(403);
    await request(service.http)
      .post(`/items/${id(clean)}/withdraw`)
      .set(await bearer('partner'))
      .send({ reason: 'x' })
      .expect(403);
    await request(service.http).get('/public/changes').expect(200);
  });
});
