import { SchoolRegistered, VestigingRegistered } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  bearer,
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
import { loadConfig } from '../../src/config';
import { PublicationJob } from '../../src/items/publication.job';
import { WebhookDispatcher } from '../../src/webhooks/dispatcher';
import { SubscriptionsService } from '../../src/webhooks/subscriptions.service';
import { outcome, outcomeEvent, rapport, rapportEvent } from '../fixtures';

const AMSTERDAM = { nummer: '0363', naam: 'Amsterdam' };
const UTRECHT = { nummer: '0344', naam: 'Utrecht' };

/**
 * The public lists by sector and gemeente, learned from the registry's
 * events (publication's read model of where each school is), in pages.
 */
describe('publication: toezichtresultaten and herstelopdrachten by sector and gemeente, in pages', () => {
  const scope = testScope('pub-filters');
  const clock = new FixedClock('2026-11-10T09:00:00Z');
  let service: RunningService;
  let kafka: Kafka;
  let db: Awaited<ReturnType<typeof connectDb>>;

  // Three schools (one vestiging each): po in Amsterdam, vo in Amsterdam, po in Utrecht.
  // The provincie as DUO writes it; 32BB's events are from before the registry
  // sent one (no `provincie` at all), so its provincie is not known.
  const schools = [
    { brin: '31AA', board: '41301', sector: 'po', gemeente: AMSTERDAM, provincie: 'Noord-Holland' },
    { brin: '32BB', board: '41302', sector: 'vo', gemeente: AMSTERDAM, provincie: undefined },
    { brin: '33CC', board: '41303', sector: 'po', gemeente: UTRECHT, provincie: 'Utrecht' },
  ] as const;
  const provincieOf = (s: (typeof schools)[number]) =>
    s.provincie ? { provincie: s.provincie } : {};
  const reports = schools.map((s) =>
    rapport({
      brin: s.brin,
      vestigingCode: `${s.brin}00`,
      bevoegdGezagNummer: s.board,
      sector: s.sector,
      vastgesteldOp: '2026-10-01',
      publicatiedatum: '2026-10-29',
    }),
  );
  const outcomes = schools.map((s) =>
    outcome({
      brin: s.brin,
      vestigingCode: `${s.brin}00`,
      bevoegdGezagNummer: s.board,
      schooljaar: '2025-2026',
      decidedOn: '2026-11-02',
    }),
  );
  const get = (path: string) => request(service.http).get(path).expect(200);
  const brinsOf = (items: { brin: string | null }[]) =>
    [...new Set(items.map((i) => i.brin))].sort();

  beforeAll(async () => {
    kafka = testKafka(scope);
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    db = await connectDb(scope);
    await produceEvents(kafka, scope, [
      ...schools.map((s) => ({
        definition: SchoolRegistered,
        subject: s.brin,
        data: {
          revision: 1,
          school: schoolSnapshot({
            brin: s.brin,
            bevoegdGezagNummer: s.board,
            sector: s.sector,
            gemeente: s.gemeente,
            ...provincieOf(s),
          }),
        },
      })),
      ...schools.map((s) => ({
        definition: VestigingRegistered,
        subject: `${s.brin}00`,
        data: {
          revision: 1,
          vestiging: vestigingSnapshot({
            vestigingCode: `${s.brin}00`,
            bevoegdGezagNummer: s.board,
            sector: s.sector,
            gemeente: s.gemeente,
            ...provincieOf(s),
            afdelingen: s.sector === 'vo' ? ['havo', 'vwo'] : [],
          }),
        },
      })),
    ]);
    await waitFor(async () => (await db.db.collection('registry_places').countDocuments()) === 6, {
      description: 'the places of the three schools and vestigingen',
      timeoutMs: 90_000,
    });
    await produceEvents(kafka, scope, [
      ...reports.map((r) => rapportEvent(r)),
      ...outcomes.map((o) => outcomeEvent(o)),
    ]);
    await waitFor(async () => (await db.db.collection('items').countDocuments()) === 6, {
      description: 'the three reports and three outcomes are recorded',
      timeoutMs: 90_000,
    });
    await service.app.get(PublicationJob).runOnce();
  }, 240_000);

  afterAll(async () => {
    await service?.close();
    await db?.close();
  });

  it('filters the toezichtresultaten by gemeente, sector or both', async () => {
    const amsterdam = await get('/public/toezichtresultaten?gemeente=0363');
    expect(brinsOf(amsterdam.body.items)).toEqual(['31AA', '32BB']);
    const po = await get('/public/toezichtresultaten?sector=po');
    expect(brinsOf(po.body.items)).toEqual(['31AA', '33CC']);
    const both = await get('/public/toezichtresultaten?sector=po&gemeente=0363');
    expect(brinsOf(both.body.items)).toEqual(['31AA']);
    // The fixture's reports judge havo twice and vwo once: one vwo row per Amsterdam report.
    const vwo = await get('/public/toezichtresultaten?gemeente=0363&afdeling=vwo');
    expect(vwo.body.items.map((o: { afdeling: string }) => o.afdeling)).toEqual(['vwo', 'vwo']);
    const nowhere = await get('/public/toezichtresultaten?gemeente=0518');
    expect(nowhere.body).toEqual({ items: [], next: null });
  });

  it('pages the toezichtresultaten per report, with the filters kept in the next link', async () => {
    const first = await get('/public/toezichtresultaten?gemeente=0363&limit=1');
    expect(brinsOf(first.body.items)).toHaveLength(1);
    expect(first.body.next).toMatch(/gemeente=0363/);
    const second = await get(first.body.next as string);
    expect(second.body.next).toBeNull();
    expect([...brinsOf(first.body.items), ...brinsOf(second.body.items)].sort()).toEqual([
      '31AA',
      '32BB',
    ]);
  });

  it('filters and pages the herstelopdracht list per board', async () => {
    const amsterdam = await get('/public/herstelopdrachten/2025-2026?gemeente=0363');
    expect(
      amsterdam.body.boards.map((b: { bevoegdGezagNummer: string }) => b.bevoegdGezagNummer),
    ).toEqual(['41301', '41302']);
    expect(amsterdam.body.next).toBeNull();
    const po = await get('/public/herstelopdrachten/2025-2026?sector=po&limit=1');
    expect(po.body.boards).toEqual([expect.objectContaining({ bevoegdGezagNummer: '41301' })]);
    const rest = await get(po.body.next as string);
    expect(rest.body).toMatchObject({
      boards: [expect.objectContaining({ bevoegdGezagNummer: '41303' })],
      next: null,
    });
  });

  it('filters the published items by gemeente and sector too', async () => {
    const utrecht = await get('/public/items?gemeente=0344');
    expect(utrecht.body.items.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'herstelopdracht-uitkomst',
      'rapport',
    ]);
    const vo = await get('/public/items?sector=vo&kind=rapport');
    expect(brinsOf(vo.body.items)).toEqual(['32BB']);
  });

  it('filters the lists and items by provincie, as DUO writes it', async () => {
    const holland = await get('/public/toezichtresultaten?provincie=Noord-Holland');
    expect(brinsOf(holland.body.items)).toEqual(['31AA']);
    const utrecht = await get('/public/herstelopdrachten/2025-2026?provincie=Utrecht');
    expect(
      utrecht.body.boards.map((b: { bevoegdGezagNummer: string }) => b.bevoegdGezagNummer),
    ).toEqual(['41303']);
    const po = await get('/public/items?provincie=Utrecht&sector=po&kind=rapport');
    expect(brinsOf(po.body.items)).toEqual(['33CC']);
    const bad = await request(service.http).get('/public/items?provincie=%3DHYPERLINK(1)');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('/provincie');
  });

  it('answers a bad filter with a 400 naming it, and a list without any with a 400', async () => {
    const bad = await request(service.http).get('/public/toezichtresultaten?gemeente=363');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('/gemeente');
    const sector = await request(service.http).get('/public/items?sector=kinderopvang');
    expect(sector.status).toBe(400);
    const none = await request(service.http).get('/public/toezichtresultaten');
    expect(none.status).toBe(400);
  });
  it('delivers to a webhook subscription only the changes of its sectors, gemeenten and provincies', async () => {
    const subscriptions = service.app.get(SubscriptionsService);
    const register = async (filter: Record<string, string[]>) =>
      (
        await subscriptions.register(
          { url: 'https://hooks.example.org/in', filter, fromStart: true },
          'test',
        )
      ).subscription._id;
    const vo = await register({ sectors: ['vo'] });
    const utrecht = await register({ gemeenten: ['0344'] });
    const poAmsterdam = await register({
      sectors: ['po'],
      gemeenten: ['0363'],
      kinds: ['rapport'],
    });
    const nowhere = await register({ gemeenten: ['0518'] });
    // Through the API, as a partner would: the provincie filter is validated there.
    const beheerder = await bearer('beheerder');
    const viaApi = (filter: Record<string, string[]>) =>
      request(service.http)
        .post('/webhooks/subscriptions')
        .set(beheerder)
        .send({ url: 'https://hooks.example.org/in', filter, fromStart: true });
    const holland = (await viaApi({ provincies: ['Noord-Holland', 'Zuid-Holland'] }).expect(201))
      .body.subscriptionId as string;
    const registered = await viaApi({ provincies: ['Utrecht'], sectors: ['po'] }).expect(201);
    expect(registered.body.filter).toEqual({ provincies: ['Utrecht'], sectors: ['po'] });
    const poUtrecht = registered.body.subscriptionId as string;
    const friesland = (await viaApi({ provincies: ['Friesland'] }).expect(201)).body
      .subscriptionId as string;
    const bad = await viaApi({ provincies: ['=HYPERLINK(1)'] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('/filter/provincies/0');
    await service.app.get(WebhookDispatcher).dispatch();
    const brinsFor = async (subscriptionId: string) => {
      const deliveries = await db.db.collection('deliveries').find({ subscriptionId }).toArray();
      const entries = await db.db
        .collection('feed')
        .find({ _id: { $in: deliveries.map((d) => d['seq']) } as never })
        .toArray();
      return entries.map((e) => `${e['kind']}:${(e['item'] as { brin: string }).brin}`).sort();
    };
    expect(await brinsFor(vo)).toEqual(['herstelopdracht-uitkomst:32BB', 'rapport:32BB']);
    expect(await brinsFor(utrecht)).toEqual(['herstelopdracht-uitkomst:33CC', 'rapport:33CC']);
    expect(await brinsFor(poAmsterdam)).toEqual(['rapport:31AA']);
    expect(await brinsFor(nowhere)).toEqual([]);
    // 32BB's provincie is not known (the registry's events from before it had one): no provincie filter matches it.
    expect(await brinsFor(holland)).toEqual(['herstelopdracht-uitkomst:31AA', 'rapport:31AA']);
    expect(await brinsFor(poUtrecht)).toEqual(['herstelopdracht-uitkomst:33CC', 'rapport:33CC']);
    expect(await brinsFor(friesland)).toEqual([]);
  });
  it("puts each school's gemeente (the registry's place) in the open data files", async () => {
    const csv = (await get('/public/datasets/herstelopdrachten.csv')).text.trim().split('\r\n');
    const header = csv[0]!.split(',');
    const col = (line: string, name: string) => line.split(',')[header.indexOf(name)];
    expect(
      csv
        .slice(1)
        .map((l) => `${col(l, 'brin')}:${col(l, 'gemeente')}`)
        .sort(),
    ).toEqual(['31AA:0363', '32BB:0363', '33CC:0344']);
    const json = JSON.parse((await get('/public/datasets/herstelopdrachten.json')).text) as {
      items: { brin: string; gemeente: string }[];
    };
    expect(json.items.map((i) => `${i.brin}:${i.gemeente}`).sort()).toEqual([
      '31AA:0363',
      '32BB:0363',
      '33CC:0344',
    ]);
    const dictionary = await get('/public/datasets/herstelopdrachten/dictionary');
    expect(dictionary.body.columns).toContainEqual(
      expect.objectContaining({ name: 'gemeente', type: 'string' }),
    );
  });

  it("puts each school's provincie in the open data files; empty when the registry's event had none", async () => {
    for (const dataset of ['herstelopdrachten', 'toezichtresultaten']) {
      const csv = (await get(`/public/datasets/${dataset}.csv`)).text.trim().split('\r\n');
      const header = csv[0]!.split(',');
      const col = (line: string, name: string) => line.split(',')[header.indexOf(name)];
      expect(
        [...new Set(csv.slice(1).map((l) => `${col(l, 'brin')}:${col(l, 'provincie')}`))].sort(),
      ).toEqual(['31AA:Noord-Holland', '32BB:', '33CC:Utrecht']);
      const json = JSON.parse((await get(`/public/datasets/${dataset}.json`)).text) as {
        items: { brin: string; provincie: string | null }[];
      };
      expect(json.items.map((i) => `${i.brin}:${i.provincie}`).sort()).toEqual([
        '31AA:Noord-Holland',
        '32BB:null',
        '33CC:Utrecht',
      ]);
      const dictionary = await get(`/public/datasets/${dataset}/dictionary`);
      expect(dictionary.body.columns).toContainEqual(
        expect.objectContaining({ name: 'provincie', type: 'string' }),
      );
    }
  });

  it("lets a school's own address (the registry's) through the gate where a person gave it as theirs; a home address stays held", async () => {
    // A teacher who complained gave her school's address (DUO's, from the registry's
    // events: Schoolstraat 1, 4141 AC) for her letters; the melder gave his home.
    const knownPersons = [
      {
        role: 'klager' as const,
        name: 'Joke de Wit',
        address: { street: 'Schoolstraat', houseNumber: '1', postcode: '4141AC' },
      },
      {
        role: 'melder' as const,
        name: 'Piet Bakker',
        address: { street: 'Lindelaan', houseNumber: '7', postcode: '3581KB' },
      },
    ];
    const saying = (paragraph: string) =>
      outcome({
        brin: '31AA',
        vestigingCode: '31AA00',
        bevoegdGezagNummer: '41301',
        schooljaar: '2024-2025',
        decidedOn: '2026-11-02',
        report: { title: 'Herstelopdracht', paragraphs: [paragraph] },
        knownPersons,
      });
    const school = saying('Het gesprek was op school, Schoolstraat 1 (4141 AC 1).');
    const home = saying('Het gesprek was aan de Lindelaan 7.');
    const before = await db.db.collection('items').countDocuments();
    await produceEvents(kafka, scope, [outcomeEvent(school), outcomeEvent(home)]);
    await waitFor(async () => (await db.db.collection('items').countDocuments()) === before + 2, {
      description: 'the two outcomes are recorded',
      timeoutMs: 90_000,
    });
    await service.app.get(PublicationJob).runOnce();
    const state = async (o: { caseId: string }) =>
      (
        await request(service.http)
          .get(`/items/herstelopdracht-${o.caseId}`)
          .set(await bearer('beheerder'))
          .expect(200)
      ).body as { status: string; review: { hits: { kind: string }[] } | null };
    expect((await state(school)).status).toBe('published');
    const held = await state(home);
    expect(held.status).toBe('in-review');
    expect(held.review!.hits.map((h) => h.kind)).toEqual(['address']);
  });
});
