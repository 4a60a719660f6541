import {
  type BoardSnapshot,
  BoardRegistered,
  BoardUpdated,
  SendLetter,
  type SendLetterData,
  type VestigingSnapshot,
  VestigingRegistered,
  createEvent,
  sourceOf,
  toKafkaRecord,
} from '@inspectorate/contracts';
import type { CloudEvent } from '@inspectorate/contracts';
import type { Producer } from 'kafkajs';

/**
 * Registry events and SendLetter commands as their producers publish them,
 * made with createEvent (so they pass the contracts) and produced with
 * kafkajs straight onto the test's topics: the registry and casework
 * services are not needed to test notifications.
 */
export const board = (nummer: string, contactEmail: string | null): BoardSnapshot => ({
  bevoegdGezagNummer: nummer,
  name: `Stichting Proefonderwijs ${nummer}`,
  address: {
    straat: 'Schoolstraat',
    huisnummer: 12,
    huisnummerToevoeging: 'a',
    postcode: '1234 AB',
    plaats: 'Utrecht',
  },
  gemeente: { nummer: '0344', naam: 'Utrecht' },
  denominatie: 'Openbaar',
  contactEmail,
  status: 'open',
  closedOn: null,
});

export const vestiging = (
  code: string,
  nummer: string,
  directieEmail: string | null,
): VestigingSnapshot => ({
  vestigingCode: code,
  brin: code.slice(0, 4),
  vestigingsnummer: code.slice(4),
  name: `Het Proefcollege ${code}`,
  bevoegdGezagNummer: nummer,
  sector: 'vo',
  address: {
    straat: 'Laan',
    huisnummer: 1,
    huisnummerToevoeging: null,
    postcode: '1234 AC',
    plaats: 'Utrecht',
  },
  gemeente: null,
  afdelingen: ['havo', 'vwo'],
  directieEmail,
  status: 'open',
  closedOn: null,
});

const registry = { source: sourceOf('registry'), correlationId: 'test-registry' };

export const boardRegistered = (b: BoardSnapshot) =>
  createEvent(BoardRegistered, {
    ...registry,
    subject: b.bevoegdGezagNummer,
    data: { revision: 1, board: b },
  });

export const boardUpdated = (b: BoardSnapshot, revision: number) =>
  createEvent(BoardUpdated, {
    ...registry,
    subject: b.bevoegdGezagNummer,
    data: { revision, changedFields: ['contactEmail'], board: b },
  });

export const vestigingRegistered = (v: VestigingSnapshot) =>
  createEvent(VestigingRegistered, {
    ...registry,
    subject: v.vestigingCode,
    data: { revision: 1, vestiging: v },
  });

/** A herstelopdracht letter request as casework sends it. */
export function herstelopdrachtRequest(
  caseId: string,
  nummer: string,
  code: string,
  over: Partial<SendLetterData> = {},
): SendLetterData {
  return {
    requestId: `${caseId}:herstelopdracht`,
    template: 'herstelopdracht-monitoring',
    caseId,
    bevoegdGezagNummer: nummer,
    brin: code.slice(0, 4),
    vestigingCode: code,
    placeholders: {
      schoolnaam: `Het Proefcollege ${code}`,
      'brin|vest': code,
      bestuursnaam: `Stichting Proefonderwijs ${nummer}`,
      schooljaar: '2025-2026',
      deadline_monitoring: '1 juli 2026',
      deadline_herstelopdracht: '1 november 2026',
      wettelijke_grondslag: 'artikel 3.40, eerste lid onder b en vierde lid, van de WVO 2020',
      termijn_zienswijze: '30 juli 2026',
    },
    afschriftAanDirectie: true,
    attachments: [
      {
        title: `Conceptrapport bureauonderzoek ${code}`,
        paragraphs: [
          'De inspectie heeft geen resultaten ontvangen.',
          'Dit rapport is een concept.',
        ],
      },
    ],
    ...over,
  };
}

export const sendLetter = (data: SendLetterData, id?: string) =>
  createEvent(SendLetter, {
    source: sourceOf('casework'),
    subject: data.caseId,
    correlationId: `test-${data.caseId}`,
    data,
    ...(id ? { id } : {}),
  });

export async function produce(producer: Producer, physicalTopic: string, events: CloudEvent[]) {
  await producer.send({
    topic: physicalTopic,
    acks: -1,
    messages: events.map((e) => {
      const record = toKafkaRecord(e);
      return { key: record.key, value: record.value, headers: record.headers };
    }),
  });
}

/** The mail catcher of the local stack (deploy/local/mailcatcher.mjs). */
export interface CaughtMail {
  id: string;
  envelope: { from: string; to: string[] };
  messageId: string | null;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
  attachments: Array<{ filename: string; contentType: string; content: string }>;
}

export const mailApi = () => process.env['MAIL_CATCHER_API'] ?? 'http://127.0.0.1:11080';

export async function mailsTo(address: string): Promise<CaughtMail[]> {
  const res = await fetch(`${mailApi()}/messages?to=${encodeURIComponent(address)}`);
  if (!res.ok) throw new Error(`mail catcher answered ${res.status}`);
  return (await res.json()) as CaughtMail[];
}
