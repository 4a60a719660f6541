import { defineCollection } from '@inspectorate/persistence';
import type { EntityDoc } from '../domain/entities';
import type { ImportReport } from '../domain/report';

/**
 * The registry's collections, declared once (ADR 0009): what a document must
 * hold and the indexes the queries and the import need. Boards, schools and
 * vestigingen carry an outbox; their version is the snapshot's `revision`.
 * A cold import inserts ~15,400 of them: their first events wait apart
 * (insertEventsApart), so the relay never rewrites them after the insert
 * (ADR 0002, "Inserts: the events apart").
 */
const entityFields = {
  _id: { type: String, required: true },
  revision: { type: Number, required: true, min: 1 },
  status: { type: String, required: true, enum: ['open', 'closed'] },
  history: { type: Array },
  lastWriteId: { type: String, required: true },
};

export const Boards = defineCollection<EntityDoc>({
  name: 'boards',
  fields: entityFields,
  indexes: [{ status: 1 }],
  outbox: true,
  insertEventsApart: true,
  versionField: 'revision',
});

export const Schools = defineCollection<EntityDoc>({
  name: 'schools',
  fields: entityFields,
  indexes: [{ bevoegdGezagNummer: 1 }, { sector: 1, status: 1 }],
  outbox: true,
  insertEventsApart: true,
  versionField: 'revision',
});

export const Vestigingen = defineCollection<EntityDoc>({
  name: 'vestigingen',
  fields: entityFields,
  indexes: [{ brin: 1 }, { bevoegdGezagNummer: 1 }, { sector: 1, status: 1 }],
  outbox: true,
  insertEventsApart: true,
  versionField: 'revision',
});

export const Imports = defineCollection<ImportReport>({
  name: 'imports',
  fields: {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    status: {
      type: String,
      required: true,
      enum: ['queued', 'running', 'completed', 'failed', 'refused'],
    },
    startedAt: { type: Date, required: true },
  },
  indexes: [{ startedAt: -1 }, { status: 1 }],
});

/** One piece of an uploaded file waiting to be (or being) applied in the background. */
export interface ImportFileChunk {
  /** `<import id>:<n>` */
  _id: string;
  importId: string;
  n: number;
  data: Uint8Array;
}

/**
 * The bytes of an accepted upload, in pieces well under a document's size
 * limit, until its import has finished: whichever replica applies it reads
 * the file from here, also after the one that accepted it died.
 */
export const ImportFiles = defineCollection<ImportFileChunk>({
  name: 'import_files',
  fields: {
    _id: { type: String, required: true },
    importId: { type: String, required: true },
    n: { type: Number, required: true, min: 0 },
  },
  indexes: [{ importId: 1 }],
});

export const REGISTRY_COLLECTIONS = [Boards, Schools, Vestigingen, Imports, ImportFiles];
