import { type TestScope, waitFor } from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';

/** Each service owns its database: `<scope database>_<service>`. */
export function databaseOf(scope: TestScope, service: string): string {
  return `${scope.databaseName}_${service.replace(/-/g, '_')}`;
}

export interface GroupTopics {
  groupId: string;
  topics: string[];
}

/**
 * Rewinds every consumer group of this scope to the start of its topics, the
 * quick way an operator would: deleting the groups' committed offsets, after
 * which the services' consumers (which subscribe `fromBeginning`) read every
 * topic again from the start. (kafkajs' resetOffsets joins the group once per
 * topic, five seconds each.) The groups must have no members: stop the
 * services first. Returns the group ids.
 */
export async function rewindConsumerGroups(kafka: Kafka, scope: TestScope): Promise<GroupTopics[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const ours: GroupTopics[] = [];
    for (const { groupId } of groups) {
      if (!groupId.startsWith(scope.topicPrefix) || groupId.endsWith('.dlq-replay')) continue;
      const offsets = await admin.fetchOffsets({ groupId });
      ours.push({ groupId, topics: offsets.map((o) => o.topic) });
    }
    await admin.deleteGroups(ours.map((g) => g.groupId));
    return ours;
  } finally {
    await admin.disconnect();
  }
}

/** Waits until every named consumer group has committed up to the end of its topics. */
export async function waitForCaughtUp(kafka: Kafka, groups: readonly GroupTopics[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await waitFor(
      async () => {
        for (const { groupId, topics } of groups) {
          for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
            const ends = await admin.fetchTopicOffsets(topic);
            for (const end of ends) {
              const committed = partitions.find((p) => p.partition === end.partition);
              const at = Number(committed?.offset ?? -1);
              // -1: nothing committed yet; fine only for an empty partition.
              if ((at < 0 ? Number(end.low) : at) < Number(end.high)) return false;
            }
          }
        }
        return true;
      },
      {
        description: `consumer groups ${groups.map((g) => g.groupId).join(', ')} caught up`,
        timeoutMs: 60_000,
      },
    );
  } finally {
    await admin.disconnect();
  }
}
