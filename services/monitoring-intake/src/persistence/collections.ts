import { defineCollection } from '@inspectorate/persistence';
import type { ConsentDoc } from '../consents/consents.service';
import type { DeadlineDoc } from '../deadlines/deadlines.service';
import type { ApiKeyDoc, ProviderClientDoc, ProviderDoc } from '../providers/providers.store';
import type { IdempotencyDoc } from '../submissions/idempotency.store';
import type { SubmissionDoc } from '../submissions/submission.doc';
import type { ObligationDoc } from '../sweep/sweep.service';
import type { VestigingDoc } from '../vestigingen/vestigingen.read-model';

/**
 * monitoring-intake's collections, declared once (ADR 0009): what a
 * document must hold and the indexes its queries need. Consents,
 * submissions and obligations carry an outbox.
 */
const id = { type: String, required: true };

export const Consents = defineCollection<ConsentDoc>({
  name: 'consents',
  fields: {
    _id: id,
    status: { type: String, required: true, enum: ['granted', 'withdrawn'] },
  },
  indexes: [{ providerId: 1, schooljaar: 1 }],
  outbox: true,
});

export const Submissions = defineCollection<SubmissionDoc>({
  name: 'submissions',
  fields: {
    _id: id,
    submissionId: { type: String, required: true },
    revision: { type: Number, required: true, min: 1 },
    revisions: { type: Array },
  },
  indexes: [{ 'revisions.providerId': 1, schooljaar: 1 }],
  outbox: true,
  // A national bulk inserts ~7,200 submissions: their SubmissionReceived
  // events wait apart (ADR 0002, "Inserts: the events apart"), so the relay
  // deletes small entries instead of rewriting each whole submission, history
  // included, after the insert. Corrections (updates) keep theirs inside.
  insertEventsApart: true,
  versionField: 'revision',
});

export const Obligations = defineCollection<ObligationDoc>({
  name: 'obligations',
  fields: {
    _id: id,
    schooljaar: { type: String, required: true },
    vestigingCode: { type: String, required: true },
    state: { type: String, required: true, enum: ['missing'] },
  },
  indexes: [{ schooljaar: 1 }],
  outbox: true,
});

export const Deadlines = defineCollection<DeadlineDoc>({
  name: 'deadlines',
  fields: { _id: id },
});

export const Providers = defineCollection<ProviderDoc>({
  name: 'providers',
  fields: { _id: id, name: { type: String, required: true } },
});

export const ProviderClients = defineCollection<ProviderClientDoc>({
  name: 'provider_clients',
  fields: { _id: id, providerId: { type: String, required: true } },
});

export const ApiKeys = defineCollection<ApiKeyDoc>({
  name: 'api_keys',
  fields: { _id: id, providerId: { type: String, required: true } },
  indexes: [{ providerId: 1, createdAt: 1 }],
});

export const IdempotencyKeys = defineCollection<IdempotencyDoc>({
  name: 'idempotency_keys',
  fields: { _id: id, state: { type: String, required: true, enum: ['pending', 'done'] } },
});

/** The registry's vestigingen as this service knows them (a read model: keepLatest). */
export const Vestigingen = defineCollection<VestigingDoc>({
  name: 'vestigingen',
  fields: { _id: id, revision: { type: Number, required: true } },
  // The sweep reads all vestigingen of a sector, by _id ranges.
  indexes: [{ sector: 1, _id: 1 }],
});

export const INTAKE_COLLECTIONS = [
  Consents,
  Submissions,
  Obligations,
  Deadlines,
  Providers,
  ApiKeys,
  ProviderClients,
  IdempotencyKeys,
  Vestigingen,
];
