import { Type } from '@sinclair/typebox';
import { DateParam, SafeLine, SafeText } from '@inspectorate/http';
import { CaseId } from '../../engine/http/schemas';
import { CHANNELS, HEARING_SKIP_REASONS, OUTCOMES } from './rules';

/** Request schemas of the complaint routes: validation and /openapi.json in one place. */

const Line = (maxLength = 200) => SafeLine({ minLength: 1, maxLength });
const Email = Type.String({ format: 'email', maxLength: 254, 'x-why': 'is not an e-mail address' });
const enumOf = <T extends string>(values: readonly T[], why: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], 'x-why': why });

export const KlachtPath = Type.Object({ id: CaseId });

export const RegisterBody = Type.Object(
  {
    reference: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9._/-]{1,80}$',
        description:
          'Our registration number of the klaagschrift: registering it twice finds the first case.',
        'x-why': 'must be letters, digits and . _ / -',
      }),
    ),
    receivedOn: DateParam,
    channel: enumOf(CHANNELS, `must be one of ${CHANNELS.join(', ')}`),
    complainant: Type.Object(
      {
        name: Type.Optional(Line()),
        addressLines: Type.Array(Line(), { maxItems: 6 }),
        email: Type.Optional(Email),
      },
      { additionalProperties: false },
    ),
    description: Type.Optional(SafeText({ minLength: 1, maxLength: 100_000 })),
    datedOn: Type.Optional(DateParam),
    signed: Type.Boolean({ description: 'The klaagschrift is signed (Awb 9:4(2)).' }),
    conductOn: Type.Optional({
      ...DateParam,
      description: 'When the conduct complained about took place.',
    }),
    openToObjection: Type.Boolean({
      description: 'The conduct is or was open to objection or appeal (Awb 9:8(1)(c)).',
    }),
  },
  { additionalProperties: false },
);

export const CompletionBody = Type.Object(
  {
    receivedOn: DateParam,
    description: Type.Optional(SafeText({ minLength: 1, maxLength: 100_000 })),
    name: Type.Optional(Line()),
    addressLines: Type.Optional(Type.Array(Line(), { minItems: 1, maxItems: 6 })),
    email: Type.Optional(Email),
    datedOn: Type.Optional(DateParam),
    signed: Type.Optional(Type.Boolean()),
    conductOn: Type.Optional(DateParam),
  },
  { additionalProperties: false },
);

const Why = SafeText({
  minLength: 3,
  maxLength: 2000,
  description: 'Why; in the letter and the audit trail.',
});

export const AdjournBody = Type.Object(
  {
    duration: Type.String({
      pattern: '^P(\\d+W)?(\\d+D)?$',
      description: "How long, at most the case type's verdaging term (P4W).",
      'x-why': 'must be an ISO 8601 duration in weeks and days, e.g. P4W',
    }),
    reason: Why,
  },
  { additionalProperties: false },
);

export const ConsentBody = Type.Object(
  {
    until: DateParam,
    reason: Why,
    consent: Type.Object(
      {
        givenOn: DateParam,
        document: Line(300),
      },
      {
        additionalProperties: false,
        description: "The complainant's written consent: when, and which letter or mail.",
      },
    ),
  },
  { additionalProperties: false },
);

export const HearingBody = Type.Object({ on: DateParam }, { additionalProperties: false });
export const HearingReportBody = Type.Object(
  { heldOn: DateParam, text: SafeText({ minLength: 1, maxLength: 100_000 }) },
  { additionalProperties: false },
);
const SKIP = Object.keys(HEARING_SKIP_REASONS) as (keyof typeof HEARING_SKIP_REASONS)[];
export const SkipHearingBody = Type.Object(
  {
    reason: enumOf(SKIP, `must be one of ${SKIP.join(', ')} (Awb 9:10(2))`),
    explanation: Why,
  },
  { additionalProperties: false },
);
export const DecisionBody = Type.Object(
  {
    outcome: enumOf(OUTCOMES, `must be one of ${OUTCOMES.join(', ')}`),
    reasons: SafeText({ minLength: 10, maxLength: 20_000 }),
    conclusions: Type.Optional(SafeText({ minLength: 1, maxLength: 10_000 })),
  },
  { additionalProperties: false },
);
export const WithdrawBody = Type.Object({ reason: Why }, { additionalProperties: false });

export const RegisterQuery = Type.Object(
  {
    year: Type.String({ pattern: '^20[0-9]{2}$', 'x-why': 'must be a year, e.g. 2026' }),
  },
  { additionalProperties: false },
);

export const Registered = Type.Object(
  { caseId: Type.String(), outcome: Type.String(), status: Type.String() },
  { additionalProperties: true },
);
export const Anything = Type.Object({}, { additionalProperties: true });
