/*
 * casework's flows end to end (issue 13): every step through the gateway
 * with a real token of the role that does that work, on the real broker,
 * FerretDB, mail catcher and Keycloak; registry, casework and notifications
 * from their production bundles on one scenario clock (flows-fleet.ts). What
 * is checked is what leaves the system: the letters in the mail catcher, the
 * events on the topics, and the raw documents in the database.
 */
import {
  MeldingRegistered,
  RapportVastgesteld,
  RiskFlagged,
  SendLetter,
} from '@inspectorate/contracts';
import { type TestScope, produceEvents, testScope, waitFor } from '@inspectorate/testing';
import { generateDuoLists } from '../../services/registry/src/duo/generate';
import { riskFlaggedData } from '../../services/casework/src/flows/handmatige-analyse/testing';
import { type Fleet, PLACEHOLDER, eventsOf, startFlowsFleet } from './flows-fleet';
import { databaseOf } from './support';

jest.setTimeout(240_000);

describe('end to end: the casework flows through the gateway, with their letters and events', () => {
  const scope: TestScope = testScope('e2e-flows');
  const tag = scope.id.toLowerCase().replace(/[^a-z0-9]/g, '');
  const boardMail = (nummer: string) => `bestuur-${nummer}-${tag}@example.nl`;
  const directieMail = (code: string) => `directie-${code.toLowerCase()}-${tag}@example.nl`;
  // Two boards, a few po schools and one vo school.
  const lists = generateDuoLists({ seed: 13, boards: 2, po: 3, vo: 1 });
  const po = lists.vestigingen.find((v) => v.sector === 'po')!;
  const poCode = `${po.brin}${po.vestigingsnummer}`;
  const board = lists.boards.find((b) => b.nummer === po.board)!.nummer;
  let f: Fleet;

  beforeAll(async () => {
    f = await startFlowsFleet(
      scope,
      lists,
      { board: boardMail, directie: directieMail },
      '2026-03-02T09:00:00Z',
    );
  });

  afterAll(async () => {
    await f?.close();
  });

  describe('meldingen and the vertrouwensdossier', () => {
    const melder = `melder-${tag}@example.org`;
    // What a reporter told about social safety: none of it may be stored or sent in clear text.
    const PLANTED = [
      'Saskia Hoekstra',
      `saskia-${tag}@example.org`,
      '0611223344',
      'gymzaal-achteringang',
      'conciërge Bertus',
    ];
    const melding = (over: Record<string, unknown>) => ({
      channel: 'telefoon',
      receivedAt: '2026-03-02T09:30:00+01:00',
      school: { vestigingCode: poCode },
      category: 'onderwijstijd',
      text: 'Er vallen al weken lessen uit in groep 7.',
      ...over,
    });
    const reason = { 'x-reason': 'e2e: nieuwe meldingen opvolgen' };
    let dossierId: string;

    it('klantcontact registers one with contact details (acknowledged by mail) and one anonymous (no letter)', async () => {
      const withContact = await f.call(
        'klantcontact',
        'post',
        '/meldingen',
        melding({ reporter: { kind: 'ouder', contact: { name: 'P. de Vries', email: melder } } }),
      );
      expect([withContact.status, withContact.body]).toEqual([
        201,
        { outcome: 'signaal', caseId: expect.any(String), acknowledgement: 'mail' },
      ]);
      const anonymous = await f.call(
        'klantcontact',
        'post',
        '/meldingen',
        melding({
          channel: 'contactformulier',
          reporter: { kind: 'anoniem' },
          category: 'onderwijskwaliteit',
        }),
      );
      expect([anonymous.status, anonymous.body]).toEqual([
        201,
        { outcome: 'signaal', caseId: expect.any(String), acknowledgement: 'none' },
      ]);

      const { letter, mail, pdf } = await f.mailed(
        withContact.body.caseId,
        'melding-ontvangstbevestiging',
      );
      expect(letter.mail.to).toBe(melder);
      expect(mail.subject).toContain(po.vestigingsnaam);
      expect(mail.text).toContain('2 maart 2026');
      expect(mail.text).not.toMatch(PLACEHOLDER);
      expect(pdf).toContain(`Ons kenmerk: ${letter.kenmerk}`);
      expect(await f.lettersOf(anonymous.body.caseId)).toEqual([]);

      // For the risk analysis: school, category and date; never the reporter or the text.
      const registered = await waitFor(
        async () => {
          const found = eventsOf(f.caseEvents, MeldingRegistered.type);
          return found.length === 2 ? found : undefined;
        },
        { description: 'two MeldingRegistered on the cases topic' },
      );
      expect(registered.map((e) => e.data)).toEqual([
        {
          caseId: withContact.body.caseId,
          brin: po.brin,
          vestigingCode: poCode,
          category: 'onderwijstijd',
          receivedOn: '2026-03-02',
        },
        {
          caseId: anonymous.body.caseId,
          brin: po.brin,
          vestigingCode: poCode,
          category: 'onderwijskwaliteit',
          receivedOn: '2026-03-02',
        },
      ]);
      const onTopic = JSON.stringify(registered);
      for (const secret of ['P. de Vries', melder, 'lessen uit'])
        expect(onTopic).not.toContain(secret);
    });

    it('a social-safety melding lands in the vertrouwensinspecteurs’ queue as a sealed vertrouwensdossier', async () => {
      const before = f.commands.messages.length;
      const sealed = await f.call(
        'klantcontact',
        'post',
        '/meldingen',
        melding({
          category: 'fysiek-geweld',
          reporter: {
            kind: 'ouder',
            contact: { name: PLANTED[0], email: PLANTED[1], phone: PLANTED[2] },
          },
          text: `Mijn zoon is bij de ${PLANTED[3]} geslagen door ${PLANTED[4]}.`,
        }),
      );
      expect([sealed.status, sealed.body]).toEqual([
        201,
        { outcome: 'vertrouwensdossier', queue: 'vertrouwensinspecteurs' },
      ]);
      const queue = await f.call(
        'vertrouwensinspecteur',
        'get',
        `/vertrouwensdossiers?status=open&brin=${po.brin}`,
        undefined,
        reason,
      );
      expect(queue.status).toBe(200);
      expect(queue.body.items).toHaveLength(1);
      dossierId = queue.body.items[0].id;
      expect(JSON.stringify(queue.body)).not.toContain(PLANTED[3]);

      const work = (path: string, body: unknown) =>
        f.call('vertrouwensinspecteur', 'post', `/vertrouwensdossiers/${dossierId}${path}`, body);
      expect(
        (
          await work('/contacts', {
            at: '2026-03-02T11:00:00+01:00',
            channel: 'telefoon',
            summary: `${PLANTED[0]} teruggebeld over ${PLANTED[4]}`,
          })
        ).status,
      ).toBe(204);
      expect(
        (await work('/advice', { text: `Geadviseerd de ${PLANTED[3]} bij de directie te melden.` }))
          .status,
      ).toBe(204);
      const opened = await f.call(
        'vertrouwensinspecteur',
        'get',
        `/vertrouwensdossiers/${dossierId}`,
        undefined,
        { 'x-reason': `gesprek met ${PLANTED[0]} voorbereiden` },
      );
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({
        narrative: expect.stringContaining(PLANTED[3]),
        reporter: { contact: { name: PLANTED[0], email: PLANTED[1], phone: PLANTED[2] } },
      });

      // No acknowledgement for a vertrouwensmelding, no MeldingRegistered: nothing left casework about it.
      expect(f.commands.messages.length).toBe(before);
      expect(eventsOf(f.caseEvents, MeldingRegistered.type)).toHaveLength(2);
    });

    it('an inspecteur gets 403 on every vertrouwensdossier route through the gateway, lists and searches included', async () => {
      const routes: [string, 'get' | 'post', string][] = [
        ['the queue', 'get', '/vertrouwensdossiers'],
        ['a search', 'get', `/vertrouwensdossiers?brin=${po.brin}&category=fysiek-geweld`],
        ['the next page', 'get', `/vertrouwensdossiers?status=open&limit=1&after=${dossierId}`],
        ['a dossier', 'get', `/vertrouwensdossiers/${dossierId}`],
        ['its reads', 'get', `/vertrouwensdossiers/${dossierId}/reads`],
        ['a contact', 'post', `/vertrouwensdossiers/${dossierId}/contacts`],
        ['advice', 'post', `/vertrouwensdossiers/${dossierId}/advice`],
        ['closing', 'post', `/vertrouwensdossiers/${dossierId}/close`],
      ];
      const answers = await Promise.all(
        routes.map(async ([what, method, path]) => {
          const res = await f.call('inspecteur', method, path, method === 'post' ? {} : undefined, {
            'x-reason': 'toezicht',
          });
          return [what, res.status, res.body.code];
        }),
      );
      expect(answers).toEqual(routes.map(([what]) => [what, 403, 'forbidden']));
      // Nor does a search of the cases or the school's dossier show any of it.
      for (const path of [`/cases?brin=${po.brin}&limit=100`, `/schools/${po.brin}/dossier`]) {
        const res = await f.call('inspecteur', 'get', path);
        expect([path, res.status]).toEqual([path, 200]);
        for (const planted of PLANTED) expect(JSON.stringify(res.body)).not.toContain(planted);
      }
    });

    it('the raw documents of every service hold none of its content; each read is audited with its reason', async () => {
      const casework = await f.dump('casework');
      expect(casework).toContain('fysiek-geweld'); // the dossier is there, sealed
      for (const service of ['casework', 'notifications', 'registry']) {
        const raw = service === 'casework' ? casework : await f.dump(service);
        for (const planted of PLANTED)
          expect([service, raw.includes(planted)]).toEqual([service, false]);
      }
      const topics = JSON.stringify(
        [...f.caseEvents.messages, ...f.commands.messages].map((m) => m.value),
      );
      for (const planted of PLANTED) expect(topics).not.toContain(planted);

      const reads = await f.call(
        'vertrouwensinspecteur',
        'get',
        `/vertrouwensdossiers/${dossierId}/reads`,
        undefined,
        { 'x-reason': 'controle op inzage' },
      );
      expect(reads.status).toBe(200);
      expect(reads.body.entries).toEqual([
        expect.objectContaining({
          actor: 'vertrouwensinspecteur',
          what: 'dossier',
          reason: `gesprek met ${PLANTED[0]} voorbereiden`,
        }),
        expect.objectContaining({ what: 'reads', reason: 'controle op inzage' }),
      ]);
    });
  });

  describe('klachten over de inspectie', () => {
    const klager = `klager-${tag}@example.org`;
    const onvolledig = `onvolledig-${tag}@example.org`;
    const klaagschrift = (email: string, over: Record<string, unknown> = {}) => ({
      receivedOn: '2026-03-02',
      channel: 'e-mail',
      complainant: { name: 'Mevrouw K. Smit', addressLines: ['Laan 3', '3511 AB  Utrecht'], email },
      description: 'De inspecteur kwam niet op de afgesproken tijd en liet niets weten.',
      datedOn: '2026-02-28',
      signed: true,
      conductOn: '2026-02-20',
      openToObjection: false,
      ...over,
    });
    let complete: string;
    let incomplete: string;

    it('registers a complete klaagschrift (receipt letter) and an incomplete one (a letter asking to complete it)', async () => {
      f.clock.set('2026-03-02T10:00:00Z');
      const a = await f.call('klantcontact', 'post', '/klachten', klaagschrift(klager));
      expect([a.status, a.body.status]).toEqual([201, 'in-behandeling']);
      complete = a.body.caseId;
      const b = await f.call(
        'klantcontact',
        'post',
        '/klachten',
        klaagschrift(onvolledig, { signed: false, datedOn: undefined }),
      );
      expect([b.status, b.body.status]).toEqual([201, 'aanvulling-gevraagd']);
      incomplete = b.body.caseId;

      const receipt = await f.mailed(complete, 'klacht-ontvangstbevestiging');
      expect(receipt.letter.mail.to).toBe(klager);
      expect(receipt.pdf).toContain('11 mei 2026'); // ten weeks from receipt
      const ask = await f.mailed(incomplete, 'klacht-aanvulling');
      expect(ask.letter.mail.to).toBe(onvolledig);
      expect(ask.pdf).toContain('uw handtekening');
      expect(ask.pdf).toContain('16 maart 2026');
      for (const m of [receipt, ask]) expect(m.mail.text).not.toMatch(PLACEHOLDER);
    });

    it('the completion term passes: the deadline checks close it as not completed, with its letter', async () => {
      f.clock.set('2026-03-16T06:00:00Z');
      const checks = await f.call('coordinator', 'post', '/deadline-checks');
      expect([checks.status, checks.body.complaintsNotCompleted]).toEqual([201, 1]);
      const { pdf } = await f.mailed(incomplete, 'klacht-niet-behandeld');
      expect(pdf).toContain('niet vóór 16 maart 2026 aangevuld');
      const c = await f.call('coordinator', 'get', `/cases/${incomplete}`);
      expect(c.body).toMatchObject({ status: 'afgehandeld', result: 'niet-aangevuld' });
    });

    it('the coordinator adjourns once (letter), records why there is no hearing, and decides (letter naming the Nationale ombudsman)', async () => {
      f.clock.set('2026-05-01T09:00:00Z');
      const refused = await f.call('klantcontact', 'post', `/klachten/${complete}/verdaging`, {
        duration: 'P4W',
        reason: 'De klachtadviescommissie vergadert later.',
      });
      expect(refused.status).toBe(403);
      const adjourned = await f.call('coordinator', 'post', `/klachten/${complete}/verdaging`, {
        duration: 'P4W',
        reason: 'De klachtadviescommissie vergadert later.',
      });
      expect([adjourned.status, adjourned.body.dueOn]).toEqual([201, '2026-06-08']);
      const verdaging = await f.mailed(complete, 'klacht-verdaging');
      expect(verdaging.pdf).toContain('8 juni 2026');
      expect(verdaging.pdf).toContain('De klachtadviescommissie vergadert later.');

      f.clock.set('2026-05-20T09:00:00Z');
      expect(
        (
          await f.call('coordinator', 'post', `/klachten/${complete}/horen-achterwege`, {
            reason: 'geen-prijs-op-gesteld',
            explanation: 'Klager liet weten niet gehoord te willen worden.',
          })
        ).status,
      ).toBe(204);
      expect(
        (
          await f.call('coordinator', 'post', `/klachten/${complete}/afhandeling`, {
            outcome: 'gegrond',
            reasons: 'De inspecteur had de school en u moeten laten weten dat hij later kwam.',
          })
        ).status,
      ).toBe(204);
      const outcome = await f.mailed(complete, 'klacht-uitkomst');
      expect(outcome.letter.mail.to).toBe(klager);
      expect(outcome.pdf).toContain('gegrond');
      expect(outcome.pdf).toContain('Nationale ombudsman');
      expect(outcome.mail.text).not.toMatch(PLACEHOLDER);

      const register = await f.call('analist', 'get', '/klachten/register?year=2026');
      expect(register.status).toBe(200);
      expect(register.body).toMatchObject({
        received: 2,
        open: 0,
        byOutcome: { gegrond: 1, 'niet-aangevuld': 1 },
        decidedInTime: 2,
      });
    });
  });

  describe('kwaliteitsonderzoek', () => {
    it('opened → oordelen → conceptrapport → zienswijze → vastgesteld: RapportVastgesteld with the publication date, the herstelopdracht in the letter', async () => {
      f.clock.set('2026-06-01T09:00:00Z');
      const opened = await f.call('inspecteur', 'post', '/kwaliteitsonderzoeken', {
        vestigingCode: poCode,
        aanleiding: 'signalen',
        reason: 'signalen over onderwijstijd',
      });
      expect(opened.status).toBe(201);
      const id = opened.body.caseId as string;
      const step = (path: string, body: unknown) =>
        f.call('inspecteur', 'post', `/kwaliteitsonderzoeken/${id}${path}`, body);
      // Only an inspecteur judges; a coordinator may open but not judge.
      expect(
        (
          await f.call('coordinator', 'post', `/kwaliteitsonderzoeken/${id}/oordelen`, {
            oordelen: [{ standaard: 'OP0', oordeel: 'Goed' }],
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await step('/oordelen', {
            oordelen: [
              { standaard: 'OP0', oordeel: 'Onvoldoende' },
              { standaard: 'VS1', oordeel: 'Voldoende' },
            ],
          })
        ).status,
      ).toBe(204);
      expect(
        (
          await step('/conceptrapport', {
            eindoordeel: 'Onvoldoende',
            paragraphs: ['Het onderwijs in de basisvaardigheden schiet tekort.'],
          })
        ).status,
      ).toBe(204);
      const concept = await f.mailed(id, 'kwaliteitsonderzoek-conceptrapport');
      expect(concept.letter.mail).toMatchObject({
        to: boardMail(board),
        cc: [directieMail(poCode)],
      });
      expect(concept.pdf).toContain('15 juni 2026'); // the term for the zienswijze

      f.clock.set('2026-06-08T09:00:00Z');
      expect(
        (
          await step('/zienswijze', {
            receivedOn: '2026-06-08',
            text: 'Wij herkennen het beeld en zijn begonnen met verbeteren.',
          })
        ).status,
      ).toBe(204);
      f.clock.set('2026-06-15T09:00:00Z');
      expect((await step('/vaststellen', { paragraphs: [] })).status).toBe(204);

      const vastgesteld = await waitFor(
        () => eventsOf(f.caseEvents, RapportVastgesteld.type).find((e) => e.data['caseId'] === id),
        { description: 'RapportVastgesteld on the cases topic' },
      );
      expect(vastgesteld.data).toMatchObject({
        brin: po.brin,
        vestigingCode: poCode,
        eindoordeel: 'Onvoldoende',
        vastgesteldOp: '2026-06-15',
        publicatiedatum: '2026-07-13',
      });
      const rapport = await f.mailed(id, 'kwaliteitsonderzoek-rapport');
      expect(rapport.letter.mail.to).toBe(boardMail(board));
      expect(rapport.pdf).toContain('herstelopdracht');
      expect(rapport.pdf).toContain('OP0');
      expect(rapport.pdf).toContain('13 juli 2026');
      expect(rapport.mail.text).not.toMatch(PLACEHOLDER);
      const c = await f.call('inspecteur', 'get', `/cases/${id}`);
      expect(c.body.status).toBe('herstelopdracht');
      expect(c.body.decisions).toEqual([
        expect.objectContaining({ kind: 'herstelopdracht:OP0', legalBasis: expect.any(String) }),
      ]);
    });
  });

  describe('handmatige analyse and bestuursonderzoek', () => {
    it('RiskFlagged opens a handmatige analyse in the coordinators’ queue; its outcome onderzoek opens a linked kwaliteitsonderzoek, which ends Zeer zwak', async () => {
      f.clock.set('2026-10-02T08:00:00Z');
      // risk-analysis's event, as its yearly run publishes it (that service is not started here).
      await produceEvents(f.kafka, scope, [
        {
          definition: RiskFlagged,
          subject: poCode,
          data: riskFlaggedData({
            subjectId: poCode,
            naam: po.vestigingsnaam,
            bevoegdGezag: board,
          }),
        },
      ]);
      const [task] = await waitFor(
        async () => {
          const res = await f.call(
            'coordinator',
            'get',
            '/cases?queue=coordinators&type=handmatige-analyse',
          );
          return res.body.items?.length > 0 ? res.body.items : undefined;
        },
        { description: 'the handmatige analyse in the coordinators’ queue' },
      );
      expect(task).toMatchObject({ status: 'te-analyseren', subject: { vestigingCode: poCode } });
      const read = await f.call('coordinator', 'get', `/cases/${task._id}`);
      expect(JSON.stringify(read.body.documents)).toContain('slaagpercentage');
      // The open signal puts the board in this year's planning of bestuursonderzoeken.
      const plan = await f.call('coordinator', 'get', '/bestuursonderzoeken/planning?year=2026');
      expect(plan.body.boards).toEqual([
        expect.objectContaining({ bevoegdGezagNummer: board, riskSignals: 1 }),
      ]);

      const besluit = { uitkomst: 'onderzoek', motivering: 'de resultaten dalen al drie jaar' };
      expect(
        (await f.call('klantcontact', 'post', `/handmatige-analyses/${task._id}/besluit`, besluit))
          .status,
      ).toBe(403);
      // What follows is the analyst's decision (handmatige-analyse.decide), not the coordinator's.
      expect(
        (await f.call('coordinator', 'post', `/handmatige-analyses/${task._id}/besluit`, besluit))
          .status,
      ).toBe(403);
      const decided = await f.call(
        'analist',
        'post',
        `/handmatige-analyses/${task._id}/besluit`,
        besluit,
      );
      expect(decided.status).toBe(201);
      const ko = await f.call('inspecteur', 'get', `/cases/${decided.body.vervolg}`);
      expect(ko.body).toMatchObject({
        caseType: { code: 'kwaliteitsonderzoek' },
        subject: { vestigingCode: poCode },
        facts: { aanleiding: 'risico', analysis: task._id },
      });

      // That onderzoek ends Zeer zwak: verscherpt toezicht, and the board's zienswijze goes with the report.
      const step = (path: string, body: unknown) =>
        f.call('inspecteur', 'post', `/kwaliteitsonderzoeken/${ko.body._id}${path}`, body);
      const oordelen = { oordelen: [{ standaard: 'OR1', oordeel: 'Onvoldoende' }] };
      expect((await step('/oordelen', oordelen)).status).toBe(204);
      expect(
        (await step('/conceptrapport', { eindoordeel: 'Zeer zwak', paragraphs: [] })).status,
      ).toBe(204);
      const zienswijze = 'Wij zijn het niet eens met het oordeel.';
      expect(
        (await step('/zienswijze', { receivedOn: '2026-10-02', text: zienswijze })).status,
      ).toBe(204);
      const adopt = { paragraphs: [], legalBasis: { OR1: 'artikel 10 WPO' } };
      expect((await step('/vaststellen', adopt)).status).toBe(204);
      const report = await waitFor(
        () =>
          eventsOf(f.caseEvents, RapportVastgesteld.type).find(
            (e) => e.data['caseId'] === ko.body._id,
          ),
        { description: 'RapportVastgesteld of the Zeer zwak onderzoek' },
      );
      expect(report.data).toMatchObject({
        eindoordeel: 'Zeer zwak',
        zienswijze: { paragraphs: [zienswijze] },
      });
      const { pdf } = await f.mailed(ko.body._id, 'kwaliteitsonderzoek-rapport');
      expect(pdf).toContain('verscherpt toezicht');
      expect((await f.call('inspecteur', 'get', `/cases/${ko.body._id}`)).body.status).toBe(
        'verscherpt-toezicht',
      );
    });

    it('the coordinator plans and opens a bestuursonderzoek (announced by mail); the inspecteur verifies at a school and reports', async () => {
      // Every board is due once in the four-year period (to 1 August 2029).
      const plan = await f.call('coordinator', 'get', '/bestuursonderzoeken/planning?year=2029');
      expect(plan.status).toBe(200);
      expect(
        plan.body.boards.map((b: { bevoegdGezagNummer: string }) => b.bevoegdGezagNummer),
      ).toContain(board);
      expect((await f.call('inspecteur', 'get', '/bestuursonderzoeken/planning')).status).toBe(403);

      const opened = await f.call('coordinator', 'post', '/bestuursonderzoeken', {
        bevoegdGezagNummer: board,
        aanleiding: 'vierjaarlijks',
        reason: 'uit de planning 2029',
      });
      expect(opened.status).toBe(201);
      const id = opened.body.caseId as string;
      const announced = await f.mailed(id, 'bestuursonderzoek-aankondiging');
      expect(announced.letter.mail.to).toBe(boardMail(board));

      const step = (path: string, body: unknown) =>
        f.call('inspecteur', 'post', `/bestuursonderzoeken/${id}${path}`, body);
      const verificatie = await step('/verificaties', {
        vestigingCode: poCode,
        reason: 'zicht op kwaliteit verifiëren',
      });
      expect(verificatie.status).toBe(201);
      const school = await f.call('inspecteur', 'get', `/cases/${verificatie.body.caseId}`);
      expect(school.body).toMatchObject({
        caseType: { code: 'kwaliteitsonderzoek' },
        facts: { aanleiding: 'verificatie', partOf: id },
      });
      expect(
        (
          await step('/oordelen', {
            oordelen: [
              { standaard: 'BKA1', oordeel: 'Goed' },
              { standaard: 'BKA2', oordeel: 'Voldoende' },
            ],
          })
        ).status,
      ).toBe(204);
      expect(
        (
          await step('/conceptrapport', {
            eindoordeel: 'Voldoende',
            paragraphs: ['Het bestuur stuurt op kwaliteit.'],
          })
        ).status,
      ).toBe(204);
      await f.mailed(id, 'bestuursonderzoek-conceptrapport');
      expect((await step('/vaststellen', { paragraphs: [] })).status).toBe(204);
      const rapport = await f.mailed(id, 'bestuursonderzoek-rapport');
      expect(rapport.letter.mail.to).toBe(boardMail(board));
      expect(rapport.mail.text).not.toMatch(PLACEHOLDER);
      const done = await f.call('coordinator', 'get', `/cases/${id}`);
      expect(done.body).toMatchObject({ status: 'afgesloten', result: 'afgerond' });

      // Every letter the flows asked for (13 commands on the topic) was mailed, and no other.
      expect(eventsOf(f.commands, SendLetter.type)).toHaveLength(13);
      const letters = f.mongo.db(databaseOf(scope, 'notifications')).collection('letters');
      expect(await letters.countDocuments({ state: 'sent' })).toBe(13);
      expect(await letters.countDocuments()).toBe(13);
    });
  });
});
