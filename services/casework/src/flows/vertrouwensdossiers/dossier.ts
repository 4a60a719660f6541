import type { SocialSafetyCategory } from '@inspectorate/contracts';
import { defineCollection } from '@inspectorate/persistence';
import type { Sealed } from './field-cipher';

/** The sealed parts of a vertrouwensdossier: its content, never in clear text at rest. */
export interface Reporter {
  kind: string;
  contact: { name?: string; email?: string; phone?: string } | null;
}
export interface ContactEntry {
  at: string;
  by: string;
  channel: string;
  summary: string;
}
export interface AdviceEntry {
  at: string;
  by: string;
  text: string;
}

/**
 * A vertrouwensdossier (WOT art. 6): the vertrouwensinspecteur registers,
 * informs and advises. In clear only what the queue, the anonymous counts
 * and the retention need (school, category, month, status, dates, who did
 * what when); the content (narrative, reporter and contact details, contact
 * log, advice, the closing note) is sealed per field (field-cipher.ts).
 * Not a case of the engine: the engine's timeline, notes and generic routes
 * keep text in clear, and a destroyed dossier must leave no per-dossier trace.
 */
export interface DossierDoc {
  _id: string;
  status: 'open' | 'gesloten';
  brin: string;
  vestigingCode: string | null;
  bevoegdGezagNummer: string | null;
  category: SocialSafetyCategory;
  /** The month of registration (Amsterdam), YYYY-MM: what the anonymous counts group by. */
  month: string;
  channel: string;
  receivedAt: Date;
  registeredAt: Date;
  closedAt: Date | null;
  /** YYYY-MM-DD: from this day on the retention job destroys the dossier (set at closing). */
  destroyOn: string | null;
  sealed: {
    narrative: Sealed;
    reporter: Sealed;
    contacts: Sealed[];
    advice: Sealed[];
    closingNote: Sealed | null;
  };
  /** Who did what when, without content (the audit trail of changes). */
  log: { at: Date; by: string; action: string }[];
  version: number;
}

/** The context a sealed field is bound to: a value copied elsewhere does not open. */
export const sealContext = (dossierId: string, field: string) =>
  `vertrouwensdossier:${dossierId}:${field}`;

export const Dossiers = defineCollection<DossierDoc>({
  name: 'vertrouwensdossiers',
  fields: {
    _id: { type: String, required: true },
    status: { type: String, required: true },
    version: { type: Number, required: true },
  },
  indexes: [{ status: 1, _id: 1 }, { brin: 1, _id: 1 }, { month: 1 }, { destroyOn: 1 }],
});

/** One read of vertrouwensdossiers (a dossier, its reads, or a list): who, when, and why (sealed). */
export interface DossierReadDoc {
  _id: string;
  /** null for a list or search. */
  dossierId: string | null;
  what: 'dossier' | 'reads' | 'list';
  actor: string;
  actorName: string;
  reason: Sealed;
  at: Date;
}
export const DossierReads = defineCollection<DossierReadDoc>({
  name: 'vertrouwens_reads',
  fields: { _id: { type: String, required: true }, at: { type: Date, required: true } },
  indexes: [{ dossierId: 1, at: 1 }],
});

/**
 * The anonymous count that stays: dossiers per school, category and month,
 * fixed when the month is counted (counts.usecase.ts); a destroyed dossier
 * leaves only this.
 */
export interface CountDoc {
  _id: string;
  month: string;
  brin: string;
  category: SocialSafetyCategory;
  count: number;
}
export const Counts = defineCollection<CountDoc>({
  name: 'vertrouwens_counts',
  fields: { _id: { type: String, required: true } },
  indexes: [{ month: 1 }],
});

/** One published VertrouwensdossiersCounted (school and month), with its outbox: published once. */
export interface CountPublicationDoc {
  _id: string;
  month: string;
  brin: string;
  publishedAt: Date;
}
export const CountPublications = defineCollection<CountPublicationDoc>({
  name: 'vertrouwens_count_publications',
  fields: { _id: { type: String, required: true } },
  outbox: true,
});

/** A month whose counts are fixed: dossiers of it may be destroyed from then on. */
export interface CountedMonthDoc {
  _id: string;
  countedAt: Date;
  dossiers: number;
}
export const CountedMonths = defineCollection<CountedMonthDoc>({
  name: 'vertrouwens_counted_months',
  fields: { _id: { type: String, required: true } },
});

/** The record that a dossier was destroyed (Archiefwet: a verklaring van vernietiging), no content. */
export interface DestructionDoc {
  _id: string;
  closedAt: Date;
  destroyOn: string;
  destroyedAt: Date;
  term: string;
}
export const Destructions = defineCollection<DestructionDoc>({
  name: 'vertrouwens_destructions',
  fields: { _id: { type: String, required: true } },
});

export const VERTROUWENS_COLLECTIONS = [
  Dossiers,
  DossierReads,
  Counts,
  CountPublications,
  CountedMonths,
  Destructions,
];
