/*
 * The monitoring herstelopdracht flow across four services, on the real
 * broker, FerretDB and SMTP server: registry → monitoring-intake → casework →
 * notifications. Nothing is produced or written by hand: every step goes
 * through a service's HTTP API, and the services talk only over Kafka.
 *
 * The services run in this process so that they can share one scenario clock
 * (February to November of one schooljaar in a minute); each has its own
 * database, as in production, and they share the topics of this scope.
 *
 * What runs is each service's production bundle (dist/services/<name>/main.js,
 * built by the jest setup through the Nx build targets), required here rather
 * than started as a process: the very code the Docker image runs, its own
 * copies of the libs and its own bootstrap (startService), with only the
 * clock and cron given from outside, through the same AppModule.forRoot that
 * main.ts calls. As separate processes the services could not share a clock
 * short of a clock-setting backdoor in the shipped code.
 */
import { Topics } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  type TestScope,
  bearer,
  collectTopic,
  pdfText,
  serviceEnv,
  startBundledService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import { MongoClient } from 'mongodb';
import request from 'supertest';
import { delivery } from '../../services/monitoring-intake/test/fixtures';
import { type CaughtMail, mailsTo } from '../../services/notifications/test/fixtures';
import {
  generateDuoLists,
  renderBoardsList,
  renderVestigingenList,
} from '../../services/registry/src/duo/generate';
import { databaseOf, rewindConsumerGroups, waitForCaughtUp } from './support';

jest.setTimeout(240_000);

const SCHOOLJAAR = '2025-2026';
const PLACEHOLDER = /@[A-Za-z0-9_|]+@/;
const MISSING = 4;

interface CaseView {
  _id: string;
  status: string;
  result?: string | null;
  queue: string | null;
  subject: { vestigingCode: string; bevoegdGezagNummer: string };
}
interface LetterView {
  kenmerk: string;
  requestId: string;
  caseId: string;
  template: string;
  state: string;
  mail: { status: string; to: string | null; cc: string[] };
}
type Envelope = { type: string; subject: string; data: Record<string, unknown> };

describe('end to end: the monitoring herstelopdracht, from a DUO list to letters and escalation', () => {
  const scope: TestScope = testScope('e2e-msv');
  // One clock for the whole system; the scenario moves it.
  const clock = new FixedClock('2026-02-02T09:00:00Z');
  const tag = scope.id.toLowerCase().replace(/[^a-z0-9]/g, '');
  const boardMail = (nummer: string) => `bestuur-${nummer}-${tag}@example.nl`;
  const directieMail = (code: string) => `directie-${code.toLowerCase()}-${tag}@example.nl`;

  // A DUO list in the real format (../shared/data/ holds none): 6 boards, 26 vestigingen.
  const lists = generateDuoLists({ seed: 7, boards: 6, po: 20, vo: 6 });
  const vestigingen = lists.vestigingen.map((v) => ({
    code: `${v.brin}${v.vestigingsnummer}`,
    board: v.board,
  }));
  const boardOf = new Map(vestigingen.map((v) => [v.code, v.board]));
  const missing = vestigingen.slice(0, MISSING).map((v) => v.code);
  const delivering = vestigingen.slice(MISSING).map((v) => v.code);
  const [lateOne, ...neverDelivered] = missing;

  let kafka: Kafka;
  let mongo: MongoClient;
  let registry: RunningService;
  let intake: RunningService;
  let casework: RunningService;
  let notifications: RunningService;
  let apiKey: string;
  let commands: Awaited<ReturnType<typeof collectTopic>>;
  let caseEvents: Awaited<ReturnType<typeof collectTopic>>;
  const firstKenmerk = new Map<string, string>();
  const caseOf = new Map<string, string>();

  const env = (service: string, extra: Record<string, string> = {}) =>
    serviceEnv(scope, { MONGODB_DATABASE: databaseOf(scope, service), ...extra });
  const notificationsEnv = () =>
    env('notifications', {
      SMTP_HOST: process.env['SMTP_HOST'] ?? '127.0.0.1',
      SMTP_PORT: process.env['SMTP_PORT'] ?? '11025',
      DELIVERY_POLL_MS: '100',
    });
  const startCasework = () =>
    startBundledService('casework', env('casework'), { cron: false, clock });
  const startNotifications = () =>
    startBundledService('notifications', notificationsEnv(), { cron: false, clock });
  const startIntake = () =>
    startBundledService('monitoring-intake', env('monitoring-intake'), { cron: false, clock });
  const db = (service: string) => mongo.db(databaseOf(scope, service));

  const casesOfType = async (): Promise<CaseView[]> =>
    (
      await request(casework.http)
        .get('/cases?type=bureauonderzoek-monitoring-sociale-veiligheid&limit=500')
        .set(await bearer('coordinator'))
        .expect(200)
    ).body.items as CaseView[];
  const lettersOf = async (caseId: string): Promise<LetterView[]> =>
    (
      await request(notifications.http)
        .get(`/letters?caseId=${caseId}`)
        .set(await bearer('coordinator'))
        .expect(200)
    ).body.letters as LetterView[];
  const sentLetter = (caseId: string, template: string) =>
    waitFor(
      async () =>
        (await lettersOf(caseId)).find((l) => l.template === template && l.state === 'sent'),
      { description: `${template} letter of case ${caseId} sent`, timeoutMs: 60_000 },
    );
  const mailWith = (address: string, kenmerk: string) =>
    waitFor(
      async () => (await mailsTo(address)).find((m) => m.subject.includes(`kenmerk ${kenmerk}`)),
      { description: `mail to ${address} with kenmerk ${kenmerk}` },
    );
  const pdfOf = async (mail: CaughtMail) =>
    (await pdfText(Buffer.from(mail.attachments[0]!.content, 'base64'))).text.replace(/\s+/g, ' ');

  beforeAll(async () => {
    kafka = testKafka(scope);
    mongo = await MongoClient.connect(scope.mongodbUri);
    // The registry first: it provisions the topics the others subscribe to.
    registry = await startBundledService('registry', env('registry'), { cron: false, clock });
    [intake, casework, notifications] = await Promise.all([
      startIntake(),
      startCasework(),
      startNotifications(),
    ]);
    commands = await collectTopic(kafka, `${scope.topicPrefix}${Topics.notificationsCommands}`);
    caseEvents = await collectTopic(kafka, `${scope.topicPrefix}${Topics.caseworkCases}`);
  });

  afterAll(async () => {
    await commands?.stop();
    await caseEvents?.stop();
    // Each close also drops that service's database.
    for (const service of [notifications, casework, intake, registry]) await service?.close();
    await mongo?.close();
  });

  it('February: the registry imports the DUO lists and every service learns the schools', async () => {
    for (const [name, bytes] of [
      ['bevoegde-gezagen.csv', renderBoardsList(lists.boards)],
      ['vestigingen.csv', renderVestigingenList(lists.vestigingen)],
    ] as const) {
      // Accepted (202) and applied in the background: followed until done.
      const accepted = await request(registry.http)
        .post(`/imports?fileName=${name}`)
        .set(await bearer('beheerder'))
        .set('Content-Type', 'text/csv')
        .send(bytes)
        .expect(202);
      const res = await waitFor(
        async () => {
          const poll = await request(registry.http)
            .get(`/${accepted.headers['location']}`)
            .set(await bearer('beheerder'))
            .expect(200);
          return ['queued', 'running'].includes(poll.body.status) ? null : poll;
        },
        { description: `import of ${name} finished`, timeoutMs: 120_000 },
      );
      expect(res.body).toMatchObject({ status: 'completed', errorCount: 0 });
    }
    // DUO publishes no e-mail addresses: the registry keeps them.
    for (const board of lists.boards)
      await request(registry.http)
        .put(`/boards/${board.nummer}/contact`)
        .set(await bearer('beheerder'))
        .send({ contactEmail: boardMail(board.nummer) })
        .expect(200);
    for (const { code } of vestigingen)
      await request(registry.http)
        .put(`/vestigingen/${code}/contact`)
        .set(await bearer('beheerder'))
        .send({ directieEmail: directieMail(code) })
        .expect(200);

    const n = vestigingen.length;
    await waitFor(
      async () =>
        (await db('monitoring-intake').collection('vestigingen').countDocuments()) === n &&
        (await db('casework').collection('registry_vestigingen').countDocuments()) === n &&
        (await db('notifications')
          .collection('recipients_vestigingen')
          .countDocuments({ directieEmail: { $ne: null } })) === n &&
        (await db('notifications')
          .collection('recipients_boards')
          .countDocuments({ contactEmail: { $ne: null } })) === lists.boards.length,
      {
        description: 'the read models of the other three services are complete',
        timeoutMs: 60_000,
      },
    );
  });

  it('June: a provider delivers for all but four vestigingen', async () => {
    clock.set('2026-06-10T09:00:00Z');
    const provider = await request(intake.http)
      .post('/providers')
      .set(await bearer('beheerder'))
      .send({ providerId: 'aanbieder-e2e', name: 'Aanbieder E2E' })
      .expect(201);
    apiKey = provider.body.apiKey as string;
    // Every school gives the provider the order, including those that will not deliver in time.
    for (const { code } of vestigingen)
      await request(intake.http)
        .put(`/consents/${SCHOOLJAAR}/${code}/aanbieder-e2e`)
        .set('Authorization', `Bearer ${apiKey}`) // the provider records the school's consent
        .expect(201);
    const res = await request(intake.http)
      .post('/provider/submissions/bulk')
      .set('Authorization', `Bearer ${apiKey}`)
      .send(delivering.map((code) => delivery(code)))
      .expect(200);
    expect(res.body).toMatchObject({ accepted: delivering.length, rejected: 0 });
  });

  it('1 July: the sweep finds the four, casework opens their cases, notifications sends the letters', async () => {
    clock.set('2026-07-01T06:00:00Z');
    const sweep = await request(intake.http)
      .post(`/sweeps/${SCHOOLJAAR}`)
      .set(await bearer('coordinator'))
      .expect(200);
    expect(sweep.body).toMatchObject({ markedMissing: MISSING });

    const cases = await waitFor(
      async () => {
        const found = await casesOfType();
        return found.length === MISSING ? found : undefined;
      },
      { description: `${MISSING} cases opened`, timeoutMs: 60_000 },
    );
    expect(cases.map((c) => c.subject.vestigingCode).sort()).toEqual([...missing].sort());
    for (const c of cases) caseOf.set(c.subject.vestigingCode, c._id);

    for (const code of missing) {
      const board = boardOf.get(code)!;
      const letter = await sentLetter(caseOf.get(code)!, 'herstelopdracht-monitoring');
      expect(letter.mail).toMatchObject({
        to: boardMail(board),
        cc: [directieMail(code)],
      });
      firstKenmerk.set(code, letter.kenmerk);
      const mail = await mailWith(boardMail(board), letter.kenmerk);
      expect(mail.cc).toEqual([directieMail(code)]);
      expect(mail.subject).toContain(`(${code})`);
      expect(mail.text).toContain(`Ons kenmerk: ${letter.kenmerk}`);
      expect(mail.text).toContain('1 november 2026');
      expect(mail.text).not.toMatch(PLACEHOLDER);
      const pdf = await pdfOf(mail);
      expect(pdf).toContain(`Ons kenmerk: ${letter.kenmerk}`);
      expect(pdf).toContain(code);
      expect(pdf).not.toMatch(PLACEHOLDER);
    }
    expect(new Set(firstKenmerk.values()).size).toBe(MISSING);
    // The schools that delivered got nothing.
    for (const code of delivering) expect(await mailsTo(directieMail(code))).toEqual([]);
  });

  it('September: a late delivery fulfils the order; the voldaan letter quotes the first kenmerk; the case closes', async () => {
    clock.set('2026-09-15T09:00:00Z');
    const res = await request(intake.http)
      .post('/provider/submissions')
      .set('Authorization', `Bearer ${apiKey}`)
      .send(delivery(lateOne!))
      .expect(201);
    expect(res.body).toMatchObject({ status: 'accepted', late: true });

    const caseId = caseOf.get(lateOne!)!;
    const letter = await sentLetter(caseId, 'herstelopdracht-voldaan');
    const mail = await mailWith(boardMail(boardOf.get(lateOne!)!), letter.kenmerk);
    expect(mail.text).toContain(firstKenmerk.get(lateOne!)!);
    expect(mail.text).not.toMatch(PLACEHOLDER);
    expect(await pdfOf(mail)).toContain(firstKenmerk.get(lateOne!)!);

    const closed = await waitFor(
      async () => (await casesOfType()).find((c) => c._id === caseId && c.status === 'afgesloten'),
      { description: 'the fulfilled case closed' },
    );
    expect(closed.result).toBe('voldaan');
    const outcome = await waitFor(
      () =>
        caseEvents.messages
          .map((m) => m.json<Envelope>())
          .find((e) => e.type.includes('outcome') && e.data['caseId'] === caseId),
      { description: 'the outcome event for publication' },
    );
    expect(outcome.data).toMatchObject({ outcome: 'voldaan', schooljaar: SCHOOLJAAR });
  });

  it('2 November: the deadline checks escalate the three that never delivered, with the niet-voldaan letter', async () => {
    clock.set('2026-11-02T07:00:00Z');
    await request(casework.http)
      .post('/deadline-checks')
      .set(await bearer('coordinator'))
      .expect(201);
    const escalated = await waitFor(
      async () => {
        const found = (await casesOfType()).filter((c) => c.status === 'geescaleerd');
        return found.length === neverDelivered.length ? found : undefined;
      },
      { description: 'three cases escalated' },
    );
    expect(escalated.map((c) => c.subject.vestigingCode).sort()).toEqual(
      [...neverDelivered].sort(),
    );
    for (const c of escalated) expect(c.queue).toBe('coordinators');
    for (const code of neverDelivered) {
      const letter = await sentLetter(caseOf.get(code)!, 'herstelopdracht-niet-voldaan');
      const mail = await mailWith(boardMail(boardOf.get(code)!), letter.kenmerk);
      expect(mail.text).not.toMatch(PLACEHOLDER);
    }
    expect(
      caseEvents.messages.filter((m) => m.json<Envelope>().type.includes('escalated')),
    ).toHaveLength(neverDelivered.length);
  });

  it('replaying every topic from the start, with the consumers’ memory wiped, opens no second case and sends no second letter', async () => {
    const before = {
      cases: (await casesOfType()).length,
      commands: commands.messages.length,
      letters: await db('notifications').collection('letters').countDocuments(),
      mails: (await Promise.all(lists.boards.map((b) => mailsTo(boardMail(b.nummer))))).flat()
        .length,
    };
    expect(before).toMatchObject({ cases: MISSING, letters: 2 * MISSING });

    for (const service of [notifications, casework, intake])
      await service.close({ keepDatabase: true });
    const groups = await rewindConsumerGroups(kafka, scope);
    expect(groups.length).toBeGreaterThanOrEqual(3);
    // Without the record of handled event ids, only the domain's own keys
    // (one case per vestiging and schooljaar, one letter per request id) stand
    // between a replay and a second letter.
    for (const service of ['monitoring-intake', 'casework', 'notifications'])
      await db(service).collection('processed_events').deleteMany({});
    [intake, casework, notifications] = await Promise.all([
      startIntake(),
      startCasework(),
      startNotifications(),
    ]);
    await waitForCaughtUp(kafka, groups);
    // The replay really happened: each service handled the history again
    // (8 letter commands; 22 + 1 received and 4 missing submissions).
    expect(
      await db('notifications').collection('processed_events').countDocuments(),
    ).toBeGreaterThanOrEqual(2 * MISSING);
    expect(
      await db('casework').collection('processed_events').countDocuments(),
    ).toBeGreaterThanOrEqual(vestigingen.length + 1);
    // Let the relays publish anything a replayed event might have queued.
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    expect((await casesOfType()).length).toBe(before.cases);
    expect(commands.messages.length).toBe(before.commands);
    expect(await db('notifications').collection('letters').countDocuments()).toBe(before.letters);
    const mails = (await Promise.all(lists.boards.map((b) => mailsTo(boardMail(b.nummer))))).flat();
    expect(mails).toHaveLength(before.mails);
  });
});
