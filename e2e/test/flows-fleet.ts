/*
 * The fleet the casework flows' end-to-end test runs on: registry, casework
 * and notifications from their production bundles on one scenario clock, the
 * gateway in front of them, verifying tokens of the real local Keycloak. Every
 * call of the test goes through the gateway with the token of the role that
 * does that work; letters are read back from the mail catcher.
 */
import { randomBytes } from 'node:crypto';
import { Topics } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type TestIdentity,
  type TestScope,
  bearer,
  collectTopic,
  pdfText,
  serviceEnv,
  startBundledService,
  testKafka,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import { MongoClient } from 'mongodb';
import request from 'supertest';
import { type CaughtMail, mailsTo } from '../../services/notifications/test/fixtures';
import {
  type GeneratedLists,
  renderBoardsList,
  renderVestigingenList,
} from '../../services/registry/src/duo/generate';
import { startGateway, urlOf } from './gateway';
import { databaseOf } from './support';

type Collected = Awaited<ReturnType<typeof collectTopic>>;
export type Envelope = { type: string; subject: string; data: Record<string, unknown> };

export interface LetterView {
  kenmerk: string;
  caseId: string;
  template: string;
  state: string;
  mail: { status: string; to: string | null; cc: string[] };
}

/** A placeholder the template left unfilled. */
export const PLACEHOLDER = /@[A-Za-z0-9_|]+@/;

export interface Fleet {
  clock: FixedClock;
  kafka: Kafka;
  mongo: MongoClient;
  caseEvents: Collected;
  commands: Collected;
  /** A request through the gateway as `who` (its real token), JSON in and out. */
  call(
    who: TestIdentity,
    method: 'get' | 'post' | 'put',
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<request.Response>;
  /** The raw documents of a service's database, every collection, as a dump would show them. */
  dump(service: string): Promise<string>;
  /** The letters of a case, as notifications lists them. */
  lettersOf(caseId: string): Promise<LetterView[]>;
  /** Waits for a case's letter of `template` to be mailed; its mail from the catcher and the PDF's text. */
  mailed(
    caseId: string,
    template: string,
  ): Promise<{ letter: LetterView; mail: CaughtMail; pdf: string }>;
  close(): Promise<void>;
}

export async function startFlowsFleet(
  scope: TestScope,
  lists: GeneratedLists,
  contacts: { board: (nummer: string) => string; directie: (code: string) => string },
  startAt: string,
  /** risk-analysis too, behind the gateway's /risk (its RiskFlagged opens handmatige analyses). */
  options: { riskAnalysis?: boolean } = {},
): Promise<Fleet> {
  const clock = new FixedClock(startAt);
  const env = (service: string, extra: Record<string, string> = {}) =>
    serviceEnv(scope, { MONGODB_DATABASE: databaseOf(scope, service), ...extra });
  const kafka = testKafka(scope);
  const mongo = await MongoClient.connect(scope.mongodbUri);
  // The registry first: it provisions the topics the others subscribe to.
  const registry = await startBundledService('registry', env('registry'), { cron: false, clock });
  const [casework, notifications] = await Promise.all([
    startBundledService(
      'casework',
      // Vertrouwensdossiers are sealed with a key (ADR 0011).
      env('casework', {
        VERTROUWENS_KEYS: `e2e:${randomBytes(32).toString('base64')}`,
        VERTROUWENS_ACTIVE_KEY: 'e2e',
      }),
      { cron: false, clock },
    ),
    startBundledService(
      'notifications',
      env('notifications', {
        SMTP_HOST: process.env['SMTP_HOST'] ?? '127.0.0.1',
        SMTP_PORT: process.env['SMTP_PORT'] ?? '11025',
        DELIVERY_POLL_MS: '100',
      }),
      { cron: false, clock },
    ),
  ]);
  const risk = options.riskAnalysis
    ? await startBundledService('risk-analysis', env('risk-analysis'), { cron: false, clock })
    : null;
  const gateway = await startGateway(scope, 'gateway', {
    REGISTRY_URL: urlOf(registry),
    CASEWORK_URL: urlOf(casework),
    NOTIFICATIONS_URL: urlOf(notifications),
    MONITORING_INTAKE_URL: 'http://127.0.0.1:9', // not started here
    RISK_ANALYSIS_URL: risk ? urlOf(risk) : 'http://127.0.0.1:9',
    PUBLICATION_URL: 'http://127.0.0.1:9',
  });
  const [caseEvents, commands] = await Promise.all([
    collectTopic(kafka, `${scope.topicPrefix}${Topics.caseworkCases}`),
    collectTopic(kafka, `${scope.topicPrefix}${Topics.notificationsCommands}`),
  ]);

  const call: Fleet['call'] = async (who, method, path, body, headers = {}) => {
    const req = request(gateway.http)
      [method](`/api/v1${path}`)
      .set(await bearer(who));
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return body === undefined ? req : req.send(body as object);
  };
  const lettersOf = async (caseId: string) => {
    const res = await call('coordinator', 'get', `/letters?caseId=${caseId}`);
    if (res.status !== 200) throw new Error(`GET /letters answered ${res.status}: ${res.text}`);
    return res.body.letters as LetterView[];
  };
  const fleet: Fleet = {
    clock,
    kafka,
    mongo,
    caseEvents,
    commands,
    call,
    lettersOf,
    async dump(service) {
      const db = mongo.db(databaseOf(scope, service));
      const all: unknown[] = [];
      for (const { name } of await db.listCollections().toArray())
        all.push(name, await db.collection(name).find({}).toArray());
      return JSON.stringify(all);
    },
    async mailed(caseId, template) {
      const letter = await waitFor(
        async () =>
          (await lettersOf(caseId)).find((l) => l.template === template && l.state === 'sent'),
        { description: `the ${template} letter of case ${caseId} sent`, timeoutMs: 60_000 },
      );
      const mail = await waitFor(
        async () =>
          (await mailsTo(letter.mail.to!)).find((m) =>
            m.subject.includes(`kenmerk ${letter.kenmerk}`),
          ),
        { description: `the mail to ${letter.mail.to} with kenmerk ${letter.kenmerk}` },
      );
      const pdf = (await pdfText(Buffer.from(mail.attachments[0]!.content, 'base64'))).text.replace(
        /\s+/g,
        ' ',
      );
      return { letter, mail, pdf };
    },
    async close() {
      await caseEvents.stop();
      await commands.stop();
      // Each close also drops that service's database.
      for (const service of [gateway, risk, notifications, casework, registry])
        await service?.close();
      await mongo.close();
    },
  };

  // The schools, as a beheerder imports them through the gateway; DUO publishes no e-mail
  // addresses, so the registry keeps those the letters go to.
  for (const [name, bytes] of [
    ['bevoegde-gezagen.csv', renderBoardsList(lists.boards)],
    ['vestigingen.csv', renderVestigingenList(lists.vestigingen)],
  ] as const) {
    const accepted = await request(gateway.http)
      .post(`/api/v1/imports?fileName=${name}`)
      .set(await bearer('beheerder'))
      .set('Content-Type', 'text/csv')
      .send(bytes);
    if (accepted.status !== 202)
      throw new Error(`importing ${name} answered ${accepted.status}: ${accepted.text}`);
    // Applied in the background: followed until done.
    const res = await waitFor(
      async () => {
        const poll = await request(gateway.http)
          .get(`/api/v1/imports/${accepted.body._id}`)
          .set(await bearer('beheerder'));
        return ['queued', 'running'].includes(poll.body.status) ? null : poll;
      },
      { description: `the import of ${name} finished`, timeoutMs: 120_000 },
    );
    if (res.body.status !== 'completed' || res.body.errorCount !== 0)
      throw new Error(`importing ${name} ended ${res.body.status}: ${res.text}`);
  }
  for (const board of lists.boards)
    await call('beheerder', 'put', `/boards/${board.nummer}/contact`, {
      contactEmail: contacts.board(board.nummer),
    }).then((r) => expectStatus(r, 200, `contact of board ${board.nummer}`));
  const codes = lists.vestigingen.map((v) => `${v.brin}${v.vestigingsnummer}`);
  for (const code of codes)
    await call('beheerder', 'put', `/vestigingen/${code}/contact`, {
      directieEmail: contacts.directie(code),
    }).then((r) => expectStatus(r, 200, `contact of vestiging ${code}`));
  const count = (service: string, collection: string, filter = {}) =>
    mongo.db(databaseOf(scope, service)).collection(collection).countDocuments(filter);
  await waitFor(
    async () =>
      (await count('casework', 'registry_vestigingen')) === codes.length &&
      (await count('casework', 'registry_boards')) === lists.boards.length &&
      (await count('notifications', 'recipients_boards', { contactEmail: { $ne: null } })) ===
        lists.boards.length &&
      (await count('notifications', 'recipients_vestigingen', {
        directieEmail: { $ne: null },
      })) === codes.length &&
      (!risk || (await count('risk-analysis', 'rm_vestigingen')) === codes.length),
    {
      description: "casework's, notifications' (and risk-analysis's) read models of the registry",
      timeoutMs: 60_000,
    },
  );
  return fleet;
}

function expectStatus(res: request.Response, status: number, what: string): void {
  if (res.status !== status) throw new Error(`${what}: answered ${res.status}: ${res.text}`);
}

/** The events of one type on a collected topic, as envelopes. */
export const eventsOf = (collected: Collected, type: string): Envelope[] =>
  collected.messages.map((m) => m.json<Envelope>()).filter((e) => e.type === type);
