import { randomBytes } from 'node:crypto';
import type { EventCatalog } from '@inspectorate/contracts';
import type { Admin, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { TopicNaming } from '../topics/naming';
import { DLQ_HEADERS, REPLAY_HEADER, headerText, withoutDlqHeaders } from './dead-letter';
import { type ReplayState, readReplayState, replayCommit, replayedBefore } from './replay-state';

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

/** A dead letter a replay left where it is, and why. */
export interface KeptDeadLetter {
  partition: number;
  offset: string;
  eventType: string | undefined;
  eventId: string | undefined;
  /** Why it was not replayed: what the consumer's contract check says now. */
  reason: string;
}

export interface ReplayResult {
  /** Dead letters republished to their original topic. */
  replayed: number;
  /** Dead letters that are still invalid, left on the DLQ (the first MAX_KEPT_LISTED in `kept`). */
  keptCount: number;
  kept: KeptDeadLetter[];
}

const MAX_KEPT_LISTED = 100;

/** A commit for one partition: where the group's next read starts, and the replay's notes. */
interface PartitionCommit {
  offset: string;
  metadata: string | null;
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
    /** The consumer's own contract check: a replay sends only what it would accept now. */
    private readonly catalog: Pick<EventCatalog, 'parse'>,
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

  /**
   * Republishes the dead letters not replayed before, after checking each
   * against the consumer's contract (the same check the consumer makes). One
   * that is still invalid would only be dead-lettered again, so it stays on
   * the DLQ, is listed in the answer with the reason, and is checked again by
   * the next replay (see replay-state.ts for how that is remembered).
   */
  async replay(dlqTopic: string): Promise<ReplayResult> {
    const group = `${this.naming.group(this.group)}.dlq-replay`;
    const result: ReplayResult = { replayed: 0, keptCount: 0, kept: [] };
    const before = new Map<number, ReplayState | null>();
    const now = new Map<number, ReplayState>();
    await this.readAll(
      dlqTopic,
      group,
      true,
      async (batch) => {
        const byTopic = new Map<
          string,
          {
            key: Buffer | null;
            value: Buffer | null;
            headers: ReturnType<typeof withoutDlqHeaders>;
          }[]
        >();
        const commits = new Map<number, PartitionCommit>();
        for (const { partition, message } of batch) {
          const offset = BigInt(message.offset);
          const state = now.get(partition) ?? { kept: [], upTo: offset };
          now.set(partition, state);
          state.upTo = offset + 1n;
          if (replayedBefore(before.get(partition) ?? null, offset)) continue;
          const original = headerText(message.headers, DLQ_HEADERS.originalTopic);
          const parsed = this.catalog.parse(message.value ?? Buffer.alloc(0));
          if (!original || !parsed.ok) {
            state.kept.push(offset);
            result.keptCount += 1;
            if (result.kept.length < MAX_KEPT_LISTED)
              result.kept.push({
                partition,
                offset: message.offset,
                eventType: headerText(message.headers, 'ce_type'),
                eventId: headerText(message.headers, 'ce_id'),
                reason: original
                  ? `still invalid: ${parsed.ok ? '' : parsed.message}`
                  : `the dead letter has no ${DLQ_HEADERS.originalTopic} header`,
              });
            continue;
          }
          result.replayed += 1;
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
        for (const [partition, state] of now) commits.set(partition, replayCommit(state));
        return commits;
      },
      (partition, metadata) => before.set(partition, readReplayState(metadata)),
    );
    return result;
  }

  /**
   * Reads a topic up to the end it has now. With `commit`, starts after what
   * the group committed before and commits, per partition, what `onBatch`
   * returns for it (by default: after the batch's last message).
   */
  private async readAll(
    topic: string,
    groupId: string,
    commit: boolean,
    onBatch?: (batch: Read[]) => Promise<Map<number, PartitionCommit> | void>,
    onCommitted?: (partition: number, metadata: string | null) => void,
  ): Promise<Read[]> {
    const ends = await this.admin.fetchTopicOffsets(topic);
    const remaining = new Map(ends.map((p) => [p.partition, BigInt(p.high)]));
    const committed = commit ? await this.admin.fetchOffsets({ groupId, topics: [topic] }) : [];
    for (const t of committed) {
      for (const p of t.partitions) {
        onCommitted?.(p.partition, p.metadata);
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
              const commits = await onBatch?.(items);
              reads.push(...items);
              const last = inRange[inRange.length - 1];
              if (last) {
                resolveOffset(last.offset);
                if (commit) {
                  const next = commits?.get(batch.partition) ?? {
                    offset: (BigInt(last.offset) + 1n).toString(),
                    metadata: null,
                  };
                  await consumer.commitOffsets([{ topic, partition: batch.partition, ...next }]);
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
