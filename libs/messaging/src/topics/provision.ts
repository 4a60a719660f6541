import type { Admin, ITopicConfig } from 'kafkajs';
import type { TopicNaming } from './naming';

export interface TopicSpec {
  /** Logical name. */
  topic: string;
  partitions: number;
  /** Kafka topic configs, e.g. { 'retention.ms': '-1' }. */
  config?: Record<string, string>;
}

export interface ProvisionResult {
  created: string[];
  existing: string[];
}

/** Dead letters are kept until an operator has dealt with them. */
export const DEAD_LETTER_TOPIC_CONFIG: Record<string, string> = {
  'retention.ms': '-1',
  'cleanup.policy': 'delete',
};

export function deadLetterSpec(naming: TopicNaming, topic: string, group: string): TopicSpec {
  // Stored as a logical name, so physical() adds the prefix once.
  const physical = naming.deadLetter(topic, group);
  return {
    topic: physical.slice(naming.prefix.length),
    partitions: 1,
    config: DEAD_LETTER_TOPIC_CONFIG,
  };
}

/**
 * Creates the topics that do not exist yet, with their partitions and configs.
 * Safe to run from every replica at once and again at every start: existing
 * topics are left as they are (partition changes are an operator's decision,
 * because they move keys between partitions and so break per-key order).
 */
export async function provisionTopics(
  admin: Admin,
  naming: TopicNaming,
  specs: readonly TopicSpec[],
  replicationFactor = -1,
): Promise<ProvisionResult> {
  const unique = new Map(specs.map((s) => [naming.physical(s.topic), s]));
  const present = new Set(await admin.listTopics());
  const missing: ITopicConfig[] = [];
  const existing: string[] = [];
  for (const [physical, spec] of unique) {
    if (present.has(physical)) {
      existing.push(physical);
      continue;
    }
    missing.push({
      topic: physical,
      numPartitions: spec.partitions,
      replicationFactor,
      configEntries: Object.entries(spec.config ?? {}).map(([name, value]) => ({ name, value })),
    });
  }
  if (missing.length > 0) {
    try {
      // Leaders are awaited below, with retries: kafkajs's own wait gives up
      // on the first "does not host this topic-partition" of a fresh topic.
      await admin.createTopics({ topics: missing, waitForLeaders: false });
    } catch (error) {
      // Another replica may have created some of them in the meantime.
      const stillMissing = missing.filter((t) => !present.has(t.topic));
      const now = new Set(await admin.listTopics());
      if (stillMissing.some((t) => !now.has(t.topic))) throw error;
    }
  }
  // A topic another replica (or service) has just created is listed before
  // its partitions have leaders; subscribing or producing then fails with
  // "This server does not host this topic-partition". Wait for the leaders.
  await waitForLeaders(admin, [...unique.keys()]);
  return { created: missing.map((t) => t.topic), existing };
}

async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  if (topics.length === 0) return;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: meta } = await admin.fetchTopicMetadata({ topics });
      if (meta.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)))
        return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `topics ${topics.join(', ')} have no partition leaders after ${timeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
