/*
 * End to end across casework and publication, through the gateway: an
 * inspecteur judges a school in a kwaliteitsonderzoek and vaststelt the
 * report (casework's RapportVastgesteld); publication holds it until its
 * publicatiedatum (the first day of the fifth week) and then publishes it on
 * every channel: the public API, the changes feed, the open data file, the
 * public topic and a webhook of a partner system, which registered its
 * subscription through the gateway itself (client credentials). A
 * beheerder's withdrawal then takes it off every channel, with
 * PublicationWithdrawn. casework and publication share one scenario clock
 * (in this process, as monitoring-herstelopdracht does); the gateway and the
 * tokens run on real time.
 */
import { Topics } from '@inspectorate/contracts';
import { createInspectorateClient, type InspectorateClient } from '@inspectorate/client';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  type TestScope,
  clientCredentialsToken,
  collectTopic,
  DEMO_CLIENTS,
  passwordToken,
  serviceEnv,
  startBundledService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import { MongoClient } from 'mongodb';
import {
  generateDuoLists,
  renderBoardsList,
  renderVestigingenList,
} from '../../services/registry/src/duo/generate';
import { Receiver } from '../../services/publication/test/receiver';
import { startGateway, urlOf } from './gateway';
import { databaseOf } from './support';

jest.setTimeout(240_000);

type Envelope = { type: string; subject: string; data: Record<string, unknown> };

describe('end to end: a vastgesteld report from casework to every public channel and back off them', () => {
  const scope: TestScope = testScope('e2e-pub');
  // Monday 14 September 2026, 09:00 in Amsterdam.
  const clock = new FixedClock('2026-09-14T07:00:00Z');
  const lists = generateDuoLists({ seed: 23, boards: 2, po: 3, vo: 1 });
  const school = lists.vestigingen.find((v) => v.sector === 'po')!;
  const vestigingCode = `${school.brin}${school.vestigingsnummer}`;
  const running: Record<string, RunningService> = {};
  const receiver = new Receiver();
  let gateway: RunningService;
  let kafka: Kafka;
  let mongo: MongoClient;
  let publicTopic: Awaited<ReturnType<typeof collectTopic>>;
  let caseId = '';
  let subscriptionId = '';
  const itemId = () => `rapport-${caseId}`;

  const env = (service: string, extra: Record<string, string> = {}) =>
    serviceEnv(scope, { MONGODB_DATABASE: databaseOf(scope, service), ...extra });
  const api = (token?: () => Promise<string>): InspectorateClient =>
    createInspectorateClient({ baseUrl: urlOf(gateway), ...(token ? { token } : {}) });
  const as = (role: string) => api(async () => (await passwordToken(role)).access_token);
  const partner = () =>
    api(
      async () =>
        (await clientCredentialsToken(DEMO_CLIENTS.partner.clientId, DEMO_CLIENTS.partner.secret))
          .access_token,
    );
  const anonymous = () => api();
  const published = () =>
    publicTopic.messages.map((m) => m.json<Envelope>()).filter((e) => e.subject === itemId());
  const hooks = () => receiver.received.filter((r) => r.payload.data['itemId'] === itemId());
  const openData = async () => {
    const res = await fetch(`${urlOf(gateway)}/api/v1/public/datasets/toezichtresultaten.csv`);
    return res.status === 200 ? await res.text() : '';
  };

  beforeAll(async () => {
    kafka = testKafka(scope);
    mongo = await MongoClient.connect(scope.mongodbUri);
    // The registry first: it provisions the topics the others subscribe to.
    running['registry'] = await startBundledService('registry', env('registry'), {
      cron: false,
      clock,
    });
    const [casework, publication] = await Promise.all([
      startBundledService('casework', env('casework'), { cron: false, clock }),
      // publication's own jobs run (the leased publication run, the deliverer), on the scenario clock.
      startBundledService(
        'publication',
        env('publication', { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_TIMEOUT_MS: '5000' }),
        { clock },
      ),
    ]);
    running['casework'] = casework;
    running['publication'] = publication;
    gateway = await startGateway(scope, 'gateway', {
      REGISTRY_URL: urlOf(running['registry']),
      CASEWORK_URL: urlOf(casework),
      PUBLICATION_URL: urlOf(publication),
      MONITORING_INTAKE_URL: 'http://127.0.0.1:9',
      NOTIFICATIONS_URL: 'http://127.0.0.1:9',
      RISK_ANALYSIS_URL: 'http://127.0.0.1:9',
      // The test polls the public API: a burst it will not spend.
      PUBLIC_RATE_LIMIT_BURST: '10000',
    });
    publicTopic = await collectTopic(kafka, `${scope.topicPrefix}${Topics.publicationPublic}`);
    await receiver.start();
  });

  afterAll(async () => {
    await receiver.stop();
    await publicTopic?.stop();
    await gateway?.close();
    for (const service of Object.values(running).reverse()) await service.close();
    await mongo?.close();
  });

  it("a partner system registers its webhook subscription through the gateway; another owner's stays hidden from it", async () => {
    const mine = await partner().POST('/api/v1/publication/webhooks/subscriptions', {
      body: { url: receiver.url, filter: { kinds: ['rapport'] } },
    });
    expect(mine.response.status).toBe(201);
    expect(mine.data).toMatchObject({ owner: DEMO_CLIENTS.partner.clientId, status: 'active' });
    subscriptionId = mine.data!.subscriptionId;
    receiver.secret = mine.data!.secret;
    // A beheerder registers one for another partner system: this partner cannot see it.
    const theirs = await as('beheerder').POST('/api/v1/publication/webhooks/subscriptions', {
      body: {
        url: 'http://127.0.0.1:9/elsewhere',
        owner: 'other-partner',
        filter: { kinds: ['herstelopdracht-uitkomst'] },
      },
    });
    expect(theirs.response.status).toBe(201);
    const list = await partner().GET('/api/v1/publication/webhooks/subscriptions');
    expect(list.data?.items.map((s) => s.subscriptionId)).toEqual([subscriptionId]);
    const hidden = await partner().GET(
      '/api/v1/publication/webhooks/subscriptions/{subscriptionId}',
      {
        params: { path: { subscriptionId: theirs.data!.subscriptionId } },
      },
    );
    expect(hidden.response.status).toBe(404);
    // A person with the partner role (the front end's client) manages none.
    const person = await as('partner').GET('/api/v1/publication/webhooks/subscriptions');
    expect(person.response.status).toBe(403);
  });

  it('the registry imports the DUO lists; an inspecteur opens a kwaliteitsonderzoek, judges, and vaststelt the report', async () => {
    const upload = async (fileName: string, bytes: Buffer) =>
      as('beheerder').POST('/api/v1/imports', {
        params: { query: { fileName } },
        body: bytes as never,
        bodySerializer: (body: unknown) => body as string,
        headers: { 'content-type': 'text/csv' },
      });
    // Accepted (202) and applied in the background: followed until done.
    for (const [name, bytes] of [
      ['bevoegde-gezagen.csv', renderBoardsList(lists.boards)],
      ['vestigingen.csv', renderVestigingenList(lists.vestigingen)],
    ] as const) {
      const accepted = await upload(name, bytes);
      expect(accepted.response.status).toBe(202);
      const done = await waitFor(
        async () => {
          const { data } = await as('beheerder').GET('/api/v1/imports/{id}', {
            params: { path: { id: accepted.data!._id } },
          });
          return data && !['queued', 'running'].includes(data.status) ? data : null;
        },
        { description: `the import of ${name} finished`, timeoutMs: 120_000 },
      );
      expect(done.status).toBe('completed');
    }

    const inspecteur = as('inspecteur');
    // casework learns the vestiging from the registry's events.
    const opened = await waitFor(
      async () => {
        const answer = await inspecteur.POST('/api/v1/kwaliteitsonderzoeken', {
          body: {
            vestigingCode,
            aanleiding: 'risico',
            reason: 'e2e: risico op onderwijskwaliteit',
          },
        });
        return answer.response.status === 201 ? (answer.data as { caseId: string }) : undefined;
      },
      { description: 'a kwaliteitsonderzoek opened through the gateway', timeoutMs: 60_000 },
    );
    caseId = opened.caseId;
    const path = { params: { path: { id: caseId } } };
    const step = async (answer: Promise<{ response: Response; error?: unknown }>) => {
      const { response, error } = await answer;
      expect([response.status, error]).toEqual([204, undefined]);
    };
    await step(
      inspecteur.POST('/api/v1/kwaliteitsonderzoeken/{id}/oordelen', {
        ...path,
        body: {
          oordelen: [
            { standaard: 'OP0', oordeel: 'Voldoende' },
            { standaard: 'VS1', oordeel: 'Goed' },
          ],
        },
      }),
    );
    await step(
      inspecteur.POST('/api/v1/kwaliteitsonderzoeken/{id}/conceptrapport', {
        ...path,
        body: {
          eindoordeel: 'Voldoende',
          paragraphs: ['De school zorgt voor een veilig klimaat en een passend aanbod.'],
        },
      }),
    );
    // A week later (Monday 21 September) the report is vastgesteld.
    clock.set('2026-09-21T07:00:00Z');
    await step(
      inspecteur.POST('/api/v1/kwaliteitsonderzoeken/{id}/vaststellen', {
        ...path,
        body: { paragraphs: ['De school zorgt voor een veilig klimaat en een passend aanbod.'] },
      }),
    );
    // publication records it, to publish on its date: not yet public.
    const items = mongo.db(databaseOf(scope, 'publication')).collection('items');
    const item = await waitFor(async () => items.findOne({ _id: itemId() as never }), {
      description: 'publication recorded the report',
      timeoutMs: 60_000,
    });
    expect(item).toMatchObject({ status: 'scheduled', publishOn: '2026-10-19' });
  });

  it('is not public in the fourth week, and on every channel on its publicatiedatum (the fifth week)', async () => {
    clock.set('2026-10-18T20:00:00Z'); // Sunday night, still the fourth week
    const before = await anonymous().GET('/api/v1/public/items/{itemId}', {
      params: { path: { itemId: itemId() } },
    });
    expect(before.response.status).toBe(404);

    clock.set('2026-10-19T06:00:00Z'); // Monday 19 October, 08:00 in Amsterdam
    const hook = await waitFor(async () => hooks()[0], {
      description: "the report reaches the partner's webhook receiver",
      timeoutMs: 60_000,
    });
    expect(receiver.refused).toEqual([]);
    expect(hook.payload).toMatchObject({
      type: 'publication.item.published',
      data: { kind: 'rapport', item: { itemId: itemId(), fields: { oordeel: 'Voldoende' } } },
    });
    const item = await anonymous().GET('/api/v1/public/items/{itemId}', {
      params: { path: { itemId: itemId() } },
    });
    expect(item.response.status).toBe(200);
    expect(item.data).toMatchObject({
      kind: 'rapport',
      brin: school.brin,
      vestigingCode,
      fields: { oordeel: 'Voldoende', vastgesteldOn: '2026-09-21' },
    });
    const changes = await anonymous().GET('/api/v1/public/changes');
    expect(changes.data?.changes).toEqual([
      expect.objectContaining({ change: 'published', itemId: itemId() }),
    ]);
    await waitFor(async () => (await openData()).includes(itemId()), {
      description: 'the open data file has the report',
      timeoutMs: 60_000,
    });
    // With the school's place, from the provincie of its row in the DUO list the registry imported.
    const line = (await openData()).split('\r\n').find((l) => l.includes(itemId()))!;
    expect(line).toContain(`,${school.provincie},`);
    const json = (await (
      await fetch(`${urlOf(gateway)}/api/v1/public/datasets/toezichtresultaten.json`)
    ).json()) as { items: { itemId: string; provincie: string | null }[] };
    expect(json.items.find((i) => i.itemId === itemId())).toMatchObject({
      provincie: school.provincie,
    });
    const event = await waitFor(async () => published()[0], {
      description: 'PublicationPublished on the public topic',
    });
    expect(event).toMatchObject({ type: expect.stringContaining('published') });
    // The partner reads its delivery log through the gateway.
    const log = await partner().GET(
      '/api/v1/publication/webhooks/subscriptions/{subscriptionId}/deliveries',
      { params: { path: { subscriptionId } } },
    );
    expect(log.response.status).toBe(200);
    expect(log.data?.items).toEqual([expect.objectContaining({ status: 'delivered' })]);
  });

  it('a withdrawal takes it off every channel, with PublicationWithdrawn', async () => {
    const refused = await partner().POST('/api/v1/publication/items/{itemId}/withdraw', {
      params: { path: { itemId: itemId() } },
      body: { reason: 'Een rechter heeft de publicatie geschorst.' },
    });
    expect(refused.response.status).toBe(403);
    const withdrawn = await as('beheerder').POST('/api/v1/publication/items/{itemId}/withdraw', {
      params: { path: { itemId: itemId() } },
      body: { reason: 'Een rechter heeft de publicatie geschorst.' },
    });
    expect(withdrawn.response.status).toBe(200);

    const event = await waitFor(async () => published().find((e) => e.type.includes('withdrawn')), {
      description: 'PublicationWithdrawn on the public topic',
    });
    expect(event.data).toMatchObject({ itemId: itemId() });
    await waitFor(
      async () => hooks().some((h) => h.payload.type === 'publication.item.withdrawn'),
      {
        description: 'the withdrawal reaches the webhook receiver',
        timeoutMs: 60_000,
      },
    );
    const gone = await anonymous().GET('/api/v1/public/items/{itemId}', {
      params: { path: { itemId: itemId() } },
    });
    expect(gone.response.status).toBe(404);
    const list = await anonymous().GET('/api/v1/public/items', {
      params: { query: { brin: school.brin } },
    });
    expect(list.data?.items).toEqual([]);
    const results = await anonymous().GET('/api/v1/public/toezichtresultaten', {
      params: { query: { brin: school.brin } },
    });
    expect(JSON.stringify(results.data)).not.toContain(itemId());
    await waitFor(async () => !(await openData()).includes(itemId()), {
      description: 'the open data file no longer has the report',
      timeoutMs: 60_000,
    });
    const feed = await anonymous().GET('/api/v1/public/changes');
    const entries = feed.data?.changes ?? [];
    expect(entries.map((e) => e.change)).toEqual(['published', 'withdrawn']);
    // The earlier entry no longer carries the item: nothing of it stays readable.
    expect(JSON.stringify(entries)).not.toContain('De school zorgt voor een veilig klimaat');
  });
  it("holds for review a report that names the inspecteur who acted on the case (casework's knownPersons)", async () => {
    const other = lists.vestigingen.find(
      (v) => v.sector === 'po' && `${v.brin}${v.vestigingsnummer}` !== vestigingCode,
    )!;
    const inspecteur = as('inspecteur');
    const opened = await inspecteur.POST('/api/v1/kwaliteitsonderzoeken', {
      body: {
        vestigingCode: `${other.brin}${other.vestigingsnummer}`,
        aanleiding: 'risico',
        reason: 'e2e: een rapport met een naam',
      },
    });
    expect(opened.response.status).toBe(201);
    const path = { params: { path: { id: (opened.data as { caseId: string }).caseId } } };
    const named = 'Het gesprek met Ilse de Inspecteur bevestigde het beeld.';
    // One after another: the concept report needs the oordelen, vaststellen the concept.
    for (const send of [
      () =>
        inspecteur.POST('/api/v1/kwaliteitsonderzoeken/{id}/oordelen', {
          ...path,
          body: {
            oordelen: [
              { standaard: 'OP0', oordeel: 'Voldoende' },
              { standaard: 'VS1', oordeel: 'Voldoende' },
            ],
          },
        }),
      () =>
        inspecteur.POST('/api/v1/kwaliteitsonderzoeken/{id}/conceptrapport', {
          ...path,
          body: { eindoordeel: 'Voldoende', paragraphs: [named] },
        }),
      () =>
        inspecteur.POST('/api/v1/kwaliteitsonderzoeken/{id}/vaststellen', {
          ...path,
          body: { paragraphs: [named] },
        }),
    ]) {
      const { response, error } = await send();
      expect([response.status, error]).toEqual([204, undefined]);
    }
    // The demo user's name (its token's `name`), planted in the report: the gate holds it.
    const id = `rapport-${path.params.path.id}`;
    const items = mongo.db(databaseOf(scope, 'publication')).collection('items');
    const recorded = await waitFor(async () => items.findOne({ _id: id as never }), {
      description: 'publication recorded the second report',
      timeoutMs: 60_000,
    });
    clock.set(`${recorded['publishOn'] as string}T06:00:00Z`);
    const held = await waitFor(
      async () => {
        const item = await items.findOne({ _id: id as never });
        return item?.['status'] === 'scheduled' ? null : item;
      },
      { description: 'the publication run looked at the second report', timeoutMs: 60_000 },
    );
    expect(held).toMatchObject({
      status: 'in-review',
      review: { hits: [expect.objectContaining({ kind: 'person-name' })] },
    });
    const review = await as('beheerder').GET('/api/v1/publication/review');
    expect(JSON.stringify(review.data)).toContain(id);
    const item = await anonymous().GET('/api/v1/public/items/{itemId}', {
      params: { path: { itemId: id } },
    });
    expect(item.response.status).toBe(404);
  });
});
