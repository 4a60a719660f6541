import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type KafkaMessage } from 'kafkajs';
import { MongoClient, type Db } from 'mongodb';
import { markScopeLive } from './test-topics';
import { waitFor } from './wait-for';

/** Where the real local stack listens (set by the jest global setup or `npm test`). */
export function stackEnv(): { kafkaBrokers: string[]; mongodbUri: string } {
  const brokers = process.env['KAFKA_BROKERS'];
  const mongodbUri = process.env['MONGODB_URI'];
  if (!brokers || !mongodbUri) {
    throw new Error(
      'KAFKA_BROKERS and MONGODB_URI are not set: run integration tests through jest with the integration config (its global setup starts the local stack) or `npm test`',
    );
  }
  return { kafkaBrokers: brokers.split(','), mongodbUri };
}

/** A short random id that is legal in database names, topic names and group ids. */
export function uniqueId(label = 't'): string {
  return `${label.replace(/[^a-zA-Z0-9]/g, '').slice(0, 20)}_${randomBytes(4).toString('hex')}`;
}

/**
 * A database and a topic prefix of this test file's own, so test files never
 * see each other's data on the shared broker and server.
 */
export interface TestScope {
  id: string;
  databaseName: string;
  topicPrefix: string;
  mongodbUri: string;
  kafkaBrokers: string[];
  /** MONGODB_URI with this scope's database in the path. */
  mongodbUriFor(database?: string): string;
}

export function testScope(label: string): TestScope {
  const env = stackEnv();
  const id = uniqueId(label);
  // Its topics stay while this process lives (pruned by the next run after).
  markScopeLive(id);
  return {
    id,
    databaseName: `test_${id}`,
    topicPrefix: `${id}.`,
    mongodbUri: env.mongodbUri,
    kafkaBrokers: env.kafkaBrokers,
    mongodbUriFor(database = `test_${id}`) {
      const url = new URL(env.mongodbUri);
      url.pathname = `/${database}`;
      return url.toString();
    },
  };
}

export async function connectDb(
  scope: TestScope,
  database = scope.databaseName,
): Promise<{ db: Db; client: MongoClient; close(): Promise<void> }> {
  const client = await MongoClient.connect(scope.mongodbUri);
  const db = client.db(database);
  return {
    db,
    client,
    async close() {
      await db.dropDatabase().catch(() => undefined);
      await client.close();
    },
  };
}

export function testKafka(scope: TestScope, clientId = scope.id): Kafka {
  return new Kafka({ brokers: scope.kafkaBrokers, clientId, logLevel: logLevel.NOTHING });
}

export interface ReceivedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  json<T = unknown>(): T;
}

/**
 * Reads a topic from the beginning into an array that fills as messages
 * arrive, for assertions with waitFor. Stop it with `stop()`.
 */
export async function collectTopic(
  kafka: Kafka,
  physicalTopic: string,
): Promise<{
  messages: ReceivedMessage[];
  stop(): Promise<void>;
  waitForCount(n: number, timeoutMs?: number): Promise<ReceivedMessage[]>;
}> {
  const messages: ReceivedMessage[] = [];
  const consumer: Consumer = kafka.consumer({
    groupId: `collector_${randomBytes(4).toString('hex')}`,
  });
  await consumer.connect();
  await consumer.subscribe({ topic: physicalTopic, fromBeginning: true });
  // A rebalance (a slow machine misses a heartbeat) hands the group's
  // partitions back from the last committed offset, so the same record can
  // arrive twice: that is the collector's re-read, not a second publication,
  // so each record (partition + offset) is kept once.
  const seen = new Set<string>();
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const at = `${partition}:${message.offset}`;
      if (seen.has(at)) return;
      seen.add(at);
      messages.push(toReceived(topic, partition, message));
    },
  });
  return {
    messages,
    async stop() {
      await consumer.disconnect();
    },
    waitForCount(n, timeoutMs = 30_000) {
      return waitFor(() => (messages.length >= n ? messages : undefined), {
        timeoutMs,
        description: `${n} messages on ${physicalTopic} (have ${messages.length})`,
      });
    },
  };
}

function toReceived(topic: string, partition: number, message: KafkaMessage): ReceivedMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined)
      headers[name] = (Array.isArray(value) ? value[0] : value)?.toString() ?? '';
  }
  const value = message.value?.toString() ?? null;
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? null,
    value,
    headers,
    json<T>() {
      return JSON.parse(value ?? 'null') as T;
    },
  };
}
