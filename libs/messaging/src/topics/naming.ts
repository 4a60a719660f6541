/**
 * Physical topic names.
 *
 * Code always speaks of logical topics (`inspectorate.registry.schools`, from
 * @inspectorate/contracts). A deployment may put a prefix in front of every
 * topic and consumer group (`KAFKA_TOPIC_PREFIX`): tests use it so that each
 * test file has its own topics on the one shared broker, and a shared
 * acceptance cluster could use it per environment.
 */
export interface TopicNaming {
  readonly prefix: string;
  physical(logicalTopic: string): string;
  logical(physicalTopic: string): string;
  group(logicalGroup: string): string;
  /** `<topic>.<group>.dlq`, both physical. */
  deadLetter(logicalTopic: string, logicalGroup: string): string;
}

const LEGAL = /^[a-zA-Z0-9._-]*$/;

export function topicNaming(prefix = ''): TopicNaming {
  if (!LEGAL.test(prefix)) {
    throw new Error(
      `KAFKA_TOPIC_PREFIX '${prefix}' may only contain letters, digits, '.', '_' and '-'`,
    );
  }
  return {
    prefix,
    physical: (topic) => prefix + topic,
    logical: (physical) => {
      if (!physical.startsWith(prefix)) {
        throw new Error(`topic '${physical}' does not carry the prefix '${prefix}'`);
      }
      return physical.slice(prefix.length);
    },
    group: (group) => prefix + group,
    deadLetter: (topic, group) => `${prefix}${topic}.${group}.dlq`,
  };
}
