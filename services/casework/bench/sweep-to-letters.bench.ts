/*
 * From SubmissionMissing to letter commands: ~8,000 vestigingen, 10% missing.
 * Measures casework opening 800 cases (concept report, herstelopdracht,
 * outbox) and publishing 800 SendLetter commands, from the first event
 * produced to the last command on the topic; and a raw baseline in the same
 * run: the same 800 case documents bulk-inserted and the same 800 commands
 * produced with kafkajs directly.
 */
import { randomUUID } from 'node:crypto';
import {
  BoardRegistered,
  SendLetter,
  SubmissionMissing,
  Topics,
  VestigingRegistered,
  createEvent,
  toKafkaRecord,
} from '@inspectorate/contracts';
import { WRITE_CHUNK } from '@inspectorate/messaging';
import { startService } from '@inspectorate/runtime';
import { boardSnapshot, vestigingSnapshot } from '@inspectorate/testing';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { type Benchmark, type Measurement, measure } from '@inspectorate/test-stack';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config';

const VESTIGINGEN = 8_000;
const MISSING = VESTIGINGEN / 10;

function code(i: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const brin = `${String(10 + (i % 90)).padStart(2, '0')}${letters[Math.floor(i / 90) % 26]}${letters[Math.floor(i / 2340) % 26]}`;
  return `${brin}${String(Math.floor(i / 60840)).padStart(2, '0')}`;
}

async function produceAll(
  kafka: Kafka,
  topic: string,
  records: { key: string; value: string }[],
): Promise<void> {
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  for (let i = 0; i < records.length; i += 500) {
    await producer.send({ topic, acks: -1, messages: records.slice(i, i + 500) });
  }
  await producer.disconnect();
}

async function countOn(
  kafka: Kafka,
  topic: string,
  expected: number,
  timeoutMs = 300_000,
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

export const benchmark: Benchmark = {
  name: `casework: ${MISSING} SubmissionMissing of ${VESTIGINGEN} vestigingen → cases and letter commands`,
  async run(ctx): Promise<Measurement[]> {
    const kafka = new Kafka({
      brokers: ctx.kafkaBrokers,
      clientId: ctx.runId,
      logLevel: logLevel.NOTHING,
    });
    const prefix = `${ctx.runId}.`;
    const config = loadConfig.load({
      KAFKA_BROKERS: ctx.kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      MONGODB_URI: ctx.mongodbUri,
      MONGODB_DATABASE: `${ctx.runId}_casework`,
      LOG_LEVEL: 'error',
    });
    const app = await startService(AppModule.forRoot(config, { cron: false }), config, {
      port: 0,
      logger: false,
    });
    const client = await MongoClient.connect(ctx.mongodbUri);
    try {
      // Only the vestigingen that will be missing need to be in casework's read
      // model for the measured part; the other 90% would only slow the set-up.
      const missing = Array.from({ length: MISSING }, (_, i) => code(i * 10));
      ctx.log(`loading the registry read model with the ${MISSING} vestigingen concerned`);
      const registry = [
        toKafkaRecord(
          createEvent(BoardRegistered, {
            source: '/inspectorate/registry',
            subject: '41234',
            correlationId: ctx.runId,
            data: { revision: 1, board: boardSnapshot() },
          }),
        ),
      ];
      await produceAll(kafka, `${prefix}${Topics.registryBoards}`, registry);
      const vestigingen = missing.map((c, i) =>
        toKafkaRecord(
          createEvent(VestigingRegistered, {
            source: '/inspectorate/registry',
            subject: c,
            correlationId: ctx.runId,
            data: {
              revision: 1,
              vestiging: vestigingSnapshot({ vestigingCode: c, name: `School ${i}` }),
            },
          }),
        ),
      );
      await produceAll(kafka, `${prefix}${Topics.registryVestigingen}`, vestigingen);
      const readModel = client.db(`${ctx.runId}_casework`).collection('registry_vestigingen');
      while ((await readModel.countDocuments()) < MISSING)
        await new Promise((r) => setTimeout(r, 200));

      const service = await measure('casework (consume → cases → commands)', 'cases', async () => {
        await produceAll(
          kafka,
          `${prefix}${Topics.monitoringSubmissions}`,
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
        const seen = await countOn(kafka, `${prefix}${Topics.notificationsCommands}`, MISSING);
        return { items: seen };
      });

      const raw = await measure('raw baseline (insertMany + kafkajs)', 'cases', async () => {
        const db = client.db(`${ctx.runId}_raw`);
        const docs = missing.map((c) => ({
          _id: randomUUID(),
          uniqueKey: `raw:${c}`,
          vestigingCode: c,
          status: 'hoor-en-wederhoor',
          createdAt: new Date(),
        }));
        // In chunks, as every bulk write here: FerretDB hangs on 100+ statements (ADR 0001).
        for (let i = 0; i < docs.length; i += WRITE_CHUNK) {
          await db
            .collection('cases')
            .insertMany(docs.slice(i, i + WRITE_CHUNK) as never[], { ordered: false });
        }
        const topic = `${prefix}raw.commands`;
        const admin = kafka.admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
        await admin.disconnect();
        await produceAll(
          kafka,
          topic,
          docs.map((d) =>
            toKafkaRecord(
              createEvent(SendLetter, {
                source: '/inspectorate/casework',
                subject: d._id,
                correlationId: ctx.runId,
                data: {
                  requestId: `${d._id}:herstelopdracht`,
                  template: 'herstelopdracht-monitoring',
                  caseId: d._id,
                  bevoegdGezagNummer: '41234',
                  brin: d.vestigingCode.slice(0, 4),
                  vestigingCode: d.vestigingCode,
                  placeholders: { schooljaar: '2025-2026' },
                  afschriftAanDirectie: true,
                },
              }),
            ),
          ),
        );
        await db.dropDatabase();
        return { items: docs.length };
      });
      return [raw, service];
    } finally {
      await app.close();
      await client.db(`${ctx.runId}_casework`).dropDatabase();
      await client.close();
    }
  },
};
