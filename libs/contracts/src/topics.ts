/**
 * Every Kafka topic of the backbone, by logical name.
 *
 * Topic names are FROZEN once a topic is live: producers, consumer offsets,
 * DLQs, ACLs and external subscribers all hold on to them. Renaming one needs
 * a migration plan (dual-publish, move consumers, retire), never an edit here.
 * Versions live in the event types (`...v2`), not in topic names, so a new
 * version of an event travels on the same topic, in order with the old one.
 *
 * A deployment may prefix every name (`KAFKA_TOPIC_PREFIX`, libs/messaging);
 * the names here are always the logical ones.
 */
export const Topics = {
  registryBoards: 'inspectorate.registry.boards',
  registrySchools: 'inspectorate.registry.schools',
  registryVestigingen: 'inspectorate.registry.vestigingen',
  monitoringConsents: 'inspectorate.monitoring.consents',
  monitoringSubmissions: 'inspectorate.monitoring.submissions',
  caseworkCases: 'inspectorate.casework.cases',
  notificationsLetters: 'inspectorate.notifications.letters',
  notificationsCommands: 'inspectorate.notifications.commands',
  riskAssessments: 'inspectorate.risk.assessments',
  publicationPublic: 'inspectorate.publication.public',
  publicationWebhooks: 'inspectorate.publication.webhooks',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** The deployable services; each is also its Kafka consumer group (logical). */
export const Services = {
  registry: 'registry',
  monitoringIntake: 'monitoring-intake',
  riskAnalysis: 'risk-analysis',
  casework: 'casework',
  notifications: 'notifications',
  publication: 'publication',
  gateway: 'gateway',
} as const;

export type ServiceName = (typeof Services)[keyof typeof Services];

export type CleanupPolicy = 'delete' | 'compact';

export interface TopicMetadata {
  name: TopicName;
  description: string;
  /** The one service that owns the topic's contracts and is its main producer. */
  owner: ServiceName;
  /** Services that publish to it (the owner, and for command topics the services that ask). */
  producers: readonly ServiceName[];
  /** Consumer groups (= services) that read it. */
  consumers: readonly ServiceName[];
  /** Read by systems outside the backbone (only public, non-personal events). */
  external: boolean;
  kind: 'events' | 'commands';
  /**
   * Fixed at creation: adding partitions moves keys to other partitions and
   * breaks per-key order, so choose generously. 6 gives room for 6 replicas
   * of a consumer; commands are few and get 3.
   */
  partitions: number;
  cleanupPolicy: CleanupPolicy;
  /** null: kept forever. */
  retentionMs: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A schooljaar plus a month: a consumer can rebuild the current cycle from the topic. */
const SCHOOLJAAR_RETENTION_MS = 400 * DAY_MS;

const REGISTRY_READERS: readonly ServiceName[] = [
  Services.monitoringIntake,
  Services.casework,
  Services.notifications,
  Services.riskAnalysis,
  Services.publication,
];

// Registry topics carry full snapshots keyed by the entity's code, so they
// are compacted and kept forever: the latest snapshot of every board, school
// and vestiging stays on the topic, and a new consumer group (which starts
// from the beginning) builds its read model from the topic alone.
const registry = (
  name: TopicName,
  description: string,
  consumers: readonly ServiceName[] = REGISTRY_READERS,
): TopicMetadata => ({
  name,
  description,
  owner: Services.registry,
  producers: [Services.registry],
  consumers,
  external: false,
  kind: 'events',
  partitions: 6,
  cleanupPolicy: 'compact',
  retentionMs: null,
});

export const topicMetadata: Readonly<Record<TopicName, TopicMetadata>> = {
  [Topics.registryBoards]: registry(
    Topics.registryBoards,
    'Boards (bevoegde gezagen): full snapshot on every change, keyed by bevoegd gezag nummer.',
    [Services.casework, Services.notifications, Services.riskAnalysis, Services.publication],
  ),
  [Topics.registrySchools]: registry(
    Topics.registrySchools,
    'Schools (instellingen): full snapshot on every change, keyed by BRIN.',
  ),
  [Topics.registryVestigingen]: registry(
    Topics.registryVestigingen,
    'Vestigingen (school locations): full snapshot on every change, keyed by vestiging code.',
  ),
  [Topics.monitoringConsents]: {
    name: Topics.monitoringConsents,
    description:
      'Permissions (opdracht/toestemming) a vestiging gives an instrumentaanbieder to deliver its monitoring results, keyed by vestiging code.',
    owner: Services.monitoringIntake,
    producers: [Services.monitoringIntake],
    consumers: [Services.casework],
    external: false,
    kind: 'events',
    partitions: 6,
    // Keyed by vestiging, with several consents per key: compaction would drop
    // all but the last, so these expire by time instead.
    cleanupPolicy: 'delete',
    retentionMs: SCHOOLJAAR_RETENTION_MS,
  },
  [Topics.monitoringSubmissions]: {
    name: Topics.monitoringSubmissions,
    description:
      'Monitoring sociale veiligheid: results received from instrumentaanbieders and results missing after the deadline, keyed by vestiging code.',
    owner: Services.monitoringIntake,
    producers: [Services.monitoringIntake],
    consumers: [Services.casework, Services.riskAnalysis],
    external: false,
    kind: 'events',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: SCHOOLJAAR_RETENTION_MS,
  },
  [Topics.caseworkCases]: {
    name: Topics.caseworkCases,
    description:
      'Cases (zaken): bureauonderzoek, herstelopdracht, meldingen, investigations and their outcomes, keyed by case id.',
    owner: Services.casework,
    producers: [Services.casework],
    consumers: [Services.notifications, Services.riskAnalysis, Services.publication],
    external: false,
    kind: 'events',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: SCHOOLJAAR_RETENTION_MS,
  },
  [Topics.notificationsLetters]: {
    name: Topics.notificationsLetters,
    description:
      'Letters: kenmerk assigned, rendered, delivered (mail, ISD inbox), keyed by letter id.',
    owner: Services.notifications,
    producers: [Services.notifications],
    consumers: [Services.casework],
    external: false,
    kind: 'events',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: SCHOOLJAAR_RETENTION_MS,
  },
  [Topics.notificationsCommands]: {
    name: Topics.notificationsCommands,
    description:
      'Requests to the notifications service to send a letter (one request id, one letter), keyed by request id.',
    owner: Services.notifications,
    producers: [Services.casework],
    consumers: [Services.notifications],
    external: false,
    kind: 'commands',
    partitions: 3,
    cleanupPolicy: 'delete',
    // A command is acted on at once or dead-lettered; a week covers an outage.
    retentionMs: 7 * DAY_MS,
  },
  [Topics.riskAssessments]: {
    name: Topics.riskAssessments,
    description:
      'Yearly prestatie- en risicoanalyse per vestiging and bestuur (keyed by vestiging code or bevoegd gezag nummer), and the steekproef (sko) draws (keyed by draw id).',
    owner: Services.riskAnalysis,
    producers: [Services.riskAnalysis],
    consumers: [Services.casework],
    external: false,
    kind: 'events',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: SCHOOLJAAR_RETENTION_MS,
  },
  [Topics.publicationPublic]: {
    name: Topics.publicationPublic,
    description:
      'Public events for external subscribers: published reports, lists and toezichtresultaten, without personal data.',
    owner: Services.publication,
    producers: [Services.publication],
    consumers: [],
    external: true,
    kind: 'events',
    partitions: 6,
    cleanupPolicy: 'delete',
    // Public record; subscribers may need to read it from the start.
    retentionMs: null,
  },
  [Topics.publicationWebhooks]: {
    name: Topics.publicationWebhooks,
    description:
      "What happens to the webhook subscriptions of external systems (disabled after the retry schedule, 410 or by hand), for operations and alerting; internal: not on the public topic, because a subscriber and its failures are nobody else's business.",
    owner: Services.publication,
    producers: [Services.publication],
    consumers: [],
    external: false,
    kind: 'events',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: 90 * DAY_MS,
  },
};

export const allTopics: readonly TopicName[] = Object.values(Topics);

export function isTopicName(topic: string): topic is TopicName {
  return (allTopics as readonly string[]).includes(topic);
}

const KAFKA_NAME = /^[a-zA-Z0-9._-]+$/;

/**
 * The dead-letter topic of one consumer group on one topic:
 * `<topic>.<group>.dlq` (logical names; a deployment prefix goes in front of
 * the whole name). Per group, so one consumer's poison message doesn't show
 * up as another's, and a replay goes back to that group only.
 */
export function deadLetterTopic(topic: string, group: string): string {
  if (!KAFKA_NAME.test(topic) || !KAFKA_NAME.test(group)) {
    throw new Error(
      `deadLetterTopic: topic '${topic}' and group '${group}' may only contain letters, digits, '.', '_' and '-'`,
    );
  }
  const name = `${topic}.${group}.dlq`;
  if (name.length > 249)
    throw new Error(`deadLetterTopic: '${name}' is longer than Kafka's 249 characters`);
  return name;
}

/**
 * Creation settings of a topic in the shape libs/messaging's provisioning
 * takes: `{ topic, partitions, config }` with Kafka topic configs as strings.
 */
export function topicSpec(topic: string): {
  topic: string;
  partitions: number;
  config: Record<string, string>;
} {
  if (!isTopicName(topic)) throw new Error(`unknown topic '${topic}' (not in Topics)`);
  const meta = topicMetadata[topic];
  return {
    topic,
    partitions: meta.partitions,
    config: {
      'cleanup.policy': meta.cleanupPolicy,
      'retention.ms': String(meta.retentionMs ?? -1),
    },
  };
}
