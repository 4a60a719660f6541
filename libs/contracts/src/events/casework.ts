import { Type } from '@sinclair/typebox';
import { type EventData, defineEvent } from '../define-event';
import { Nullable, StringEnum } from '../schema-helpers';
import { Topics } from '../topics';
import {
  BevoegdGezagNummer,
  Brin,
  IsoDate,
  Schooljaar,
  Text,
  Timestamp,
  VestigingCode,
} from './common';

/**
 * Casework: cases (zaken) of every type, keyed by case id so a case's events
 * stay in order. The monitoring herstelopdracht flow is the first user; the
 * events are general (type code + version) so meldingen, complaints and
 * investigations use the same ones.
 *
 * Confidential cases (vertrouwensdossiers) never put their content on a
 * topic: their events carry ids, type and status only.
 */

const CASE_SUBJECT = 'Case id (e.g. 0192f5c2-7a3b-7cc1-8a4e-1c2d3e4f5a6b)';
const caseKey = (data: { caseId: string }) => data.caseId;

const CaseId = Type.String({ format: 'uuid', description: 'Id of the case (UUID v7).' });
const CaseTypeRef = Type.Object(
  {
    code: Type.String({
      pattern: '^[a-z0-9-]{3,80}$',
      description: 'Case type code, e.g. bureauonderzoek-monitoring-sociale-veiligheid.',
    }),
    version: Type.Integer({
      minimum: 1,
      description: 'Version of the case type the case was opened with.',
    }),
  },
  { additionalProperties: false, description: 'The case type, as a versioned catalogue entry.' },
);

const CaseSubject = Type.Object(
  {
    kind: StringEnum(['board', 'school', 'vestiging', 'none'] as const, {
      description:
        'What the case is about; none for a case about no school or board (a complaint about the inspectorate itself).',
    }),
    bevoegdGezagNummer: Nullable(BevoegdGezagNummer, {
      description: 'The board; null when unknown.',
    }),
    brin: Nullable(Brin, { description: 'The school; null for a board case.' }),
    vestigingCode: Nullable(VestigingCode, {
      description: 'The vestiging; null unless kind is vestiging.',
    }),
  },
  { additionalProperties: false, description: 'The subject of the case.' },
);

const Outcome = StringEnum(['voldaan', 'niet-voldaan'] as const, {
  description:
    'voldaan: the order was fulfilled in time; niet-voldaan: the deadline passed without it.',
});

export const CaseOpened = defineEvent({
  name: 'CaseOpened',
  service: 'casework',
  entity: 'case',
  event: 'opened',
  version: 1,
  topic: Topics.caseworkCases,
  subject: CASE_SUBJECT,
  description: 'A case was opened (by an event such as SubmissionMissing, or by a person).',
  data: Type.Object(
    {
      caseId: CaseId,
      caseType: CaseTypeRef,
      subject: CaseSubject,
      schooljaar: Nullable(Schooljaar, {
        description: 'The schooljaar the case is about, when it is about one.',
      }),
      confidential: Type.Boolean({
        description: 'True for confidential cases: no content leaves casework.',
      }),
      openedAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  subjectOf: caseKey,
});
export type CaseOpenedData = EventData<typeof CaseOpened>;

export const HerstelopdrachtIssued = defineEvent({
  name: 'HerstelopdrachtIssued',
  service: 'casework',
  entity: 'herstelopdracht',
  event: 'issued',
  version: 1,
  topic: Topics.caseworkCases,
  subject: CASE_SUBJECT,
  description:
    'The inspectorate ordered the board to remedy a shortcoming by a deadline (a herstelopdracht).',
  data: Type.Object(
    {
      caseId: CaseId,
      subject: CaseSubject,
      schooljaar: Nullable(Schooljaar, { description: 'The schooljaar concerned, if any.' }),
      legalBasis: Text(
        'The legal duty not met, e.g. "artikel 3.40, eerste lid onder b en vierde lid, WVO 2020".',
        500,
      ),
      deadline: Type.String({
        format: 'date',
        description: 'The order must be met before this date (Amsterdam), e.g. 2026-11-01.',
      }),
    },
    { additionalProperties: false },
  ),
  subjectOf: caseKey,
});
export type HerstelopdrachtIssuedData = EventData<typeof HerstelopdrachtIssued>;

/**
 * The persons known to a case (inspectors, reporters, complainants,
 * contacts), for publication's personal-data gate only: an item that names
 * one of them is held for review. Publication never publishes them (no rule
 * takes them) and keeps them only beside the item, for the gate.
 */
const KnownPersons = Type.Optional(
  Type.Array(
    Type.Object(
      {
        role: StringEnum(['inspecteur', 'melder', 'klager', 'contactpersoon', 'overig'] as const, {
          description: 'How the person is known to the case.',
        }),
        name: Text('The full name as known to the case.', 200),
        address: Type.Optional(
          Type.Object(
            {
              street: Type.Optional(Text('Street name.', 200)),
              houseNumber: Type.String({
                pattern: '^[0-9]{1,5}$',
                description: 'House number, digits only (an addition such as 12a is left off).',
              }),
              postcode: Type.Optional(
                Type.String({
                  pattern: '^[1-9][0-9]{3}[A-Z]{2}$',
                  description: 'Dutch postcode, no space (e.g. 1234AB).',
                }),
              ),
            },
            {
              additionalProperties: false,
              description:
                'Their home address as the case knows it (street and/or postcode with the house number); absent when the case knows none.',
            },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    {
      maxItems: 200,
      description:
        "Persons known to the case, for publication's personal-data gate only: never published.",
    },
  ),
);

export const HerstelopdrachtOutcomeDetermined = defineEvent({
  name: 'HerstelopdrachtOutcomeDetermined',
  service: 'casework',
  entity: 'herstelopdracht',
  event: 'outcomedetermined',
  version: 1,
  topic: Topics.caseworkCases,
  subject: CASE_SUBJECT,
  description:
    'Whether a herstelopdracht was met. Carries what publication needs: board, school, schooljaar, outcome and the non-personalised report.',
  data: Type.Object(
    {
      caseId: CaseId,
      caseType: CaseTypeRef,
      bevoegdGezagNummer: BevoegdGezagNummer,
      boardName: Nullable(Text('Name of the board.'), {
        description: 'Name of the board; null when unknown.',
      }),
      brin: Brin,
      schoolName: Nullable(Text('Name of the school.'), {
        description: 'Name of the school; null when unknown.',
      }),
      vestigingCode: Nullable(VestigingCode, {
        description: 'The vestiging, when the order concerned one.',
      }),
      schooljaar: Nullable(Schooljaar, { description: 'The schooljaar concerned, if any.' }),
      outcome: Outcome,
      decidedOn: IsoDate,
      report: Type.Object(
        {
          title: Text('Title of the report.'),
          paragraphs: Type.Array(Text('A paragraph.', 5000), { maxItems: 100 }),
        },
        {
          additionalProperties: false,
          description: 'The vastgesteld report without personal data.',
        },
      ),
      knownPersons: KnownPersons,
    },
    { additionalProperties: false },
  ),
  subjectOf: caseKey,
});
export type HerstelopdrachtOutcomeDeterminedData = EventData<
  typeof HerstelopdrachtOutcomeDetermined
>;

export const CaseEscalated = defineEvent({
  name: 'CaseEscalated',
  service: 'casework',
  entity: 'case',
  event: 'escalated',
  version: 1,
  topic: Topics.caseworkCases,
  subject: CASE_SUBJECT,
  description:
    "A case went to a person's queue because the system may not decide the next step (e.g. a herstelopdracht niet voldaan).",
  data: Type.Object(
    {
      caseId: CaseId,
      caseType: CaseTypeRef,
      subject: CaseSubject,
      queue: Text('The work queue, e.g. coordinators.', 80),
      reason: Text('Why, in a sentence.', 500),
    },
    { additionalProperties: false },
  ),
  subjectOf: caseKey,
});
export type CaseEscalatedData = EventData<typeof CaseEscalated>;

export const CaseClosed = defineEvent({
  name: 'CaseClosed',
  service: 'casework',
  entity: 'case',
  event: 'closed',
  version: 1,
  topic: Topics.caseworkCases,
  subject: CASE_SUBJECT,
  description: 'A case reached the end status of its type, with a result.',
  data: Type.Object(
    {
      caseId: CaseId,
      caseType: CaseTypeRef,
      result: Type.String({
        pattern: '^[a-z0-9-]{2,80}$',
        description: 'Result type code of the case type, e.g. voldaan.',
      }),
      closedAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  subjectOf: caseKey,
});
export type CaseClosedData = EventData<typeof CaseClosed>;

/**
 * Meldingen (signals about a school) by category. The social-safety
 * categories go to the vertrouwensinspecteurs and become vertrouwensdossiers;
 * the others are registered as a signal on the school.
 */
export const SOCIAL_SAFETY_CATEGORIES = [
  'seksuele-intimidatie',
  'seksueel-misbruik',
  'fysiek-geweld',
  'psychisch-geweld',
  'discriminatie',
  'radicalisering',
  /** Bullying, online bullying included. */
  'pesten',
] as const;
export type SocialSafetyCategory = (typeof SOCIAL_SAFETY_CATEGORIES)[number];

export const SIGNAL_CATEGORIES = [
  'onderwijskwaliteit',
  'passend-onderwijs',
  'toetsing-en-examens',
  'onderwijstijd',
  'bestuur-en-financien',
  'ouderbijdrage',
  'communicatie-met-ouders',
  'overig',
] as const;
export type SignalCategory = (typeof SIGNAL_CATEGORIES)[number];

export const MeldingRegistered = defineEvent({
  name: 'MeldingRegistered',
  service: 'casework',
  entity: 'melding',
  event: 'registered',
  version: 1,
  topic: Topics.caseworkCases,
  subject: CASE_SUBJECT,
  description:
    'A melding about a school was registered as a signal (not a social-safety one: those become vertrouwensdossiers and are only counted anonymously). Carries the school, category and date only, never the reporter or the text, so that the risk analysis can count signals.',
  data: Type.Object(
    {
      caseId: CaseId,
      brin: Brin,
      vestigingCode: Nullable(VestigingCode, {
        description: 'The vestiging, when the melding named one.',
      }),
      category: StringEnum(SIGNAL_CATEGORIES, { description: 'What the melding is about.' }),
      receivedOn: IsoDate,
    },
    { additionalProperties: false },
  ),
  subjectOf: caseKey,
});
export type MeldingRegisteredData = EventData<typeof MeldingRegistered>;

/** The smallest count of vertrouwensdossiers ever published (smaller ones could identify someone). */
export const MIN_PUBLISHED_COUNT = 5;

export const VertrouwensdossiersCounted = defineEvent({
  name: 'VertrouwensdossiersCounted',
  service: 'casework',
  entity: 'vertrouwensdossiers',
  event: 'counted',
  version: 1,
  topic: Topics.caseworkCases,
  subject: 'BRIN of the school counted',
  description: `Anonymous counts of the vertrouwensdossiers registered about one school in one month, published once after the month has ended. No count below ${MIN_PUBLISHED_COUNT} is ever published: a category with fewer dossiers is pooled with the other small ones of that school and month, and a pool that stays below ${MIN_PUBLISHED_COUNT} is reported only as "fewer than ${MIN_PUBLISHED_COUNT}" (suppressed), without a number or a category.`,
  data: Type.Object(
    {
      brin: Brin,
      month: Type.String({
        pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
        description: 'The month of registration (Amsterdam), YYYY-MM.',
      }),
      counts: Type.Array(
        Type.Object(
          {
            category: StringEnum(SOCIAL_SAFETY_CATEGORIES),
            count: Type.Integer({ minimum: MIN_PUBLISHED_COUNT }),
          },
          { additionalProperties: false },
        ),
        {
          maxItems: SOCIAL_SAFETY_CATEGORIES.length,
          description: `Categories with at least ${MIN_PUBLISHED_COUNT} dossiers.`,
        },
      ),
      pooled: Nullable(Type.Integer({ minimum: MIN_PUBLISHED_COUNT }), {
        description: `The categories below ${MIN_PUBLISHED_COUNT} taken together, when their sum is at least ${MIN_PUBLISHED_COUNT}; null otherwise.`,
      }),
      suppressed: Type.Boolean({
        description: `True when some dossiers of this school and month are in no number above: fewer than ${MIN_PUBLISHED_COUNT}, not published.`,
      }),
    },
    { additionalProperties: false },
  ),
  subjectOf: (data) => data.brin,
});
export type VertrouwensdossiersCountedData = EventData<typeof VertrouwensdossiersCounted>;

const Oordeel = StringEnum(['Goed', 'Voldoende', 'Onvoldoende', 'niet beoordeeld'] as const, {
  description:
    'The judgment of a standard: the waardering Goed, the oordeel Voldoende or Onvoldoende, or not judged.',
});
const ReportText = Type.Object(
  {
    title: Text('Title.'),
    paragraphs: Type.Array(Text('A paragraph.', 20_000), { maxItems: 200 }),
  },
  { additionalProperties: false },
);

export const RapportVastgesteld = defineEvent({
  name: 'RapportVastgesteld',
  service: 'casework',
  entity: 'rapport',
  event: 'vastgesteld',
  version: 1,
  topic: Topics.caseworkCases,
  subject: CASE_SUBJECT,
  description:
    'The report of a kwaliteitsonderzoek was vastgesteld after hoor en wederhoor. Carries what publication needs: the school, the kader, the judgments per standard (per afdeling in vo), the eindoordeel, the publication date (the first day of the fifth week after vaststelling) and, for Zeer zwak, the zienswijze of the board.',
  data: Type.Object(
    {
      caseId: CaseId,
      caseType: CaseTypeRef,
      bevoegdGezagNummer: BevoegdGezagNummer,
      boardName: Nullable(Text('Name of the board.'), {
        description: 'Name of the board; null when unknown.',
      }),
      brin: Brin,
      schoolName: Nullable(Text('Name of the school.'), {
        description: 'Name of the school; null when unknown.',
      }),
      vestigingCode: Nullable(VestigingCode, {
        description: 'The vestiging investigated, if one.',
      }),
      sector: Text('Sector of the school (po, so, vso, vo).', 10),
      aanleiding: Text(
        'Why the investigation was done: risico, steekproef, signalen, handmatig, herstelonderzoek.',
        40,
      ),
      kader: Type.Object(
        {
          id: Text('Kader id, e.g. 2021-po-v2.', 60),
          naam: Text('Name of the kader.'),
          version: Type.Integer({ minimum: 1 }),
        },
        {
          additionalProperties: false,
          description: 'The onderzoekskader (version) the judgments are given against.',
        },
      ),
      oordelen: Type.Array(
        Type.Object(
          {
            afdeling: Nullable(Text('Afdeling (vo), e.g. havo.', 20), {
              description: 'The afdeling in vo; null elsewhere.',
            }),
            standaard: Text('Standard code from the kader, e.g. OP3.', 20),
            naam: Text('Name of the standard.'),
            oordeel: Oordeel,
          },
          { additionalProperties: false },
        ),
        { maxItems: 500 },
      ),
      eindoordeel: StringEnum(['Zeer zwak', 'Onvoldoende', 'Voldoende', 'Goed'] as const, {
        description: 'The overall judgment of the school (or of the afdelingen together).',
      }),
      vastgesteldOp: IsoDate,
      publicatiedatum: Type.String({
        format: 'date',
        description:
          'Publish on this day: the first day of the fifth week after vaststelling (vastgesteldOp + 28 days).',
      }),
      rapport: ReportText,
      zienswijze: Nullable(ReportText, {
        description:
          "The board's zienswijze, published with the report when the eindoordeel is Zeer zwak; null otherwise.",
      }),
      knownPersons: KnownPersons,
    },
    { additionalProperties: false },
  ),
  subjectOf: caseKey,
});
export type RapportVastgesteldData = EventData<typeof RapportVastgesteld>;

export const caseworkEvents = [
  CaseOpened,
  HerstelopdrachtIssued,
  HerstelopdrachtOutcomeDetermined,
  CaseEscalated,
  CaseClosed,
  MeldingRegistered,
  VertrouwensdossiersCounted,
  RapportVastgesteld,
] as const;
