import { randomBytes } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RapportVastgesteld, createEvent, toKafkaRecord } from '@inspectorate/contracts';
import { startService } from '@inspectorate/runtime';
import { FixedClock, amsterdamDate } from '@inspectorate/scheduling';
import {
  type BenchContext,
  type Measurement,
  measure,
  oidcServiceEnv,
  dropBenchDatabase,
} from '@inspectorate/test-stack';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config';
import { addDays } from '../src/domain/rules';
import { newSecret, webhookHeaders } from '../src/domain/standard-webhooks';
import { SubscriptionsService } from '../src/webhooks/subscriptions.service';
import { rapport } from '../test/fixtures';

/**
 * Issue 15's second Done-when figure: the end-to-end delay from
 * `RapportVastgesteld` produced to the webhook received. The service runs as
 * deployed (its own jobs on cron: the publication run every 5 s, the
 * deliverer every second; HTTP, Kafka consumer, outbox relay); reports due
 * today are produced one at a time, each only after the previous one's
 * webhook has arrived, so each delay is one report's alone.
 *
 * Raw baseline in the same run: the same records produced to a topic of its
 * own, read by a bare kafkajs consumer that signs each and POSTs it to the
 * same receiver: what Kafka and HTTP take without the service's work and its
 * schedules.
 */
export const DELAY_LABEL = 'RapportVastgesteld to webhook received';
const RAW_DELAY_LABEL = 'raw: produced, consumed and POSTed (bare kafkajs loop)';
const WAIT_MS = 120_000;
/**
 * The publication run's period (PublicationJob, every 5 s). Each report is
 * produced a random part of it after the previous webhook arrived: produced
 * right away, every report would land just after a run and wait a whole
 * period (the first runs measured 4.9–5.1 s every time), while events really
 * come at any moment of it.
 */
const RUN_PERIOD_MS = 5_000;

type KafkaRecord = ReturnType<typeof toKafkaRecord>;

/** A receiver that resolves a waiter when the webhook of an item arrives. */
function arrivals(): Promise<{
  server: Server;
  url: string;
  next: (itemId: string) => Promise<number>;
}> {
  const waiting = new Map<string, (at: number) => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      res.writeHead(204).end();
      const itemId = (
        JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          data: { itemId: string };
        }
      ).data.itemId;
      waiting.get(itemId)?.(at);
      waiting.delete(itemId);
    });
  });
  const next = (itemId: string) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no webhook for ${itemId} within ${WAIT_MS / 1000} s`)),
        WAIT_MS,
      );
      waiting.set(itemId, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
        next,
      }),
    ),
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** One report at a time, `count` times: each delay from produced to arrived (the pauses not counted). */
async function delays(
  count: number,
  send: (record: KafkaRecord) => Promise<void>,
  target: { next: (itemId: string) => Promise<number> },
  today: string,
): Promise<{ items: number; extra: Record<string, number> }> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * RUN_PERIOD_MS));
    const data = rapport({ vastgesteldOp: addDays(today, -28), publicatiedatum: today });
    const event = createEvent(RapportVastgesteld, {
      source: '/inspectorate/casework',
      correlationId: 'bench',
      subject: data.caseId,
      data,
    });
    const itemId = `rapport-${data.caseId}`;
    const arrived = target.next(itemId);
    const produced = performance.now();
    await send(toKafkaRecord(event));
    ms.push((await arrived) - produced);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  const round = (n: number) => Number(n.toFixed(0));
  return {
    items: count,
    extra: {
      // Measure's elapsed time includes the random pauses: the delays are these figures (delaysOnly).
      min_ms: round(sorted[0]!),
      p50_ms: round(percentile(sorted, 50)),
      p95_ms: round(percentile(sorted, 95)),
      max_ms: round(sorted.at(-1)!),
      mean_ms: round(ms.reduce((a, b) => a + b, 0) / ms.length),
    },
  };
}

/**
 * The measurement's time as the sum of the delays, not of the whole loop
 * with its random pauses, so the results file's ratio to the raw baseline is
 * the ratio of the mean delays.
 */
const delaysOnly = (m: Measurement): Measurement => ({
  ...m,
  elapsedMs: Number(m.extra?.['mean_ms'] ?? 0) * m.items,
});

export async function endToEndDelay(ctx: BenchContext, count: number): Promise<Measurement[]> {
  const database = `${ctx.runId}_publication_delay`;
  const prefix = `${ctx.runId}.delay.`;
  // The domain clock stands at today, so a report whose publicatiedatum is today is due.
  const clock = new FixedClock(Date.now());
  const today = amsterdamDate(clock.now());
  const config = loadConfig.load({
    KAFKA_BROKERS: ctx.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    MONGODB_URI: ctx.mongodbUri,
    MONGODB_DATABASE: database,
    LOG_LEVEL: 'error',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    ...oidcServiceEnv(),
  });
  const app = await startService(AppModule.forRoot(config, { clock }), config, {
    port: 0,
    logger: false,
  });
  const target = await arrivals();
  const kafka = new Kafka({
    clientId: `${ctx.runId}-delay`,
    brokers: ctx.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const rawTopic = `${prefix}raw.rapport`;
  const consumer = kafka.consumer({ groupId: `${ctx.runId}-delay-raw` });
  try {
    await app
      .get(SubscriptionsService)
      .register({ url: target.url, filter: { kinds: ['rapport'] } }, 'bench');
    await producer.connect();
    const toService = async (record: KafkaRecord) => {
      await producer.send({
        topic: prefix + RapportVastgesteld.topic,
        acks: -1,
        messages: [record],
      });
    };
    // Not measured: the first report waits for the consumer group to join.
    await delays(1, toService, target, today);
    ctx.log('the service has joined; measuring');
    const service = await measure(DELAY_LABEL, 'reports', () =>
      delays(count, toService, target, today),
    );

    // The bare loop: consume, sign, POST, as the deliverer would with nothing in between.
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: rawTopic, numPartitions: 1 }] });
    await admin.disconnect();
    const secret = newSecret(randomBytes);
    await consumer.connect();
    await consumer.subscribe({ topic: rawTopic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const data = (JSON.parse(message.value!.toString('utf8')) as { data: { caseId: string } })
          .data;
        const body = JSON.stringify({
          type: 'publication.item.published',
          timestamp: new Date().toISOString(),
          data: { itemId: `rapport-${data.caseId}`, item: data },
        });
        const res = await fetch(target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...webhookHeaders([secret], `msg_${data.caseId}`, new Date(), body),
          },
          body,
          redirect: 'manual',
        });
        await res.body?.cancel();
      },
    });
    const toRaw = async (record: KafkaRecord) => {
      await producer.send({ topic: rawTopic, acks: -1, messages: [record] });
    };
    await delays(1, toRaw, target, today);
    const raw = await measure(RAW_DELAY_LABEL, 'reports', () =>
      delays(count, toRaw, target, today),
    );
    return [delaysOnly(raw), { ...delaysOnly(service), baseline: RAW_DELAY_LABEL }];
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await app.close();
    target.server.close();
    await dropBenchDatabase(ctx.mongodbUri, database);
  }
}
