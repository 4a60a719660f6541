/*
 * The national sweep-to-letters run: ~8,000 vestigingen owe their monitoring
 * results, 10% never deliver. Measured from the deadline sweep's request to
 * the last herstelopdracht letter mailed: monitoring-intake sweeps and emits
 * 800 SubmissionMissing; casework opens 800 cases (concept report,
 * herstelopdracht, outbox) and asks for 800 letters; notifications issues
 * them (kenmerk, template), renders the PDFs and mails them to the board with
 * the afschrift to the directie, over SMTP to the stack's mail catcher.
 *
 * Raw baseline in the same run: the same work without the services: 800
 * obligation documents, 800 case documents and 800 letter documents
 * insertMany'd, the same 800 + 800 + 800 events produced with kafkajs, and
 * the same 800 letters rendered (the same PDF code) and mailed with
 * nodemailer at the same concurrency.
 *
 * Set-up, not measured: monitoring-intake's read model and the consents are
 * written directly (as in its own benchmark), the 7,200 deliveries go
 * through its bulk API, and the registry events that casework and
 * notifications need are produced to the registry topics.
 *
 * SWEEP_BENCH_SCALES (or BENCH_SCALES) "1,2,4": also at 2× and 4× national
 * size (16,000 and 32,000 vestigingen, 1,600 and 3,200 letters), each with
 * its own services, databases, topics and raw baseline.
 */
import { randomUUID } from 'node:crypto';
import {
  BoardRegistered,
  LetterIssued,
  LetterSent,
  SendLetter,
  SubmissionMissing,
  Topics,
  VestigingRegistered,
  createEvent,
  toKafkaRecord,
  topicSpec,
} from '@inspectorate/contracts';
import { WRITE_CHUNK, provisionTopics, topicNaming } from '@inspectorate/messaging';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type Benchmark,
  type BenchContext,
  type Measurement,
  bearer,
  scaleSuffix,
  atScales,
  measure,
  oidcServiceEnv,
  produceAll,
} from '@inspectorate/test-stack';
import { boardSnapshot, loadBundle, vestigingSnapshot } from '@inspectorate/testing';
import type { INestApplication } from '@nestjs/common';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { type Db, MongoClient } from 'mongodb';
import nodemailer from 'nodemailer';
import { delivery, vestigingCodes } from '../../services/monitoring-intake/test/fixtures';
import type { Config as NotificationsConfig } from '../../services/notifications/src/config';
import { letterPlainText } from '../../services/notifications/src/letters/domain/letter';
import {
  attachmentFileName,
  attachmentPdf,
  letterFileName,
  letterPdf,
} from '../../services/notifications/src/letters/domain/pdf';
import type { LetterDoc } from '../../services/notifications/src/letters/persistence/letters.store';

const NATIONAL = Number(process.env['E2E_BENCH_VESTIGINGEN'] ?? 8_000);
/**
 * Deliveries per bulk request of the set-up (the API takes up to 10,000): small
 * enough to be answered within Node's 5-minute request timeout on a loaded machine.
 */
const BULK = 1_000;
const PROVIDER = 'bench-aanbieder';
const BOARD = '41234';
const SCHOOLJAAR = '2025-2026';
const TIMEOUT_MS = 900_000;

/** Counts the messages of the given CloudEvent types on a topic as they arrive. */
async function countTypes(
  kafka: Kafka,
  topic: string,
  accept: (event: { type: string; data: Record<string, unknown> }) => boolean,
): Promise<{ count(): number; stop(): Promise<void> }> {
  let n = 0;
  const consumer: Consumer = kafka.consumer({ groupId: `bench-count-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value?.toString() ?? '{}') as {
        type: string;
        data: Record<string, unknown>;
      };
      if (accept(event)) n += 1;
    },
  });
  return { count: () => n, stop: () => consumer.disconnect() };
}

async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = TIMEOUT_MS,
): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return performance.now() - started;
}

/** Whether a consumer group has committed every message of a topic. */
async function caughtUp(kafka: Kafka, groupId: string, topic: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return ends.every((end) => {
      const at = committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
      // -1: nothing committed, which is caught up only on an empty partition.
      return Number(at) >= Number(end.high) || (at === '-1' && end.high === end.low);
    });
  } finally {
    await admin.disconnect();
  }
}

async function insertChunked(db: Db, collection: string, docs: object[]): Promise<void> {
  // In chunks, as every bulk write here (ADR 0001).
  for (let i = 0; i < docs.length; i += WRITE_CHUNK)
    await db
      .collection(collection)
      .insertMany(docs.slice(i, i + WRITE_CHUNK) as never[], { ordered: false });
}

export const benchmark: Benchmark = {
  name: `national sweep to letters: ${NATIONAL} vestigingen, ${Math.round(NATIONAL / 10)} missing → cases → letters mailed (per national size)`,
  async run(ctx): Promise<Measurement[]> {
    return atScales('SWEEP', (factor) => runAt(ctx, factor));
  },
};

async function runAt(ctx: BenchContext, factor: number): Promise<Measurement[]> {
  const VESTIGINGEN = NATIONAL * factor;
  const MISSING = Math.round(VESTIGINGEN / 10);
  const kafka = new Kafka({
    brokers: ctx.kafkaBrokers,
    clientId: ctx.runId,
    logLevel: logLevel.NOTHING,
  });
  const prefix = `${ctx.runId}.x${factor}.`;
  const naming = topicNaming(prefix);
  const dbName = (service: string) => `${ctx.runId}_${service}${factor}`;
  const env = (service: string, extra: Record<string, string> = {}) => ({
    KAFKA_BROKERS: ctx.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    MONGODB_URI: ctx.mongodbUri,
    MONGODB_DATABASE: dbName(service),
    LOG_LEVEL: 'error',
    ...oidcServiceEnv(), // the services verify tokens of the run's Keycloak
    ...extra,
  });
  const smtp = {
    SMTP_HOST: process.env['SMTP_HOST'] ?? '127.0.0.1',
    SMTP_PORT: process.env['SMTP_PORT'] ?? '11025',
  };
  const boardMail = `bestuur-${ctx.runId}@example.org`;
  const directieMail = `directie-${ctx.runId}@example.org`;
  const clock = new FixedClock('2026-06-15T10:00:00Z');
  const client = await MongoClient.connect(ctx.mongodbUri);
  const apps: INestApplication[] = [];
  // The services' production bundles (dist/services/, built by `npm run bench`), on this clock.
  const start = async (service: string, serviceEnv: Record<string, string>) => {
    const bundle = loadBundle(service);
    const config = bundle.loadConfig.load(serviceEnv);
    const app = await bundle.startService(
      bundle.AppModule.forRoot(config as never, { cron: false, clock }),
      config,
      { port: 0, logger: false },
    );
    apps.push(app);
    return { app, config };
  };
  // The topics the services consume must exist before their consumers start.
  const admin = kafka.admin();
  await admin.connect();
  await provisionTopics(admin, naming, [
    topicSpec(Topics.registryBoards),
    topicSpec(Topics.registrySchools),
    topicSpec(Topics.registryVestigingen),
    { topic: 'raw.events', partitions: 3 },
  ]);
  await admin.disconnect();
  let sent: Awaited<ReturnType<typeof countTypes>> | undefined;
  let commands: Awaited<ReturnType<typeof countTypes>> | undefined;
  try {
    const { app: intake } = await start('monitoring-intake', env('monitoring'));
    await start('casework', env('casework'));
    const { config: nt } = await start(
      'notifications',
      env('notifications', { ...smtp, DELIVERY_POLL_MS: '200' }),
    );
    const base = (await intake.getUrl()).replace('[::1]', '127.0.0.1');
    // After the services: they provision the topics.
    sent = await countTypes(
      kafka,
      naming.physical(Topics.notificationsLetters),
      (e) => e.type === LetterSent.type && e.data['channel'] === 'mail',
    );
    commands = await countTypes(kafka, naming.physical(Topics.notificationsCommands), () => true);

    const codes = vestigingCodes(VESTIGINGEN);
    const missing = codes.filter((_, i) => i % 10 === 0);
    const delivering = codes.filter((_, i) => i % 10 !== 0);
    const miDb = client.db(dbName('monitoring'));
    ctx.log(`set-up: monitoring-intake read model and consents for ${VESTIGINGEN} vestigingen`);
    await miDb.collection('vestigingen').insertMany(
      codes.map((code, i) => ({
        _id: code as never,
        brin: code.slice(0, 4),
        bevoegdGezagNummer: BOARD,
        sector: 'po',
        name: `School ${i}`,
        status: 'open',
        closedOn: null,
        revision: 1,
        registeredOn: '2020-03-01',
      })),
      { ordered: false },
    );
    await miDb.collection('consents').insertMany(
      codes.map((code) => ({
        _id: `${SCHOOLJAAR}:${code}:${PROVIDER}` as never,
        schooljaar: SCHOOLJAAR,
        vestigingCode: code,
        brin: code.slice(0, 4),
        providerId: PROVIDER,
        status: 'granted',
        changedAt: new Date(),
        history: [],
      })),
      { ordered: false },
    );
    const provider = await fetch(`${base}/providers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer('beheerder')) },
      body: JSON.stringify({ providerId: PROVIDER, name: 'Bench aanbieder' }),
    });
    const { apiKey } = (await provider.json()) as { apiKey: string };
    ctx.log(`set-up: ${delivering.length} deliveries through the bulk API`);
    const delivered = { accepted: 0 };
    for (let i = 0; i < delivering.length; i += BULK) {
      const bulk = await fetch(`${base}/provider/submissions/bulk`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify(delivering.slice(i, i + BULK).map((code) => delivery(code))),
      });
      delivered.accepted += ((await bulk.json()) as { accepted: number }).accepted;
    }
    if (delivered.accepted !== delivering.length)
      throw new Error(`set-up: only ${delivered.accepted} of ${delivering.length} accepted`);

    ctx.log(`set-up: the registry events casework and notifications learn the ${MISSING} from`);
    const registryEvent = { source: '/inspectorate/registry', correlationId: ctx.runId };
    await produceAll(kafka, naming.physical(Topics.registryBoards), [
      toKafkaRecord(
        createEvent(BoardRegistered, {
          ...registryEvent,
          subject: BOARD,
          data: { revision: 1, board: boardSnapshot({ contactEmail: boardMail }) },
        }),
      ),
    ]);
    await produceAll(
      kafka,
      naming.physical(Topics.registryVestigingen),
      missing.map((code, i) =>
        toKafkaRecord(
          createEvent(VestigingRegistered, {
            ...registryEvent,
            subject: code,
            time: '2020-03-01T09:00:00.000Z',
            data: {
              revision: 1,
              vestiging: vestigingSnapshot({
                vestigingCode: code,
                name: `School ${i}`,
                directieEmail: directieMail,
              }),
            },
          }),
        ),
      ),
    );
    const cwDb = client.db(dbName('casework'));
    const ntDb = client.db(dbName('notifications'));
    await until(
      'the read models of casework and notifications',
      async () =>
        (await cwDb.collection('registry_vestigingen').countDocuments()) === MISSING &&
        (await ntDb.collection('recipients_vestigingen').countDocuments()) === MISSING,
    );

    // Casework has seen the 7,200 SubmissionReceived of the deliveries (weeks
    // before the deadline, in real life) before the sweep starts.
    await until('casework to consume the deliveries', () =>
      caughtUp(kafka, naming.group('casework'), naming.physical(Topics.monitoringSubmissions)),
    );

    clock.set('2026-07-01T06:00:00Z');
    // The sweep is a coordinator's: a real token, fetched after the set-up and
    // before anything is measured. Fetched before the set-up, it outlived its 5
    // minutes on a loaded machine (a set-up of 15 minutes at load 35), and the
    // sweep answered without a report.
    const coordinator = await bearer('coordinator');
    ctx.log('measuring: sweep → cases → letters mailed');
    const service = await measure(
      `services: sweep → letters mailed${scaleSuffix(factor)}`,
      'letters',
      async () => {
        const started = performance.now();
        const res = await fetch(`${base}/sweeps/${SCHOOLJAAR}`, {
          method: 'POST',
          headers: coordinator,
        });
        const report = (await res.json()) as { markedMissing: number };
        if (report.markedMissing !== MISSING)
          throw new Error(
            `the sweep marked ${report.markedMissing}, expected ${MISSING} (HTTP ${res.status}: ${JSON.stringify(report).slice(0, 300)})`,
          );
        const sweepMs = performance.now() - started;
        await until(`${MISSING} letter commands`, () => commands!.count() >= MISSING);
        const commandsMs = performance.now() - started;
        await until(`${MISSING} letters mailed`, () => sent!.count() >= MISSING);
        return {
          items: sent!.count(),
          extra: {
            sweepS: (sweepMs / 1000).toFixed(1),
            lastCommandS: (commandsMs / 1000).toFixed(1),
            lastMailS: ((performance.now() - started) / 1000).toFixed(1),
          },
        };
      },
    );

    // The raw baseline renders and mails the very letters the service issued.
    const letters = await ntDb
      .collection<LetterDoc>('letters')
      .find({}, { projection: { outbox: 0 }, batchSize: MISSING + 1 })
      .toArray();
    const rawDb = client.db(dbName('raw'));
    const rawTopic = `${prefix}raw.events`;
    const transport = nodemailer.createTransport({
      host: smtp.SMTP_HOST,
      port: Number(smtp.SMTP_PORT),
      pool: true,
      maxConnections: (nt as NotificationsConfig).DELIVERY_CONCURRENCY,
    });
    const event = { correlationId: ctx.runId };
    const raw = await measure(
      `raw: driver, kafkajs, PDF, SMTP${scaleSuffix(factor)}`,
      'letters',
      async () => {
        await insertChunked(
          rawDb,
          'obligations',
          missing.map((c) => ({ _id: `${SCHOOLJAAR}:${c}`, state: 'missing' })),
        );
        await produceAll(
          kafka,
          rawTopic,
          missing.map((c) =>
            toKafkaRecord(
              createEvent(SubmissionMissing, {
                ...event,
                source: '/inspectorate/monitoring-intake',
                subject: c,
                data: {
                  vestigingCode: c,
                  brin: c.slice(0, 4),
                  bevoegdGezagNummer: BOARD,
                  sector: 'po',
                  schooljaar: SCHOOLJAAR,
                  deadline: '2026-07-01',
                },
              }),
            ),
          ),
        );
        const cases = missing.map((c) => ({
          _id: randomUUID(),
          vestigingCode: c,
          status: 'hoor-en-wederhoor',
          createdAt: new Date(),
        }));
        await insertChunked(rawDb, 'cases', cases);
        await produceAll(
          kafka,
          rawTopic,
          letters.map((l) =>
            toKafkaRecord(
              createEvent(SendLetter, {
                ...event,
                source: '/inspectorate/casework',
                subject: l.caseId,
                data: {
                  requestId: l.requestId,
                  template: l.template,
                  caseId: l.caseId,
                  bevoegdGezagNummer: BOARD,
                  brin: l.brin,
                  vestigingCode: l.vestigingCode,
                  placeholders: { schooljaar: SCHOOLJAAR },
                  afschriftAanDirectie: true,
                },
              }),
            ),
          ),
        );
        await insertChunked(
          rawDb,
          'letters',
          letters.map((l) => ({ ...l, _id: `raw:${l._id}` })),
        );
        // Render and mail at the service's concurrency.
        let next = 0;
        const worker = async () => {
          while (next < letters.length) {
            const l = letters[next++]!;
            const pdfs = [
              { filename: letterFileName(l.kenmerk), content: await letterPdf(l.text) },
              ...(await Promise.all(
                l.attachments.map(async (a, n) => ({
                  filename: attachmentFileName(l.kenmerk, n),
                  content: await attachmentPdf(a, l.kenmerk),
                })),
              )),
            ];
            await transport.sendMail({
              from: 'raw@example.org',
              to: `raw-${boardMail}`,
              cc: [`raw-${directieMail}`],
              subject: `${l.text.subject} (kenmerk ${l.kenmerk})`,
              text: letterPlainText(l.text),
              attachments: pdfs.map((p) => ({ ...p, contentType: 'application/pdf' })),
            });
          }
        };
        await Promise.all(
          Array.from({ length: (nt as NotificationsConfig).DELIVERY_CONCURRENCY }, worker),
        );
        await produceAll(
          kafka,
          rawTopic,
          letters.flatMap((l) => [
            toKafkaRecord(
              createEvent(LetterIssued, {
                ...event,
                source: '/inspectorate/notifications',
                subject: l.kenmerk,
                data: issuedData(l),
              }),
            ),
            toKafkaRecord(
              createEvent(LetterSent, {
                ...event,
                source: '/inspectorate/notifications',
                subject: l.kenmerk,
                data: {
                  ...letterData(l),
                  channel: 'mail',
                  recipients: 2,
                  sentAt: new Date().toISOString(),
                },
              }),
            ),
          ]),
        );
        return { items: letters.length };
      },
    );
    transport.close();
    await rawDb.dropDatabase();
    return [
      { ...raw, scale: factor },
      { ...service, scale: factor },
    ];
  } finally {
    await sent?.stop();
    await commands?.stop();
    for (const app of apps.reverse()) await app.close();
    for (const service of ['monitoring', 'casework', 'notifications'])
      await client.db(dbName(service)).dropDatabase();
    await client.close();
  }
}

/** The fields every letter event carries, from the stored letter. */
function letterData(l: LetterDoc) {
  return {
    kenmerk: l.kenmerk,
    requestId: l.requestId,
    caseId: l.caseId,
    template: l.template,
    templateVersion: l.templateVersion,
  };
}

function issuedData(l: LetterDoc) {
  return {
    ...letterData(l),
    bevoegdGezagNummer: l.bevoegdGezagNummer,
    issuedAt: new Date(l.issuedAt).toISOString(),
  };
}
