import { defineCollection } from '@inspectorate/persistence';
import type { ChunkDoc, DatasetDoc, ImportReport } from '../imports/import.types';
import type {
  BoardDoc,
  HerstelDoc,
  MeldingDoc,
  MissingDoc,
  OnderzoekDoc,
  RapportDoc,
  SubmissionDoc,
  VertrouwensDoc,
  VestigingDoc,
} from '../read-models/read-model.types';
import type { RunEventsDoc } from '../run/run-events';
import type { AssessmentChunkDoc, RunDoc } from '../run/run.types';
import type { SampleDoc } from '../samples/sample.types';

/**
 * risk-analysis's collections, declared once (ADR 0009). DUO statistics are
 * stored as datasets (one per list and period) whose rows sit in chunks;
 * a dataset points at the import that holds its rows, so a new file for the
 * same list and period replaces the old one in one document write.
 */
const id = { type: String, required: true };

export const Imports = defineCollection<ImportReport>({
  name: 'imports',
  fields: {
    _id: id,
    status: { type: String, required: true, enum: ['running', 'completed', 'failed'] },
    startedAt: { type: Date, required: true },
  },
});

export const Datasets = defineCollection<DatasetDoc>({
  name: 'duo_datasets',
  fields: { _id: id, list: { type: String, required: true }, importId: id },
});

export const Chunks = defineCollection<ChunkDoc>({
  name: 'duo_chunks',
  fields: { _id: id, importId: id, n: { type: Number, required: true }, rows: { type: String } },
  indexes: [{ importId: 1, n: 1 }],
});

/** Read models of other services' events. */
export const Boards = defineCollection<BoardDoc>({
  name: 'rm_boards',
  fields: { _id: id, revision: { type: Number, required: true } },
});

export const Vestigingen = defineCollection<VestigingDoc>({
  name: 'rm_vestigingen',
  fields: { _id: id, revision: { type: Number, required: true } },
});

export const Submissions = defineCollection<SubmissionDoc>({
  name: 'rm_submissions',
  fields: { _id: id, revision: { type: Number, required: true } },
});

export const MissingSubmissions = defineCollection<MissingDoc>({
  name: 'rm_missing_submissions',
  fields: { _id: id },
});

export const Herstelopdrachten = defineCollection<HerstelDoc>({
  name: 'rm_herstelopdrachten',
  fields: { _id: id, outcome: { type: String, required: true } },
});

export const Meldingen = defineCollection<MeldingDoc>({
  name: 'rm_meldingen',
  fields: { _id: id, brin: { type: String, required: true } },
});

export const Vertrouwensdossiers = defineCollection<VertrouwensDoc>({
  name: 'rm_vertrouwensdossiers',
  fields: { _id: id, published: { type: Number, required: true } },
});

export const Rapporten = defineCollection<RapportDoc>({
  name: 'rm_rapporten',
  fields: { _id: id, eindoordeel: { type: String, required: true } },
});

export const Onderzoeken = defineCollection<OnderzoekDoc>({
  name: 'rm_onderzoeken',
  fields: { _id: id },
});

export const Runs = defineCollection<RunDoc>({
  name: 'runs',
  fields: {
    _id: id,
    status: { type: String, required: true, enum: ['running', 'completed', 'failed'] },
    startedAt: { type: Date, required: true },
  },
  indexes: [{ status: 1, _id: -1 }],
});

/**
 * A run's assessments in chunks, without events (see RunEvents). Still in the
 * manifest's outboxCollections: chunks written with events by an earlier
 * version are relayed (an indexed poll when there are none).
 */
export const Assessments = defineCollection<AssessmentChunkDoc>({
  name: 'assessments',
  fields: {
    _id: id,
    runId: id,
    n: { type: Number, required: true },
    assessments: { type: String },
  },
  indexes: [{ runId: 1, n: 1 }],
});

/** A run's RiskAssessed and RiskFlagged, in small documents of their own with the outbox. */
export const RunEvents = defineCollection<RunEventsDoc>({
  name: 'run_events',
  fields: { _id: id, runId: id, n: { type: Number, required: true } },
  outbox: true,
});

/** The sko draws, as audit records; SampleDrawn leaves through the outbox. */
export const Samples = defineCollection<SampleDoc>({
  name: 'samples',
  fields: { _id: id, seed: id, inputHash: id },
  outbox: true,
});

export const RISK_COLLECTIONS = [
  Imports,
  Datasets,
  Chunks,
  Boards,
  Vestigingen,
  Submissions,
  MissingSubmissions,
  Herstelopdrachten,
  Meldingen,
  Vertrouwensdossiers,
  Rapporten,
  Onderzoeken,
  Runs,
  Assessments,
  RunEvents,
  Samples,
];
