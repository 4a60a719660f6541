/*
 * The public API as the front end and partner systems use it: every call
 * through the gateway's bundle, with the typed client (libs/client) and real
 * tokens of the local Keycloak, to the services' bundles behind it.
 */
import { randomBytes } from 'node:crypto';
import { createInspectorateClient, type InspectorateClient } from '@inspectorate/client';
import {
  type RunningService,
  type TestScope,
  clientCredentialsToken,
  DEMO_CLIENTS,
  partnerClientFor,
  passwordToken,
  pdfText,
  serviceEnv,
  startBundledService,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import {
  generateDuoLists,
  renderBoardsList,
  renderVestigingenList,
} from '../../services/registry/src/duo/generate';
import { MongoClient } from 'mongodb';
import { delivery } from '../../services/monitoring-intake/test/fixtures';
import { startGateway, urlOf } from './gateway';
import { databaseOf } from './support';

jest.setTimeout(180_000);

const SCHOOLJAAR = '2025-2026';
const PUBLIC_BURST = 5;

type Api = InspectorateClient;

describe('the public API through the gateway, with the typed client and real tokens', () => {
  const scope: TestScope = testScope('e2e-gateway-roles');
  const lists = generateDuoLists({ seed: 11, boards: 2, po: 4, vo: 1 });
  const brin = lists.vestigingen[0]!.brin;
  const running: Record<string, RunningService> = {};
  let gateway: RunningService;

  const start = (service: string) =>
    startBundledService(
      service,
      serviceEnv(scope, {
        MONGODB_DATABASE: databaseOf(scope, service),
        ...(service === 'notifications'
          ? {
              SMTP_HOST: process.env['SMTP_HOST'] ?? '127.0.0.1',
              SMTP_PORT: process.env['SMTP_PORT'] ?? '11025',
            }
          : {}),
        ...(service === 'casework'
          ? // Vertrouwensdossiers are sealed with a key (ADR 0011); without one they answer 503.
            {
              VERTROUWENS_KEYS: `e2e:${randomBytes(32).toString('base64')}`,
              VERTROUWENS_ACTIVE_KEY: 'e2e',
            }
          : {}),
      }),
      { cron: false },
    );

  /** The client as a person with this role uses it (the demo user named after the role). */
  const as = (role: string): Api =>
    createInspectorateClient({
      baseUrl: urlOf(gateway),
      token: async () => (await passwordToken(role)).access_token,
    });

  beforeAll(async () => {
    // The registry first: it provisions the topics the others subscribe to.
    running['registry'] = await start('registry');
    const others = ['monitoring-intake', 'casework', 'notifications', 'publication'] as const;
    const started = await Promise.all(others.map(start));
    others.forEach((name, i) => (running[name] = started[i]!));
    gateway = await startGateway(scope, 'gateway', {
      REGISTRY_URL: urlOf(running['registry']),
      MONITORING_INTAKE_URL: urlOf(running['monitoring-intake']!),
      CASEWORK_URL: urlOf(running['casework']!),
      NOTIFICATIONS_URL: urlOf(running['notifications']!),
      PUBLICATION_URL: urlOf(running['publication']!),
      RISK_ANALYSIS_URL: 'http://127.0.0.1:9', // not started here
      // A small burst for the public API, so the test sees its limit; no refill to speak of.
      PUBLIC_RATE_LIMIT_BURST: String(PUBLIC_BURST),
      PUBLIC_RATE_LIMIT_PER_S: '0.01',
    });
  });

  afterAll(async () => {
    await gateway?.close();
    for (const service of Object.values(running).reverse()) await service.close();
  });

  it('a beheerder imports the DUO lists; an inspecteur may not', async () => {
    const upload = (api: Api, fileName: string, bytes: Buffer) =>
      api.POST('/api/v1/imports', {
        params: { query: { fileName } },
        body: bytes as never,
        // The CSV as it is (the client's default would JSON-encode it).
        bodySerializer: (body: unknown) => body as string,
        headers: { 'content-type': 'text/csv' },
      });
    const refused = await upload(as('inspecteur'), 'x.csv', renderBoardsList(lists.boards));
    expect([refused.response.status, refused.error]).toEqual([
      403,
      expect.objectContaining({ code: 'forbidden' }),
    ]);
    const beheerder = as('beheerder');
    for (const [name, bytes] of [
      ['bevoegde-gezagen.csv', renderBoardsList(lists.boards)],
      ['vestigingen.csv', renderVestigingenList(lists.vestigingen)],
    ] as const) {
      // Accepted (202) and applied in the background: followed until done.
      const { data: accepted, response } = await upload(beheerder, name, bytes);
      expect(response.status).toBe(202);
      expect(response.headers.get('location')).toBe(`imports/${accepted!._id}`);
      const data = await waitFor(
        async () => {
          const { data: report } = await beheerder.GET('/api/v1/imports/{id}', {
            params: { path: { id: accepted!._id } },
          });
          return report && !['queued', 'running'].includes(report.status) ? report : null;
        },
        { description: `the import of ${name} finished`, timeoutMs: 120_000 },
      );
      expect(data).toMatchObject({ status: 'completed', errorCount: 0 });
    }
    const { data: school } = await as('inspecteur').GET('/api/v1/schools/{brin}', {
      params: { path: { brin } },
    });
    expect(school).toMatchObject({ brin });
  });

  it('a survey provider with client credentials records a consent and delivers', async () => {
    const providerId = 'aanbieder-gateway';
    const { clientId, secret } = DEMO_CLIENTS.instrumentaanbieder;
    const registered = await as('beheerder').POST('/api/v1/monitoring/providers', {
      body: { providerId, name: 'Aanbieder via de gateway', clientId },
    });
    expect(registered.response.status).toBe(201);
    const provider = createInspectorateClient({
      baseUrl: urlOf(gateway),
      token: async () => (await clientCredentialsToken(clientId, secret)).access_token,
    });
    const vestigingCode = `${lists.vestigingen[0]!.brin}${lists.vestigingen[0]!.vestigingsnummer}`;
    const path = { schooljaar: SCHOOLJAAR, vestigingCode, providerId };
    // monitoring-intake learns the vestiging from the registry's events.
    await waitFor(
      async () => {
        const consent = await provider.PUT(
          '/api/v1/monitoring/consents/{schooljaar}/{vestigingCode}/{providerId}',
          { params: { path } },
        );
        return consent.response.status === 201 || consent.response.status === 200;
      },
      { description: 'the consent recorded through the gateway', timeoutMs: 60_000 },
    );
    const delivered = await provider.POST('/api/v1/monitoring/submissions', {
      body: delivery(vestigingCode) as never,
    });
    expect([201, 200]).toContain(delivered.response.status);
    const mine = await provider.GET('/api/v1/monitoring/submissions/{schooljaar}/{vestigingCode}', {
      params: { path: { schooljaar: SCHOOLJAAR, vestigingCode } },
    });
    expect(mine.response.status).toBe(200);
    // A person is not a provider: the route is refused before it is forwarded.
    const refused = await as('inspecteur').POST('/api/v1/monitoring/submissions', {
      body: delivery(vestigingCode) as never,
    });
    expect(refused.response.status).toBe(403);
  });

  it('a coordinator reads the escalation queue; a partner system may not', async () => {
    const { data, response } = await as('coordinator').GET('/api/v1/cases', {
      params: { query: { queue: 'coordinators' } },
    });
    expect(response.status).toBe(200);
    expect(Array.isArray(data?.items)).toBe(true);
    const partner = createInspectorateClient({
      baseUrl: urlOf(gateway),
      token: (
        await clientCredentialsToken(DEMO_CLIENTS.partner.clientId, DEMO_CLIENTS.partner.secret)
      ).access_token,
    });
    const refused = await partner.GET('/api/v1/cases', {
      params: { query: { queue: 'coordinators' } },
    });
    expect(refused.response.status).toBe(403);
  });

  it("a partner system reads the portal inbox of its own board (its token's bevoegd_gezag), not another's", async () => {
    const { access_token: token } = await clientCredentialsToken(
      DEMO_CLIENTS.partner.clientId,
      DEMO_CLIENTS.partner.secret,
    );
    // The local realm's hardcoded-claim mapper: partner-demo acts for board
    // 10000, a board of the demo data (and of this test's generated lists).
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      bevoegd_gezag?: unknown;
    };
    expect(claims.bevoegd_gezag).toBe('10000');
    const own = lists.boards.find((b) => b.nummer === claims.bevoegd_gezag)!;
    const other = lists.boards.find((b) => b.nummer !== own.nummer)!;
    expect(own).toBeDefined();
    // A letter in each board's inbox, as notifications puts them there.
    const mongo = await MongoClient.connect(scope.mongodbUri);
    try {
      await mongo
        .db(databaseOf(scope, 'notifications'))
        .collection('inbox')
        .insertMany(
          [own, other].map((board, n) => ({
            _id: `2026-900000${n}:board:${board.nummer}` as never,
            owner: 'board',
            ownerId: board.nummer,
            kenmerk: `2026-900000${n}`,
            caseId: `case-${board.nummer}`,
            subject: `Herstelopdracht ${board.naam}`,
            template: 'herstelopdracht',
            afschrift: false,
            files: ['brief.pdf'],
            deliveredAt: new Date('2026-03-01T09:00:00Z'),
          })),
        );
    } finally {
      await mongo.close();
    }
    const partner = createInspectorateClient({ baseUrl: urlOf(gateway), token });
    const inbox = (nummer: string) =>
      partner.GET('/api/v1/inbox/board/{nummer}', { params: { path: { nummer } } });
    const mine = await inbox(own.nummer);
    expect(mine.response.status).toBe(200);
    expect(mine.data?.items.map((i) => i.kenmerk)).toEqual(['2026-9000000']);
    const refused = await inbox(other.nummer);
    expect(refused.response.status).toBe(403);
    expect(refused.response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.error).toMatchObject({ code: 'not-own-board' });
    // notifications checks the board itself too, whoever forwards the token.
    const direct = await fetch(`${urlOf(running['notifications']!)}/inbox/board/${other.nummer}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect([direct.status, ((await direct.json()) as { code?: string }).code]).toEqual([
      403,
      'not-own-board',
    ]);
    // No school's inbox: the route names no board.
    const school = await partner.GET('/api/v1/inbox/school/{brin}', {
      params: { path: { brin } },
    });
    expect(school.response.status).toBe(403);
  });

  it("two partner systems each download the letter PDFs of their own board's inbox, not the other's", async () => {
    // partner-demo acts for board 10000 (the realm file); a second partner
    // client for the other board, made in the local realm for this test.
    const own = lists.boards.find((b) => b.nummer === '10000')!;
    const other = lists.boards.find((b) => b.nummer !== own.nummer)!;
    const second = await partnerClientFor(other.nummer);
    const tokenOf = async (client: { clientId: string; secret: string }) =>
      (await clientCredentialsToken(client.clientId, client.secret)).access_token;
    const partners = [
      { board: own, token: await tokenOf(DEMO_CLIENTS.partner), kenmerk: '2026-9000010' },
      { board: other, token: await tokenOf(second), kenmerk: '2026-9000011' },
    ];
    // A letter in each board's inbox, as notifications stores and delivers them.
    const mongo = await MongoClient.connect(scope.mongodbUri);
    try {
      const db = mongo.db(databaseOf(scope, 'notifications'));
      await db.collection('letters').insertMany(
        partners.map(({ board, kenmerk }) => ({
          _id: `req-${kenmerk}` as never,
          kenmerk,
          requestId: `req-${kenmerk}`,
          caseId: `case-${board.nummer}`,
          template: 'herstelopdracht-monitoring',
          templateVersion: 1,
          bevoegdGezagNummer: board.nummer,
          brin: null,
          vestigingCode: null,
          afschriftAanDirectie: false,
          issuedAt: new Date('2026-03-01T09:00:00Z'),
          correlationId: 'e2e',
          text: {
            kenmerk,
            datum: '1 maart 2026',
            subject: `Herstelopdracht ${board.naam}`,
            addressee: [board.naam],
            inReplyToKenmerk: null,
            blocks: [{ kind: 'paragraph', text: `Geacht bestuur van ${board.naam},` }],
            signatory: { name: 'A. Inspecteur', role: 'Directeur' },
            afschrift: null,
            attachmentTitles: ['Bevindingen'],
          },
          attachments: [{ title: 'Bevindingen', paragraphs: ['Bevindingen.'] }],
          state: 'sent',
          blockedReason: null,
          warnings: [],
          mail: { status: 'sent', to: null, cc: [], attempts: 1, nextAttemptAt: null },
          portal: { status: 'sent', inboxes: [{ owner: 'board', id: board.nummer }] },
          history: [],
        })),
      );
      await db.collection('inbox').insertMany(
        partners.map(({ board, kenmerk }) => ({
          _id: `${kenmerk}:board:${board.nummer}` as never,
          owner: 'board',
          ownerId: board.nummer,
          kenmerk,
          caseId: `case-${board.nummer}`,
          subject: `Herstelopdracht ${board.naam}`,
          template: 'herstelopdracht-monitoring',
          afschrift: false,
          files: ['brief.pdf', 'bevindingen.pdf'],
          deliveredAt: new Date('2026-03-01T09:05:00Z'),
        })),
      );
    } finally {
      await mongo.close();
    }
    const download = (token: string, href: string, base = `${urlOf(gateway)}/api/v1`) =>
      fetch(`${base}${href}`, { headers: { authorization: `Bearer ${token}` } });
    for (const [n, me] of partners.entries()) {
      const them = partners[1 - n]!;
      // The hrefs its inbox gives, as a partner system follows them.
      const inbox = await createInspectorateClient({
        baseUrl: urlOf(gateway),
        token: me.token,
      }).GET('/api/v1/inbox/board/{nummer}', { params: { path: { nummer: me.board.nummer } } });
      const item = inbox.data!.items.find((i) => i.kenmerk === me.kenmerk)!;
      expect(item.files.map((f) => f.href)).toEqual([
        `/letters/${me.kenmerk}/pdf`,
        `/letters/${me.kenmerk}/attachments/1/pdf`,
      ]);
      for (const { href } of item.files) {
        const pdf = await download(me.token, href);
        expect([href, pdf.status, pdf.headers.get('content-type')]).toEqual([
          href,
          200,
          'application/pdf',
        ]);
      }
      expect(
        (
          await pdfText(
            Buffer.from(await (await download(me.token, item.files[0]!.href)).arrayBuffer()),
          )
        ).text,
      ).toContain(me.board.naam);
      // The other board's letter: 404, the same as a kenmerk that does not exist.
      for (const href of [
        `/letters/${them.kenmerk}/pdf`,
        `/letters/${them.kenmerk}/attachments/1/pdf`,
      ]) {
        const refused = await download(me.token, href);
        expect(refused.status).toBe(404);
        expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(await refused.json()).toMatchObject({
          code: 'letter-not-found',
          detail: `there is no letter with kenmerk ${them.kenmerk} in the inbox of your boards (${me.board.nummer})`,
        });
      }
      // notifications checks it itself, whoever forwards the token.
      const direct = await download(
        me.token,
        `/letters/${them.kenmerk}/pdf`,
        urlOf(running['notifications']!),
      );
      expect(direct.status).toBe(404);
    }
    // The partner user of the realm has no board in its token: refused at the gateway.
    const boardless = await download(
      (await passwordToken('partner')).access_token,
      `/letters/${partners[0]!.kenmerk}/pdf`,
    );
    expect(boardless.status).toBe(403);
    expect(await boardless.json()).toMatchObject({ code: 'not-own-board' });
    // Others with letters.read still download any board's letter.
    const coordinator = (await passwordToken('coordinator')).access_token;
    expect((await download(coordinator, `/letters/${partners[1]!.kenmerk}/pdf`)).status).toBe(200);
  });

  it('klantcontact registers meldingen; the vertrouwensdossier one becomes is for the vertrouwensinspecteur alone', async () => {
    const klantcontact = as('klantcontact');
    const melding = (category: 'onderwijstijd' | 'fysiek-geweld', text: string) =>
      klantcontact.POST('/api/v1/meldingen', {
        body: {
          channel: 'telefoon',
          receivedAt: '2026-03-10T08:45:00+01:00',
          reporter: { kind: 'ouder' },
          school: { brin },
          category,
          text,
        },
      });
    // casework learns the school from the registry's events (the import above).
    const signal = await waitFor(
      async () => {
        const answer = await melding('onderwijstijd', 'Er vallen al weken lessen uit.');
        return answer.response.status === 201 ? answer.data : undefined;
      },
      { description: 'a melding registered through the gateway', timeoutMs: 60_000 },
    );
    expect(signal).toMatchObject({ outcome: 'signaal', caseId: expect.any(String) });
    // klantcontact registers the melding but reads no case, not even this one (least privilege).
    const caseRead = await klantcontact.GET('/api/v1/cases/{id}', {
      params: {
        path: { id: (signal as { caseId: string }).caseId },
        header: { 'x-reason': 'de beller terugbellen' },
      },
    });
    expect([caseRead.response.status, caseRead.error]).toEqual([
      403,
      expect.objectContaining({ code: 'forbidden' }),
    ]);
    const sealed = await melding('fysiek-geweld', 'Een leerling is op het plein geslagen.');
    expect([sealed.response.status, sealed.data]).toEqual([
      201,
      { outcome: 'vertrouwensdossier', queue: 'vertrouwensinspecteurs' },
    ]);

    const reason = { 'x-reason': 'e2e: de melding opvolgen' };
    const list = (role: string) =>
      as(role).GET('/api/v1/vertrouwensdossiers', {
        params: { query: { brin }, header: reason },
      });
    const refused = await list('inspecteur');
    expect([refused.response.status, refused.error]).toEqual([
      403,
      expect.objectContaining({ code: 'forbidden' }),
    ]);
    const found = await list('vertrouwensinspecteur');
    expect(found.response.status).toBe(200);
    expect(found.data?.items).toHaveLength(1);
    const id = found.data!.items[0]!.id;
    const read = (role: string) =>
      as(role).GET('/api/v1/vertrouwensdossiers/{id}', {
        params: { path: { id }, header: reason },
      });
    expect((await read('inspecteur')).response.status).toBe(403);
    const opened = await read('vertrouwensinspecteur');
    expect(opened.response.status).toBe(200);
    expect(JSON.stringify(opened.data)).toContain('op het plein geslagen');
  });

  it('anyone reads the public API without a token, up to the limit per address (then 429 with Retry-After)', async () => {
    const anonymous = createInspectorateClient({ baseUrl: urlOf(gateway) });
    const first = await anonymous.GET('/api/v1/public/items');
    expect(first.response.status).toBe(200);
    expect(Array.isArray(first.data?.items)).toBe(true);
    expect(first.response.headers.get('ratelimit-limit')).toBe(String(PUBLIC_BURST));
    const datasets = await anonymous.GET('/api/v1/public/datasets');
    expect(datasets.response.status).toBe(200);
    // The burst is spent on the next requests; the one after it is refused.
    const statuses: number[] = [];
    for (let used = 2; used < PUBLIC_BURST; used++)
      statuses.push((await anonymous.GET('/api/v1/public/items')).response.status);
    expect(statuses).toEqual(new Array(PUBLIC_BURST - 2).fill(200));
    const limited = await anonymous.GET('/api/v1/public/items');
    expect(limited.response.status).toBe(429);
    expect(limited.response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(Number(limited.response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.error).toMatchObject({ code: 'rate-limited' });
    // The management side of publication still needs its token and role.
    const unauthenticated = await anonymous.GET('/api/v1/publication/items', {
      params: { query: { status: 'published' } },
    });
    expect(unauthenticated.response.status).toBe(401);
    expect(
      (
        await as('inspecteur').GET('/api/v1/publication/items', {
          params: { query: { status: 'published' } },
        })
      ).response.status,
    ).toBe(403);
    expect(
      (
        await as('beheerder').GET('/api/v1/publication/items', {
          params: { query: { status: 'published' } },
        })
      ).response.status,
    ).toBe(200);
  });

  it("answers the dossier with a stopped service's part marked unavailable", async () => {
    const inspecteur = as('inspecteur');
    const dossier = async () => {
      const { data, response } = await inspecteur.GET('/api/v1/schools/{brin}/dossier', {
        params: { path: { brin } },
      });
      expect(response.status).toBe(200);
      return data!;
    };
    // The registry's read model may lag its import by a moment: wait for the school.
    const whole = await waitFor(
      async () => {
        const d = await dossier();
        return d.school.status === 'ok' && d.letters.status === 'ok' ? d : undefined;
      },
      { description: 'the dossier with the school and its letters' },
    );
    expect(whole.vestigingen.status).toBe('ok');
    expect(whole.cases.status).toBe('ok');

    await running['notifications']!.close();
    delete running['notifications'];
    const partial = await dossier();
    expect(partial.school.status).toBe('ok');
    expect(partial.cases.status).toBe('ok');
    expect(partial.letters).toMatchObject({
      status: 'unavailable',
      service: 'notifications',
      reason: expect.stringContaining('could not be reached'),
    });
  });
});
