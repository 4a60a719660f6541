import {
  type AnyEventDefinition,
  type BoardSnapshot,
  type EventData,
  type SchoolSnapshot,
  type VestigingSnapshot,
  createEvent,
  toKafkaRecord,
} from '@inspectorate/contracts';
import { type Kafka, Partitioners } from 'kafkajs';
import type { TestScope } from '@inspectorate/test-stack';

/**
 * Registry snapshots for tests of the services that learn from the registry.
 * Codes follow the real formats; override what a test is about.
 */
export function boardSnapshot(overrides: Partial<BoardSnapshot> = {}): BoardSnapshot {
  return {
    bevoegdGezagNummer: '41234',
    name: 'Stichting Openbaar Onderwijs Aan De Linge',
    address: {
      straat: 'Kerkstraat',
      huisnummer: 12,
      huisnummerToevoeging: null,
      postcode: '4141 AB',
      plaats: 'LEERDAM',
    },
    gemeente: null,
    denominatie: 'Openbaar',
    contactEmail: 'bestuur@example.org',
    status: 'open',
    closedOn: null,
    ...overrides,
  };
}

export function schoolSnapshot(overrides: Partial<SchoolSnapshot> = {}): SchoolSnapshot {
  return {
    brin: '12AB',
    name: 'Openbare Basisschool De Schakel',
    bevoegdGezagNummer: '41234',
    sector: 'po',
    denominatie: 'Openbaar',
    onderwijsstructuren: [],
    address: {
      straat: 'Schoolstraat',
      huisnummer: 1,
      huisnummerToevoeging: null,
      postcode: '4141 AC',
      plaats: 'LEERDAM',
    },
    gemeente: null,
    isdContactEmail: null,
    status: 'open',
    closedOn: null,
    ...overrides,
  };
}

export function vestigingSnapshot(overrides: Partial<VestigingSnapshot> = {}): VestigingSnapshot {
  const vestigingCode = overrides.vestigingCode ?? '12AB00';
  return {
    vestigingCode,
    brin: vestigingCode.slice(0, 4),
    vestigingsnummer: vestigingCode.slice(4),
    name: 'Openbare Basisschool De Schakel',
    bevoegdGezagNummer: '41234',
    sector: 'po',
    address: {
      straat: 'Schoolstraat',
      huisnummer: 1,
      huisnummerToevoeging: null,
      postcode: '4141 AC',
      plaats: 'LEERDAM',
    },
    gemeente: null,
    afdelingen: [],
    directieEmail: 'directie@example.org',
    status: 'open',
    closedOn: null,
    ...overrides,
  };
}

/**
 * Produces events onto the scope's (prefixed) topics as another service
 * would: validated CloudEvents, keyed by subject. The topics must exist
 * (the service under test creates what it subscribes to at start).
 */
export async function produceEvents(
  kafka: Kafka,
  scope: TestScope,
  events: {
    definition: AnyEventDefinition;
    subject: string;
    data: EventData<AnyEventDefinition>;
    id?: string;
    source?: string;
  }[],
): Promise<string[]> {
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  const ids: string[] = [];
  try {
    for (const e of events) {
      const event = createEvent(e.definition, {
        source: e.source ?? `/inspectorate/${e.definition.service}`,
        subject: e.subject,
        data: e.data,
        correlationId: `test-${scope.id}`,
        ...(e.id ? { id: e.id } : {}),
      });
      ids.push(event.id);
      await producer.send({
        topic: `${scope.topicPrefix}${e.definition.topic}`,
        acks: -1,
        messages: [toKafkaRecord(event)],
      });
    }
  } finally {
    await producer.disconnect();
  }
  return ids;
}
