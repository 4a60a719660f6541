import { type Static, type TObject, type TProperties, Type } from '@sinclair/typebox';
import { type EventData, type EventOf, defineEvent } from '../define-event';
import type { ContractIssue } from '../issues';
import { Nullable } from '../schema-helpers';
import { Topics } from '../topics';
import {
  Address,
  AfdelingSchema,
  BevoegdGezagNummer,
  Brin,
  EntityStatusSchema,
  Gemeente,
  IsoDate,
  NullableEmail,
  SectorSchema,
  Text,
  VestigingCode,
  Vestigingsnummer,
} from './common';

/**
 * Registry events: boards, schools and vestigingen, fed by the DUO import.
 *
 * Every event carries the entity's FULL current snapshot, so a consumer keeps
 * its read model by upserting the snapshot, without calling the registry and
 * without replaying a chain of deltas. The topics are compacted (topics.ts):
 * the latest snapshot per key stays on the topic for new consumers.
 *
 * Ordering: events of one entity are in order (one key, one partition).
 * Between topics there is none: a VestigingRegistered may arrive before the
 * SchoolRegistered of its BRIN, so consumers must not require the parent first.
 */

const revision = (entity: string) =>
  Type.Integer({
    minimum: 1,
    description:
      `Revision of the ${entity} in the registry after this change: 1 when first registered, +1 with every event. ` +
      'Keep the snapshot with the highest revision and ignore lower ones: a replay from a dead-letter topic can ' +
      'deliver an old snapshot after a newer one.',
  });

/**
 * Names of the snapshot's top-level fields that changed. Typed as the
 * snapshot's keys for producers, but published as a plain identifier string:
 * when a later (additive) snapshot field shows up in this list, a consumer
 * built before it must not reject the event.
 */
const changedFields = <T extends TObject>(snapshot: T) =>
  Type.Array(
    Type.Unsafe<Extract<keyof Static<T>, string>>(Type.String({ pattern: '^[a-z][A-Za-z0-9]*$' })),
    {
      minItems: 1,
      uniqueItems: true,
      description: `Top-level fields of the snapshot whose value changed (${Object.keys(snapshot.properties).join(', ')}).`,
    },
  );

function changedFieldsAreSnapshotFields(
  snapshot: TObject,
  fields: readonly string[],
): ContractIssue[] {
  const known = new Set(Object.keys(snapshot.properties));
  return fields.flatMap((field, index) =>
    known.has(field)
      ? []
      : [{ path: `/changedFields/${index}`, message: `'${field}' is not a field of the snapshot` }],
  );
}

/**
 * Optional, added after the first events: a registry event from before it has
 * none (read that as not known), and the registry sends it from then on.
 */
const Provincie = (entity: string, whose: string) =>
  Type.Optional(
    Nullable(Text('Provincie as DUO writes it (e.g. Zuid-Holland).', 100), {
      description: `The provincie of the ${entity}: ${whose}, as DUO writes it (e.g. Zuid-Holland, Friesland). Null when DUO gives none; absent from events sent before the registry published it.`,
    }),
  );

const closedOn = (entity: string) =>
  Nullable(IsoDate, { description: `Date the ${entity} closed (per DUO); null while open.` });

/** The closed variant of a snapshot: status fixed to closed and the date required. */
function closedSnapshot<P extends TProperties>(properties: P, description: string) {
  return Type.Object(
    {
      ...properties,
      status: Type.Literal('closed', { description: 'Always closed in this event.' }),
      closedOn: Type.String({ format: 'date', description: 'Date it closed (YYYY-MM-DD).' }),
    },
    { additionalProperties: false, description },
  );
}

// ---------------------------------------------------------------------------
// Boards (bevoegd gezag / bestuur)

const boardFields = {
  bevoegdGezagNummer: BevoegdGezagNummer,
  name: Text('Name of the board, as DUO writes it.'),
  address: Address,
  gemeente: Gemeente,
  denominatie: Nullable(
    Text('Denominatie as DUO writes it (e.g. Openbaar, Rooms-Katholiek).', 100),
    {
      description:
        'Denominatie as DUO writes it (e.g. Openbaar, Rooms-Katholiek); free text because DUO adds values. Null when unknown.',
    },
  ),
  contactEmail: NullableEmail(
    'E-mail address for official correspondence with the board; null when unknown.',
  ),
  status: EntityStatusSchema,
  closedOn: closedOn('board'),
};

export const BoardSnapshot = Type.Object(boardFields, {
  additionalProperties: false,
  description: 'The board as the registry knows it now.',
});
export type BoardSnapshot = Static<typeof BoardSnapshot>;

const ClosedBoardSnapshot = closedSnapshot(
  boardFields,
  'The board as the registry knows it now: closed.',
);

const boardKey = (data: { board: { bevoegdGezagNummer: string } }) => data.board.bevoegdGezagNummer;
const BOARD_SUBJECT = 'Bevoegd gezag nummer of the board (e.g. 41234)';

export const BoardRegistered = defineEvent({
  name: 'BoardRegistered',
  service: 'registry',
  entity: 'board',
  event: 'registered',
  version: 1,
  topic: Topics.registryBoards,
  subject: BOARD_SUBJECT,
  description: 'A board appeared in the registry for the first time (usually from the DUO import).',
  data: Type.Object(
    { revision: revision('board'), board: BoardSnapshot },
    { additionalProperties: false },
  ),
  subjectOf: boardKey,
});
export type BoardRegisteredData = EventData<typeof BoardRegistered>;

export const BoardUpdated = defineEvent({
  name: 'BoardUpdated',
  service: 'registry',
  entity: 'board',
  event: 'updated',
  version: 1,
  topic: Topics.registryBoards,
  subject: BOARD_SUBJECT,
  description:
    'Something about a board changed; carries the whole new snapshot and which fields changed.',
  data: Type.Object(
    {
      revision: revision('board'),
      changedFields: changedFields(BoardSnapshot),
      board: BoardSnapshot,
    },
    { additionalProperties: false },
  ),
  subjectOf: boardKey,
  invariants: (data) => changedFieldsAreSnapshotFields(BoardSnapshot, data.changedFields),
});
export type BoardUpdatedData = EventData<typeof BoardUpdated>;

export const BoardClosed = defineEvent({
  name: 'BoardClosed',
  service: 'registry',
  entity: 'board',
  event: 'closed',
  version: 1,
  topic: Topics.registryBoards,
  subject: BOARD_SUBJECT,
  description:
    'A board closed (ceased to exist); the snapshot has status closed and the closing date.',
  data: Type.Object(
    { revision: revision('board'), board: ClosedBoardSnapshot },
    { additionalProperties: false },
  ),
  subjectOf: boardKey,
});
export type BoardClosedData = EventData<typeof BoardClosed>;

// ---------------------------------------------------------------------------
// Schools (instelling, by BRIN)

const schoolFields = {
  brin: Brin,
  name: Text('Name of the school (instellingsnaam), as DUO writes it.'),
  bevoegdGezagNummer: BevoegdGezagNummer,
  sector: SectorSchema,
  denominatie: boardFields.denominatie,
  onderwijsstructuren: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
    uniqueItems: true,
    description:
      'Onderwijsstructuur codes as DUO gives them, split on "/" (e.g. ["VMBO", "HAVO", "VWO"]); empty when none.',
  }),
  address: Address,
  gemeente: Gemeente,
  provincie: Provincie('school', "its main vestiging's (vestigingsnummer 00, else its first)"),
  isdContactEmail: NullableEmail(
    'E-mail of the contact for the Internet Schooldossier (ISD); null when unknown.',
  ),
  status: EntityStatusSchema,
  closedOn: closedOn('school'),
};

export const SchoolSnapshot = Type.Object(schoolFields, {
  additionalProperties: false,
  description: 'The school as the registry knows it now.',
});
export type SchoolSnapshot = Static<typeof SchoolSnapshot>;

const ClosedSchoolSnapshot = closedSnapshot(
  schoolFields,
  'The school as the registry knows it now: closed.',
);

const schoolKey = (data: { school: { brin: string } }) => data.school.brin;
const SCHOOL_SUBJECT = 'BRIN code of the school (e.g. 12AB)';

export const SchoolRegistered = defineEvent({
  name: 'SchoolRegistered',
  service: 'registry',
  entity: 'school',
  event: 'registered',
  version: 1,
  topic: Topics.registrySchools,
  subject: SCHOOL_SUBJECT,
  description: 'A school (BRIN) appeared in the registry for the first time.',
  data: Type.Object(
    { revision: revision('school'), school: SchoolSnapshot },
    { additionalProperties: false },
  ),
  subjectOf: schoolKey,
});
export type SchoolRegisteredData = EventData<typeof SchoolRegistered>;

export const SchoolUpdated = defineEvent({
  name: 'SchoolUpdated',
  service: 'registry',
  entity: 'school',
  event: 'updated',
  version: 1,
  topic: Topics.registrySchools,
  subject: SCHOOL_SUBJECT,
  description:
    'Something about a school changed (name, board, address, ...); whole new snapshot and changed fields.',
  data: Type.Object(
    {
      revision: revision('school'),
      changedFields: changedFields(SchoolSnapshot),
      school: SchoolSnapshot,
    },
    { additionalProperties: false },
  ),
  subjectOf: schoolKey,
  invariants: (data) => changedFieldsAreSnapshotFields(SchoolSnapshot, data.changedFields),
});
export type SchoolUpdatedData = EventData<typeof SchoolUpdated>;

export const SchoolClosed = defineEvent({
  name: 'SchoolClosed',
  service: 'registry',
  entity: 'school',
  event: 'closed',
  version: 1,
  topic: Topics.registrySchools,
  subject: SCHOOL_SUBJECT,
  description: 'A school closed; the snapshot has status closed and the closing date.',
  data: Type.Object(
    { revision: revision('school'), school: ClosedSchoolSnapshot },
    { additionalProperties: false },
  ),
  subjectOf: schoolKey,
});
export type SchoolClosedData = EventData<typeof SchoolClosed>;

// ---------------------------------------------------------------------------
// Vestigingen (school locations)

const vestigingFields = {
  vestigingCode: VestigingCode,
  brin: Brin,
  vestigingsnummer: Vestigingsnummer,
  name: Text('Name of the vestiging (vestigingsnaam), as DUO writes it.'),
  bevoegdGezagNummer: BevoegdGezagNummer,
  sector: SectorSchema,
  address: Address,
  gemeente: Gemeente,
  provincie: Provincie('vestiging', 'its own'),
  afdelingen: Type.Array(AfdelingSchema, {
    uniqueItems: true,
    description: 'Afdelingen at this vestiging (vo only; empty for other sectors).',
  }),
  directieEmail: NullableEmail(
    "E-mail of the vestiging's directie (receives the afschrift of letters); null when unknown.",
  ),
  status: EntityStatusSchema,
  closedOn: closedOn('vestiging'),
};

export const VestigingSnapshot = Type.Object(vestigingFields, {
  additionalProperties: false,
  description: 'The vestiging as the registry knows it now.',
});
export type VestigingSnapshot = Static<typeof VestigingSnapshot>;

const ClosedVestigingSnapshot = closedSnapshot(
  vestigingFields,
  'The vestiging as the registry knows it now: closed.',
);

function vestigingInvariants(v: {
  vestigingCode: string;
  brin: string;
  vestigingsnummer: string;
  sector: string;
  afdelingen: readonly string[];
}): ContractIssue[] {
  const issues: ContractIssue[] = [];
  if (v.vestigingCode !== `${v.brin}${v.vestigingsnummer}`) {
    issues.push({
      path: '/vestiging/vestigingCode',
      message: 'must be the brin followed by the vestigingsnummer',
    });
  }
  if (v.sector !== 'vo' && v.afdelingen.length > 0) {
    issues.push({ path: '/vestiging/afdelingen', message: 'must be empty outside vo' });
  }
  return issues;
}

const vestigingKey = (data: { vestiging: { vestigingCode: string } }) =>
  data.vestiging.vestigingCode;
const VESTIGING_SUBJECT = 'Vestiging code (e.g. 12AB00)';

export const VestigingRegistered = defineEvent({
  name: 'VestigingRegistered',
  service: 'registry',
  entity: 'vestiging',
  event: 'registered',
  version: 1,
  topic: Topics.registryVestigingen,
  subject: VESTIGING_SUBJECT,
  description: 'A vestiging appeared in the registry for the first time.',
  data: Type.Object(
    {
      revision: revision('vestiging'),
      vestiging: VestigingSnapshot,
      initialLoad: Type.Optional(
        Type.Boolean({
          description:
            "True when the registry's first import of the vestiging's sector registered it: the vestiging existed before the registry knew it, so the event's time says nothing about when it opened.",
        }),
      ),
    },
    { additionalProperties: false },
  ),
  subjectOf: vestigingKey,
  invariants: (data) => vestigingInvariants(data.vestiging),
});
export type VestigingRegisteredData = EventData<typeof VestigingRegistered>;

export const VestigingUpdated = defineEvent({
  name: 'VestigingUpdated',
  service: 'registry',
  entity: 'vestiging',
  event: 'updated',
  version: 1,
  topic: Topics.registryVestigingen,
  subject: VESTIGING_SUBJECT,
  description:
    'Something about a vestiging changed (name, afdelingen, address, ...); whole new snapshot and changed fields.',
  data: Type.Object(
    {
      revision: revision('vestiging'),
      changedFields: changedFields(VestigingSnapshot),
      vestiging: VestigingSnapshot,
    },
    { additionalProperties: false },
  ),
  subjectOf: vestigingKey,
  invariants: (data) => [
    ...changedFieldsAreSnapshotFields(VestigingSnapshot, data.changedFields),
    ...vestigingInvariants(data.vestiging),
  ],
});
export type VestigingUpdatedData = EventData<typeof VestigingUpdated>;

export const VestigingClosed = defineEvent({
  name: 'VestigingClosed',
  service: 'registry',
  entity: 'vestiging',
  event: 'closed',
  version: 1,
  topic: Topics.registryVestigingen,
  subject: VESTIGING_SUBJECT,
  description: 'A vestiging closed; the snapshot has status closed and the closing date.',
  data: Type.Object(
    { revision: revision('vestiging'), vestiging: ClosedVestigingSnapshot },
    { additionalProperties: false },
  ),
  subjectOf: vestigingKey,
  invariants: (data) => vestigingInvariants(data.vestiging),
});
export type VestigingClosedData = EventData<typeof VestigingClosed>;

export const registryEvents = [
  BoardRegistered,
  BoardUpdated,
  BoardClosed,
  SchoolRegistered,
  SchoolUpdated,
  SchoolClosed,
  VestigingRegistered,
  VestigingUpdated,
  VestigingClosed,
] as const;

/** What a consumer of each registry topic receives: its entity's registered, updated and closed events. */
export type BoardEvent = EventOf<typeof BoardRegistered | typeof BoardUpdated | typeof BoardClosed>;
export type SchoolEvent = EventOf<
  typeof SchoolRegistered | typeof SchoolUpdated | typeof SchoolClosed
>;
export type VestigingEvent = EventOf<
  typeof VestigingRegistered | typeof VestigingUpdated | typeof VestigingClosed
>;
