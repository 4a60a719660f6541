import { Type } from '@sinclair/typebox';
import { type EventData, defineEvent } from '../define-event';
import type { ContractIssue } from '../issues';
import { Nullable, StringEnum } from '../schema-helpers';
import { Topics } from '../topics';
import { BevoegdGezagNummer, IsoDate, Text, VestigingCode } from './common';

/**
 * The yearly prestatie- en risicoanalyse and the steekproef (DOMAIN.md,
 * seed 001): risk-analysis assesses every vestiging and board with a
 * versioned model; RiskFlagged asks casework for a handmatige analyse, with
 * the explanation a person needs; SampleDrawn makes casework open the
 * kwaliteitsonderzoeken of the sko.
 */

const SUBJECT =
  'Vestiging code (e.g. 12AB00) or bevoegd gezag nummer (e.g. 41234): what was assessed';
const subjectKey = (data: { subjectId: string }) => data.subjectId;

const SubjectKind = StringEnum(['vestiging', 'bestuur'] as const, {
  description: 'A vestiging (school location) or a bestuur (bevoegd gezag).',
});
const SubjectId = Type.String({
  pattern: '^([0-9]{2}[A-Z]{2}[0-9]{2}|[0-9]{5})$',
  description: 'Vestiging code for a vestiging, bevoegd gezag nummer for a bestuur.',
});
const Level = StringEnum(['geen', 'laag', 'verhoogd', 'hoog'] as const, {
  description: 'Risk level from the model rules.',
});
const Status = StringEnum(['signal', 'ok', 'missing', 'shown'] as const, {
  description:
    'signal: outside the norm; ok: within it; missing: data missing (never a pass); shown: computed, without a norm.',
});
const ModelRef = Type.Object(
  {
    id: Text('Model document id.', 63),
    version: Type.Integer({ minimum: 1, description: 'Model document version.' }),
  },
  { additionalProperties: false, description: 'The model version the run used.' },
);

const runFields = {
  runId: Text('The run that produced this assessment.', 100),
  model: ModelRef,
  inputHash: Type.String({
    pattern: '^[0-9a-f]{64}$',
    description: 'sha256 over the canonical serialisation of every input of the run.',
  }),
  asOf: IsoDate,
  subjectKind: SubjectKind,
  subjectId: SubjectId,
  level: Level,
  score: Type.Number({
    minimum: 0,
    description: 'Sum of the contributions of signalling indicators.',
  }),
};

function kindMatchesId(data: { subjectKind: string; subjectId: string }): ContractIssue[] {
  const vestiging = /^[0-9]{2}[A-Z]{2}[0-9]{2}$/.test(data.subjectId);
  return vestiging === (data.subjectKind === 'vestiging')
    ? []
    : [{ path: '/subjectId', message: `is not the id of a ${data.subjectKind}` }];
}

export const RiskAssessed = defineEvent({
  name: 'RiskAssessed',
  service: 'risk',
  entity: 'assessment',
  event: 'assessed',
  version: 1,
  topic: Topics.riskAssessments,
  subject: SUBJECT,
  description:
    'A run of the risk model assessed a vestiging or bestuur: its level and, per indicator, whether it signals, is within its norm, or lacks data.',
  data: Type.Object(
    {
      ...runFields,
      manualAnalysis: Type.Boolean({ description: 'Whether the rules ask for a manual analysis.' }),
      indicators: Type.Array(
        Type.Object(
          {
            indicator: Text('Indicator id in the model.', 63),
            status: Status,
            contribution: Type.Number({ minimum: 0 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    },
    { additionalProperties: false },
  ),
  subjectOf: subjectKey,
  invariants: kindMatchesId,
});
export type RiskAssessedData = EventData<typeof RiskAssessed>;

export const RiskFlagged = defineEvent({
  name: 'RiskFlagged',
  service: 'risk',
  entity: 'assessment',
  event: 'flagged',
  version: 1,
  topic: Topics.riskAssessments,
  subject: SUBJECT,
  description:
    'The model rules ask for a handmatige analyse of a vestiging or bestuur; carries the explanation (the reasons, and per indicator its values, norms and data sources). Casework opens the analysis.',
  data: Type.Object(
    {
      ...runFields,
      naam: Text('Name of the vestiging or bestuur.', 200),
      bevoegdGezag: Nullable(BevoegdGezagNummer, {
        description:
          'The board of a vestiging (the board itself for a bestuur); null when unknown.',
      }),
      reasons: Type.Array(Text('Why, in words.', 500), { minItems: 1, maxItems: 50 }),
      indicators: Type.Array(
        Type.Object(
          {
            indicator: Text('Indicator id in the model.', 63),
            label: Text('What the indicator measures.', 200),
            status: Status,
            contribution: Type.Number({ minimum: 0 }),
            parts: Type.Array(
              Type.Object(
                {
                  part: Nullable(Text('Part (onderwijstype, toets).', 63), {
                    description: 'The part measured (HAVO, CET); null for a single figure.',
                  }),
                  value: Nullable(Type.Number(), { description: 'The value; null when missing.' }),
                  norm: Nullable(Type.Number(), {
                    description: 'The norm that applied; null when none.',
                  }),
                  signal: Nullable(Type.Boolean(), {
                    description: 'Outside the norm; null when data or norm is missing.',
                  }),
                  source: Text('Data source.', 200),
                  year: Nullable(Text('Data year or years.', 30), {
                    description: 'Year(s) of the data.',
                  }),
                  missing: Nullable(Text('Why the value is missing.', 200), {
                    description: 'Why the value is missing; null when it is there.',
                  }),
                },
                { additionalProperties: false },
              ),
              { maxItems: 20 },
            ),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    },
    { additionalProperties: false },
  ),
  subjectOf: subjectKey,
  invariants: kindMatchesId,
});
export type RiskFlaggedData = EventData<typeof RiskFlagged>;

export const SampleDrawn = defineEvent({
  name: 'SampleDrawn',
  service: 'risk',
  entity: 'sample',
  event: 'drawn',
  version: 1,
  topic: Topics.riskAssessments,
  subject: 'Id of the draw (e.g. sko-2026-1)',
  description:
    'The steekproef kwaliteitsonderzoek was drawn: seeded and stratified by sector × provincie × size class, reproducible from seed and input hash. Casework opens a kwaliteitsonderzoek per vestiging drawn.',
  data: Type.Object(
    {
      drawId: Text('Id of the draw.', 100),
      seed: Text('The seed of the PRNG, recorded for reproduction.', 200),
      inputHash: Type.String({
        pattern: '^[0-9a-f]{64}$',
        description: 'sha256 of the draw inputs.',
      }),
      date: IsoDate,
      vestigingen: Type.Array(
        Type.Object(
          {
            vestigingCode: VestigingCode,
            stratum: Text('sector|provincie|size class.', 200),
          },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 10000 },
      ),
    },
    { additionalProperties: false },
  ),
  subjectOf: (data) => data.drawId,
});
export type SampleDrawnData = EventData<typeof SampleDrawn>;

export const riskEvents = [RiskAssessed, RiskFlagged, SampleDrawn] as const;
