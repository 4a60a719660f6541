import { stringify } from 'yaml';
import type { EventCatalog } from './catalog';
import { CloudEventEnvelope } from './envelope';
import { publishedDataSchema } from './lock';
import { toJsonSchema } from './schema-helpers';
import { type TopicName, allTopics, deadLetterTopic, topicMetadata } from './topics';

/** Where docs/asyncapi.yaml lives, relative to the repository root. */
export const ASYNCAPI_PATH = 'docs/asyncapi.yaml';

const HEADER =
  '# Generated from libs/contracts by `npm run asyncapi`; do not edit by hand.\n' +
  '# A unit test fails when this file and the contracts disagree.\n';

/**
 * The AsyncAPI 3.0 document of the backbone: one channel per topic, one
 * message per event type (CloudEvents structured mode: the whole envelope is
 * the Kafka value, the subject is the key), and for every consuming group the
 * receive operation and its dead-letter topic.
 */
export function buildAsyncApi(catalog: EventCatalog): string {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { CloudEventEnvelope: toJsonSchema(CloudEventEnvelope) };

  for (const topic of allTopics) {
    const meta = topicMetadata[topic];
    const definitions = catalog.byTopic(topic);
    const channelId = channelIdOf(topic);
    const channelMessages: Record<string, unknown> = {};
    for (const d of definitions) {
      schemas[d.name] = publishedDataSchema(d);
      messages[d.name] = {
        name: d.name,
        title: d.name,
        summary: d.description,
        contentType: 'application/cloudevents+json',
        headers: {
          type: 'object',
          properties: {
            'content-type': {
              type: 'string',
              const: 'application/cloudevents+json; charset=UTF-8',
            },
            ce_id: { type: 'string', description: 'The event id (duplicate of the envelope id).' },
            ce_type: { type: 'string', const: d.type },
          },
        },
        bindings: { kafka: { key: { type: 'string', description: d.subject } } },
        payload: {
          allOf: [
            { $ref: '#/components/schemas/CloudEventEnvelope' },
            {
              type: 'object',
              properties: {
                type: { const: d.type },
                dataschema: { const: d.dataschema },
                data: { $ref: `#/components/schemas/${d.name}` },
              },
            },
          ],
        },
      };
      channelMessages[d.name] = { $ref: `#/components/messages/${d.name}` };
    }
    channels[channelId] = {
      address: topic,
      title: topic,
      description: meta.description,
      messages: channelMessages,
      bindings: {
        kafka: {
          partitions: meta.partitions,
          topicConfiguration: {
            'cleanup.policy': [meta.cleanupPolicy],
            'retention.ms': meta.retentionMs ?? -1,
          },
        },
      },
      'x-owner': meta.owner,
      'x-external': meta.external,
      'x-kind': meta.kind,
    };
    const messageRefs = Object.keys(channelMessages).map((name) => ({
      $ref: `#/channels/${channelId}/messages/${name}`,
    }));
    for (const producer of meta.producers) {
      operations[`${camel(producer)}Sends${pascal(channelId)}`] = {
        action: 'send',
        channel: { $ref: `#/channels/${channelId}` },
        summary: `${producer} publishes through its outbox (idempotent producer, acks=all).`,
        messages: messageRefs,
      };
    }
    for (const consumer of meta.consumers) {
      operations[`${camel(consumer)}Receives${pascal(channelId)}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${channelId}` },
        summary: `Consumer group ${consumer}; what it cannot handle goes to ${deadLetterTopic(topic, consumer)}.`,
        bindings: { kafka: { groupId: { type: 'string', const: consumer } } },
        messages: messageRefs,
      };
    }
  }

  const document = {
    asyncapi: '3.0.0',
    info: {
      title: 'Inspectorate event backbone',
      version: '1.0.0',
      description:
        'Events between the services of the Inspectie van het Onderwijs backbone, and the public events for external subscribers. ' +
        'Every message is a CloudEvent 1.0 in structured mode; the Kafka key is the CloudEvent subject (the aggregate key), ' +
        'so the events of one board, school, vestiging or case stay in order. See docs/events/README.md.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      local: {
        host: '127.0.0.1:19092',
        protocol: 'kafka',
        description: 'The local broker of `npm start` (deploy/local).',
      },
    },
    channels,
    operations,
    components: { messages, schemas },
  };
  return HEADER + stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

function channelIdOf(topic: TopicName): string {
  return camel(topic.replace(/^inspectorate\./, ''));
}

function camel(text: string): string {
  return text.replace(/[.-]([a-z])/g, (_, c: string) => c.toUpperCase());
}

function pascal(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
