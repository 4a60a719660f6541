import {
  type VestigingSnapshot,
  Topics,
  VestigingClosed,
  VestigingRegistered,
  VestigingUpdated,
  createEvent,
  toKafkaRecord,
  topicSpec,
} from '@inspectorate/contracts';
import { provisionTopics, topicNaming } from '@inspectorate/messaging';
import { type TestScope, vestigingSnapshot } from '@inspectorate/testing';
import { type Kafka, Partitioners } from 'kafkajs';
import type { VestigingDoc } from '../src/vestigingen/vestigingen.read-model';

/**
 * Test data. ../shared/data/ has no DUO files, so vestiging codes are
 * generated in the real format (two digits, two capitals, two digits).
 */
export function vestigingCodes(count: number, start = 0): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return Array.from({ length: count }, (_, i) => {
    const n = start + i;
    const brin = `${String(10 + (n % 90)).padStart(2, '0')}${letters[Math.floor(n / 90) % 26]}${letters[Math.floor(n / 2340) % 26]}`;
    return `${brin}${String(Math.floor(n / 60840) % 100).padStart(2, '0')}`;
  });
}

/** Open po vestigingen of one board as the intake's read model holds them, one per code. */
export function openVestigingDocs(codes: readonly string[]): VestigingDoc[] {
  return codes.map((code) => ({
    _id: code,
    brin: code.slice(0, 4),
    bevoegdGezagNummer: '41234',
    sector: 'po',
    name: `School ${code}`,
    status: 'open',
    closedOn: null,
    revision: 1,
    registeredOn: null,
  }));
}

export async function provisionRegistryTopic(kafka: Kafka, scope: TestScope): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await provisionTopics(admin, topicNaming(scope.topicPrefix), [
      topicSpec(Topics.registryVestigingen),
    ]);
  } finally {
    await admin.disconnect();
  }
}

export interface RegistryEventSpec {
  kind: 'registered' | 'updated' | 'closed';
  revision: number;
  vestiging: Partial<VestigingSnapshot> & { vestigingCode: string };
  /** Event time: the read model takes the registration date from it. */
  time?: string;
  /** A registration from the registry's first load of the sector. */
  initialLoad?: boolean;
}

/** Produces registry vestiging events as the registry would (validated CloudEvents keyed by code). */
export async function produceRegistryEvents(
  kafka: Kafka,
  scope: TestScope,
  specs: readonly RegistryEventSpec[],
): Promise<void> {
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  try {
    const messages = specs.map((s) => {
      const vestiging = vestigingSnapshot(s.vestiging);
      const base = {
        source: '/inspectorate/registry',
        subject: vestiging.vestigingCode,
        correlationId: `test-${scope.id}`,
        time: s.time ?? '2020-03-01T09:00:00.000Z',
      };
      const event =
        s.kind === 'registered'
          ? createEvent(VestigingRegistered, {
              ...base,
              data: {
                revision: s.revision,
                vestiging,
                ...(s.initialLoad ? { initialLoad: true } : {}),
              },
            })
          : s.kind === 'updated'
            ? createEvent(VestigingUpdated, {
                ...base,
                data: { revision: s.revision, changedFields: ['name'], vestiging },
              })
            : createEvent(VestigingClosed, {
                ...base,
                data: {
                  revision: s.revision,
                  vestiging: {
                    ...vestiging,
                    status: 'closed',
                    closedOn: vestiging.closedOn ?? '2020-01-01',
                  },
                },
              });
      return toKafkaRecord(event);
    });
    for (let i = 0; i < messages.length; i += 1000) {
      await producer.send({
        topic: `${scope.topicPrefix}${Topics.registryVestigingen}`,
        acks: -1,
        messages: messages.slice(i, i + 1000),
      });
    }
  } finally {
    await producer.disconnect();
  }
}

/** A valid delivery for 2025-2026 (measured in spring 2026); override what a test is about. */
export function delivery(
  vestigingCode: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    vestigingCode,
    schooljaar: '2025-2026',
    instrument: { name: 'Veiligheidsmonitor PO', version: '2025.1' },
    measuringPeriod: { from: '2026-02-01', to: '2026-03-15' },
    invited: 200,
    respondents: 180,
    responseRate: 0.9,
    results: [
      { scale: 'feels-safe', group: { kind: 'overall' }, respondents: 180, share: 0.85 },
      { scale: 'bullied', group: { kind: 'overall' }, respondents: 180, share: 0.12 },
      {
        scale: 'feels-safe',
        group: { kind: 'grade', value: 'groep 8' },
        respondents: 40,
        share: 0.9,
      },
      // A small group: masked (unknown), never 0.
      {
        scale: 'bullied',
        group: { kind: 'pupil-group', value: 'nieuwkomers' },
        respondents: null,
        share: null,
      },
    ],
    ...overrides,
  };
}
