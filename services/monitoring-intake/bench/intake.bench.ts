/*
 * A national year of monitoring results: ~8,000 vestigingen (generated codes
 * in the real 12AB00 format: ../shared/data/ has no DUO files), one bulk
 * delivery of 7,200 of them over HTTP (validated, consent-checked, stored
 * with their events, SubmissionReceived on the topic), then the deadline
 * sweep that reports the 800 (10%) missing ones.
 *
 * Raw baseline in the same run: the same 7,200 submission documents
 * insertMany'd and the same 7,200 events produced with kafkajs directly; and
 * for the sweep the same 800 obligation documents and events.
 *
 * MI_BENCH_SCALES (or BENCH_SCALES) "1,2,4": also at 2× and 4× national size
 * (16,000 and 32,000 vestigingen), each against its own raw baselines. The
 * delivery goes in bulk requests of at most 7,200 (the national one; the API
 * takes up to 10,000 per request), so 1× is the one request it always was.
 */
import { randomUUID } from 'node:crypto';
import {
  SubmissionMissing,
  SubmissionReceived,
  Topics,
  createEvent,
  toKafkaRecord,
  topicSpec,
} from '@inspectorate/contracts';
import { apartCollectionOf, provisionTopics, topicNaming } from '@inspectorate/messaging';
import { FixedClock } from '@inspectorate/scheduling';
import { Kafka, logLevel } from 'kafkajs';
import { type Db, MongoClient } from 'mongodb';
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
import { loadBundle } from '@inspectorate/testing';
import { headlineOf, type SubmissionInput } from '../src/domain/submission';
import { delivery, vestigingCodes } from '../test/fixtures';

// MI_BENCH_VESTIGINGEN scales it down, e.g. to find where the local FerretDB gives up.
const NATIONAL = Number(process.env['MI_BENCH_VESTIGINGEN'] ?? 8_000);
/** Submissions per bulk request: the national delivery in one. */
const BULK = (NATIONAL * 9) / 10;
const PROVIDER = 'bench-aanbieder';

/** Messages on a topic (high - low watermarks), polled until `expected` or the timeout. */
async function countOn(
  kafka: Kafka,
  topic: string,
  expected: number,
  timeoutMs = 600_000,
): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const offsets = await admin.fetchTopicOffsets(topic);
      const total = offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
      if (total >= expected || Date.now() > deadline) return total;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * Until no document of `collection` has an unrelayed outbox and no entry of
 * an insert waits apart (outbox_<collection>, ADR 0002): one indexed lookup of
 * the flag and one of any entry per poll (not the backlog count, which on the
 * local FerretDB decodes every flagged document).
 */
async function waitForNoPendingOutbox(db: Db, collection: string, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  const pending = async () =>
    (await db
      .collection(collection)
      .findOne({ outboxPending: true }, { projection: { _id: 1 } })) ||
    (await db.collection(apartCollectionOf(collection)).findOne({}, { projection: { _id: 1 } }));
  while (await pending()) {
    if (Date.now() > deadline)
      throw new Error(`the outbox of ${collection} was not drained within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const benchmark: Benchmark = {
  name: `monitoring-intake: bulk intake of ${BULK} submissions of ${NATIONAL} vestigingen, sweep finds ${NATIONAL / 10} missing (per national size)`,
  async run(ctx): Promise<Measurement[]> {
    return atScales('MI', (factor) => runAt(ctx, factor));
  },
};

async function runAt(ctx: BenchContext, factor: number): Promise<Measurement[]> {
  const VESTIGINGEN = NATIONAL * factor;
  const MISSING = VESTIGINGEN / 10;
  const kafka = new Kafka({
    brokers: ctx.kafkaBrokers,
    clientId: ctx.runId,
    logLevel: logLevel.NOTHING,
  });
  const prefix = `${ctx.runId}.x${factor}.`;
  const database = `${ctx.runId}_monitoring${factor}`;
  const clock = new FixedClock('2026-06-15T10:00:00Z');
  // The production bundle (dist/services/monitoring-intake, built by `npm run bench`).
  const bundle = loadBundle('monitoring-intake');
  const config = bundle.loadConfig.load({
    KAFKA_BROKERS: ctx.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    MONGODB_URI: ctx.mongodbUri,
    MONGODB_DATABASE: database,
    LOG_LEVEL: 'error',
    ...oidcServiceEnv(), // the services verify tokens of the run's Keycloak
  });
  const admin = kafka.admin();
  await admin.connect();
  await provisionTopics(admin, topicNaming(prefix), [
    { topic: 'raw.submissions', partitions: topicSpec(Topics.monitoringSubmissions).partitions },
  ]);
  await admin.disconnect();
  const app = await bundle.startService(
    bundle.AppModule.forRoot(config as never, { cron: false, clock }),
    config,
    { port: 0, logger: false },
  );
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const client = await MongoClient.connect(ctx.mongodbUri);
  const db = client.db(database);
  const codes = vestigingCodes(VESTIGINGEN);
  const delivering = codes.filter((_, i) => i % 10 !== 0);
  try {
    // Set-up, not measured: the read model is written directly (feeding it
    // through the registry topic is the consumer's work, tested elsewhere;
    // on the shared FerretDB it took longer than the whole benchmark).
    ctx.log(`writing the read model with ${VESTIGINGEN} vestigingen`);
    await db.collection('vestigingen').insertMany(
      codes.map((code, i) => ({
        _id: code as never,
        brin: code.slice(0, 4),
        bevoegdGezagNummer: '41234',
        sector: i % 5 ? 'po' : 'vo',
        name: `School ${i}`,
        status: 'open',
        closedOn: null,
        revision: 1,
        registeredOn: '2020-03-01',
      })),
      { ordered: false },
    );
    const registered = await fetch(`${base}/providers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer('beheerder')) },
      body: JSON.stringify({ providerId: PROVIDER, name: 'Bench aanbieder' }),
    });
    const { apiKey } = (await registered.json()) as { apiKey: string };
    // The sweep is a coordinator's (a real token, fetched before anything is measured).
    const coordinator = await bearer('coordinator');
    // Consents are set-up, not what is measured: written directly.
    await db.collection('consents').insertMany(
      codes.map((code) => ({
        _id: `2025-2026:${code}:${PROVIDER}` as never,
        schooljaar: '2025-2026',
        vestigingCode: code,
        brin: code.slice(0, 4),
        providerId: PROVIDER,
        status: 'granted',
        changedAt: new Date(),
        history: [],
      })),
      { ordered: false },
    );
    const items = delivering.map((code) => delivery(code));
    const topic = `${prefix}${Topics.monitoringSubmissions}`;

    ctx.log(`bulk delivery of ${items.length} submissions`);
    let accepted = 0;
    const intake = await measure(
      `monitoring-intake bulk (HTTP → stored → events)${scaleSuffix(factor)}`,
      'submissions',
      async () => {
        const started = performance.now();
        const body = { accepted: 0, rejected: 0 };
        for (let i = 0; i < items.length; i += BULK) {
          const res = await fetch(`${base}/provider/submissions/bulk`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
            body: JSON.stringify(items.slice(i, i + BULK)),
          });
          const answer = (await res.json()) as { accepted: number; rejected: number };
          body.accepted += answer.accepted;
          body.rejected += answer.rejected;
        }
        accepted = body.accepted;
        const answered = performance.now() - started;
        const seen = await countOn(kafka, topic, items.length);
        return {
          items: seen,
          extra: {
            httpAnswerMs: Math.round(answered),
            accepted: body.accepted,
            rejected: body.rejected,
          },
        };
      },
    );
    if (accepted !== items.length) throw new Error(`only ${accepted} of ${items.length} accepted`);

    // Not measured: the relay clears the delivered submissions' outboxes after
    // their events are on the topic (where the intake's clock stops). The sweep
    // used to start while it still rewrote several hundred submissions, so it
    // was billed for the intake's tail, and its reads queued behind those
    // writes (the local FerretDB serialises a database's writes): that, not the
    // sweep, made it look super-linear (issue 16; docs/performance.md).
    const drained = performance.now();
    await waitForNoPendingOutbox(db, 'submissions');
    const drainedAfterMs = Math.round(performance.now() - drained);
    ctx.log(`the intake's outbox drained ${drainedAfterMs} ms after it`);
    intake.extra = { ...intake.extra, outboxDrainedAfterMs: drainedAfterMs };

    clock.set('2026-07-02T06:00:00Z');
    ctx.log('deadline sweep');
    const sweep = await measure(
      `monitoring-intake sweep (→ SubmissionMissing)${scaleSuffix(factor)}`,
      'vestigingen',
      async () => {
        const started = performance.now();
        const res = await fetch(`${base}/sweeps/2025-2026`, {
          method: 'POST',
          headers: coordinator,
        });
        const report = (await res.json()) as { markedMissing: number; examined: number };
        const answered = performance.now() - started;
        const seen = await countOn(kafka, topic, items.length + MISSING);
        return {
          items: report.examined,
          extra: {
            sweepAnswerMs: Math.round(answered),
            markedMissing: report.markedMissing,
            eventsOnTopic: seen - items.length,
          },
        };
      },
    );

    const rawDb = client.db(`${ctx.runId}_raw${factor}`);
    const rawTopic = `${prefix}raw.submissions`;
    const now = new Date();
    const raw = await measure(
      `raw baseline intake (insertMany + kafkajs)${scaleSuffix(factor)}`,
      'submissions',
      async () => {
        const docs = items.map((item) => {
          const input = item as unknown as SubmissionInput;
          return {
            _id: `2025-2026:${input.vestigingCode}`,
            submissionId: randomUUID(),
            revision: 1,
            providerId: PROVIDER,
            receivedAt: now,
            late: false,
            headline: headlineOf(input),
            revisions: [{ revision: 1, data: input }],
          };
        });
        await rawDb.collection('submissions').insertMany(docs as never[], { ordered: false });
        await produceAll(
          kafka,
          rawTopic,
          docs.map((d) => {
            const input = d.revisions[0]!.data;
            return toKafkaRecord(
              createEvent(SubmissionReceived, {
                source: '/inspectorate/monitoring-intake',
                subject: input.vestigingCode,
                correlationId: ctx.runId,
                data: {
                  submissionId: d.submissionId,
                  revision: 1,
                  vestigingCode: input.vestigingCode,
                  brin: input.vestigingCode.slice(0, 4),
                  schooljaar: '2025-2026',
                  providerId: PROVIDER,
                  instrument: input.instrument,
                  receivedAt: now.toISOString(),
                  late: false,
                  respondents: input.respondents,
                  responseRate: input.responseRate,
                  headline: d.headline,
                },
              }),
            );
          }),
        );
        return { items: docs.length };
      },
    );
    const rawSweep = await measure(
      `raw baseline sweep (insertMany + kafkajs)${scaleSuffix(factor)}`,
      'vestigingen',
      async () => {
        const missing = codes.filter((_, i) => i % 10 === 0);
        await rawDb
          .collection('obligations')
          .insertMany(
            missing.map((c) => ({ _id: `2025-2026:${c}`, state: 'missing' })) as never[],
            { ordered: false },
          );
        await produceAll(
          kafka,
          rawTopic,
          missing.map((c) =>
            toKafkaRecord(
              createEvent(SubmissionMissing, {
                source: '/inspectorate/monitoring-intake',
                subject: c,
                correlationId: ctx.runId,
                data: {
                  vestigingCode: c,
                  brin: c.slice(0, 4),
                  bevoegdGezagNummer: '41234',
                  sector: 'po',
                  schooljaar: '2025-2026',
                  deadline: '2026-07-01',
                },
              }),
            ),
          ),
        );
        return { items: VESTIGINGEN };
      },
    );
    // The raw sweep above only writes; the service must first find out who is
    // missing. This one reads what the sweep reads, with the driver (the
    // sector's vestigingen once, the submissions by _id in pages of 1,000),
    // then writes the same, so its ratio shows what the service adds.
    const rawReads = await measure(
      `raw baseline sweep with its reads (find + insertMany + kafkajs)${scaleSuffix(factor)}`,
      'vestigingen',
      async () => {
        const all = await db
          .collection<{ _id: string }>('vestigingen')
          .find({ sector: { $in: ['po', 'so', 'vso', 'vo'] } }, { sort: { _id: 1 } })
          .toArray();
        const missing: string[] = [];
        for (let i = 0; i < all.length; i += 1000) {
          const keys = all.slice(i, i + 1000).map((v) => `2025-2026:${v._id}`);
          const found = await db
            .collection<{ _id: string }>('submissions')
            .find({ _id: { $in: keys } }, { projection: { _id: 1 } })
            .toArray();
          const delivered = new Set(found.map((d) => d._id));
          missing.push(...keys.filter((k) => !delivered.has(k)));
        }
        await rawDb
          .collection('obligations_read')
          .insertMany(missing.map((k) => ({ _id: k, state: 'missing' })) as never[], {
            ordered: false,
          });
        await produceAll(
          kafka,
          rawTopic,
          missing.map((k) =>
            toKafkaRecord(
              createEvent(SubmissionMissing, {
                source: '/inspectorate/monitoring-intake',
                subject: k.split(':')[1]!,
                correlationId: ctx.runId,
                data: {
                  vestigingCode: k.split(':')[1]!,
                  brin: k.split(':')[1]!.slice(0, 4),
                  bevoegdGezagNummer: '41234',
                  sector: 'po',
                  schooljaar: '2025-2026',
                  deadline: '2026-07-01',
                },
              }),
            ),
          ),
        );
        return { items: all.length, extra: { missing: missing.length } };
      },
    );
    sweep.extra = {
      ...sweep.extra,
      vsRawSweep: `${(sweep.elapsedMs / rawSweep.elapsedMs).toFixed(2)}×`,
      vsRawWithReads: `${(sweep.elapsedMs / rawReads.elapsedMs).toFixed(2)}×`,
    };
    await rawDb.dropDatabase();
    const rawIntakeLabel = raw.label;
    return [
      { ...raw, scale: factor },
      { ...intake, scale: factor, baseline: rawIntakeLabel },
      { ...rawSweep, scale: factor },
      { ...rawReads, scale: factor },
      // Its own baseline (the report's ratio was against the raw intake before, see vsRawSweep).
      { ...sweep, scale: factor, baseline: rawSweep.label },
    ];
  } finally {
    await app.close();
    await db.dropDatabase();
    await client.close();
  }
}
