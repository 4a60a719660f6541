import {
  type AnyEventDefinition,
  BoardClosed,
  BoardRegistered,
  BoardSnapshot,
  BoardUpdated,
  SchoolClosed,
  SchoolRegistered,
  SchoolSnapshot,
  SchoolUpdated,
  VestigingClosed,
  VestigingRegistered,
  VestigingSnapshot,
  VestigingUpdated,
} from '@inspectorate/contracts';
import { DUO_FIELDS, type EntityKind } from './snapshots';

/** How each kind of entity is stored and published: one table instead of three copies of the logic. */
export interface EntitySpec {
  kind: EntityKind;
  collection: 'boards' | 'schools' | 'vestigingen';
  /** Field of the snapshot that is the key (also the document _id and the Kafka key). */
  keyField: string;
  /** Top-level fields of the published snapshot. */
  snapshotFields: readonly string[];
  /** Fields the import sets from DUO. */
  duoFields: readonly string[];
  /** Our own fields (contact data), with their initial value. */
  ownFields: Record<string, null>;
  /** Fields kept in the document but not in the event (see VestigingFacts). */
  extraFields: readonly string[];
  registered: AnyEventDefinition;
  updated: AnyEventDefinition;
  closed: AnyEventDefinition;
  /** Property of the event data that holds the snapshot. */
  dataKey: 'board' | 'school' | 'vestiging';
}

export const ENTITIES: Record<EntityKind, EntitySpec> = {
  board: {
    kind: 'board',
    collection: 'boards',
    keyField: 'bevoegdGezagNummer',
    snapshotFields: Object.keys(BoardSnapshot.properties),
    duoFields: DUO_FIELDS.board,
    ownFields: { contactEmail: null },
    extraFields: [],
    registered: BoardRegistered,
    updated: BoardUpdated,
    closed: BoardClosed,
    dataKey: 'board',
  },
  school: {
    kind: 'school',
    collection: 'schools',
    keyField: 'brin',
    snapshotFields: Object.keys(SchoolSnapshot.properties),
    duoFields: DUO_FIELDS.school,
    ownFields: { isdContactEmail: null },
    extraFields: [],
    registered: SchoolRegistered,
    updated: SchoolUpdated,
    closed: SchoolClosed,
    dataKey: 'school',
  },
  vestiging: {
    kind: 'vestiging',
    collection: 'vestigingen',
    keyField: 'vestigingCode',
    snapshotFields: Object.keys(VestigingSnapshot.properties),
    duoFields: DUO_FIELDS.vestiging,
    ownFields: { directieEmail: null },
    extraFields: ['leerlingen'],
    registered: VestigingRegistered,
    updated: VestigingUpdated,
    closed: VestigingClosed,
    dataKey: 'vestiging',
  },
};

/** One entry of an entity's history: what changed, when, and through which import (or the API). */
export interface HistoryEntry {
  revision: number;
  event: 'registered' | 'updated' | 'closed';
  changedFields: string[];
  at: Date;
  importId: string | null;
  source: 'import' | 'api';
}

/** A stored entity: the snapshot fields at the top level, plus bookkeeping. */
export interface EntityDoc {
  _id: string;
  revision: number;
  status: 'open' | 'closed';
  closedOn: string | null;
  history: HistoryEntry[];
  /** Id of the last write, to tell after a conflict which writes of a batch landed. */
  lastWriteId: string;
  lastImportId: string | null;
  updatedAt: Date;
  [field: string]: unknown;
}

export function snapshotOf(
  spec: EntitySpec,
  doc: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(spec.snapshotFields.map((field) => [field, doc[field] ?? null]));
}
