import { randomBytes } from 'node:crypto';
import type { Admin, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { TopicNaming } from '../topics/naming';
import { DLQ_HEADERS, REPLAY_HEADER, headerText, withoutDlqHeaders } from './dead-letter';

export interface DeadLetterView {
  dlqTopic: string;
  partition: number;
  offset: string;
  key: string | null;
  reason: string | undefined;
  error: string | undefined;
  originalTopic: string | undefined;
  originalPartition: number | undefined;
  originalOffset: string | undefined;
  attempts: number | undefined;
  failedAt: string | undefined;
  eventType: string | undefined;
  eventId: string | undefined;
  /** The message as it arrived, as text (it may not be valid JSON: that may be why it is here). */
  value: string | null;
}

interface Read {
  topic: string;
  partition: number;
  message: KafkaMessage;
}

/**
 * What operators do with dead letters: look at them, and replay them once the
 * cause is fixed. A replay republishes the original bytes, key and headers to
 * the original topic; every consumer group sees the message again, and those
 * that handled it before skip it by its event id (consumers are idempotent).
 * Which dead letters were already replayed is kept as the committed offset of
 * the group `<group>.dlq-replay`, so a replay never sends one twice.
 */
export class DeadLetterService {
  constructor(
    private readonly kafka: Kafka,
    private readonly admin: Admin,
    private readonly producer: Producer,
    private readonly naming: TopicNaming,
    /** Logical consumer group whose dead letters these are. */
    private readonly group: string,
  ) {}

  dlqTopics(subscribed: readonly string[]): string[] {
    return subscribed.map((t) => this.naming.deadLetter(t, this.group));
  }

  /** Every dead letter still on the topic, oldest first (at most `limit`). */
  async list(dlqTopic: string, limit = 100): Promise<DeadLetterView[]> {
    const reads = await this.readAll(
      dlqTopic,
      `${this.naming.group(this.group)}.dlq-inspect.${randomBytes(4).toString('hex')}`,
      false,
    );
    return reads.slice(0, limit).map(view);
  }

  /** Republishes the dead letters not replayed before; returns how many. */
  async replay(dlqTopic: string): Promise<number> {
    const group = `${this.naming.group(this.group)}.dlq-replay`;
    const reads = await this.readAll(dlqTopic, group, true, async (batch) => {
      const byTopic = new Map<
        string,
        {
          key: Buffer | null;
          value: Buffer | null;
          headers: ReturnType<typeof withoutDlqHeaders>;
        }[]
      >();
      for (const { message } of batch) {
        const original = headerText(message.headers, DLQ_HEADERS.originalTopic);
        if (!original) continue;
        const list = byTopic.get(original) ?? [];
        list.push({
          key: message.key,
          value: message.value,
          headers: { ...withoutDlqHeaders(message.headers), [REPLAY_HEADER]: dlqTopic },
        });
        byTopic.set(original, list);
      }
      if (byTopic.size > 0) {
        await this.producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
        });
      }
    });
    return reads.length;
  }

  /**
   * Reads a topic up to the end it has now. With `commit`, starts after what
   * the group committed before and commits what was handled by `onBatch`.
   */
  private async readAll(
    topic: string,
    groupId: string,
    commit: boolean,
    onBatch?: (batch: Read[]) => Promise<void>,
  ): Promise<Read[]> {
    const ends = await this.admin.fetchTopicOffsets(topic);
    const remaining = new Map(ends.map((p) => [p.partition, BigInt(p.high)]));
    const committed = commit ? await this.admin.fetchOffsets({ groupId, topics: [topic] }) : [];
    for (const t of committed) {
      for (const p of t.partitions) {
        if (p.offset !== '-1' && BigInt(p.offset) >= (remaining.get(p.partition) ?? 0n))
          remaining.delete(p.partition);
      }
    }
    for (const [partition, high] of [...remaining]) if (high === 0n) remaining.delete(partition);
    if (remaining.size === 0) return [];

    const reads: Read[] = [];
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            autoCommit: false,
            eachBatch: async ({ batch, resolveOffset }) => {
              const high = remaining.get(batch.partition);
              if (high === undefined) return;
              const inRange = batch.messages.filter((m) => BigInt(m.offset) < high);
              const items = inRange.map((message) => ({
                topic,
                partition: batch.partition,
                message,
              }));
              await onBatch?.(items);
              reads.push(...items);
              const last = inRange[inRange.length - 1];
              if (last) {
                resolveOffset(last.offset);
                if (commit) {
                  const next = (BigInt(last.offset) + 1n).toString();
                  await consumer.commitOffsets([
                    { topic, partition: batch.partition, offset: next },
                  ]);
                }
              }
              if (last && BigInt(last.offset) + 1n >= high) remaining.delete(batch.partition);
              if (remaining.size === 0) resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
      if (!commit) await this.admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return reads;
  }
}

function view(read: Read): DeadLetterView {
  const h = read.message.headers;
  const num = (name: string) => {
    const text = headerText(h, name);
    return text === undefined ? undefined : Number(text);
  };
  return {
    dlqTopic: read.topic,
    partition: read.partition,
    offset: read.message.offset,
    key: read.message.key?.toString() ?? null,
    reason: headerText(h, DLQ_HEADERS.reason),
    error: headerText(h, DLQ_HEADERS.error),
    originalTopic: headerText(h, DLQ_HEADERS.originalTopic),
    originalPartition: num(DLQ_HEADERS.originalPartition),
    originalOffset: headerText(h, DLQ_HEADERS.originalOffset),
    attempts: num(DLQ_HEADERS.attempts),
    failedAt: headerText(h, DLQ_HEADERS.failedAt),
    eventType: headerText(h, 'ce_type'),
    eventId: headerText(h, 'ce_id'),
    value: read.message.value?.toString() ?? null,
  };
}
