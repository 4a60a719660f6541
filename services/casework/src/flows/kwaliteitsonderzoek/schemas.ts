import { Type } from '@sinclair/typebox';
import { DateParam, SafeLine, SafeText } from '@inspectorate/http';
import { CaseId } from '../../engine/http/schemas';
import { AANLEIDINGEN, AFDELINGEN, EINDOORDELEN, OORDELEN } from './rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({
    type: 'string',
    enum: [...values],
    'x-why': `must be one of ${values.join(', ')}`,
  });
const Paragraphs = Type.Array(SafeText({ minLength: 1, maxLength: 20_000 }), { maxItems: 100 });

export const KoPath = Type.Object({ id: CaseId });

export const OpenBody = Type.Object(
  {
    vestigingCode: Type.String({
      pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
      'x-why': 'is not a vestiging code (e.g. 12AB00)',
    }),
    aanleiding: enumOf(AANLEIDINGEN),
    reason: SafeLine({ minLength: 3, maxLength: 500 }),
    follows: Type.Optional(CaseId),
  },
  { additionalProperties: false },
);

export const OordelenBody = Type.Object(
  {
    oordelen: Type.Array(
      Type.Object(
        {
          afdeling: Type.Optional(enumOf(AFDELINGEN)),
          standaard: Type.String({
            pattern: '^[A-Z]{2,4}[0-9]{1,2}$',
            'x-why': 'is not a standard code (e.g. OP3)',
          }),
          oordeel: enumOf(OORDELEN),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);

export const ConceptBody = Type.Object(
  { eindoordeel: enumOf(EINDOORDELEN), paragraphs: Paragraphs },
  { additionalProperties: false },
);

export const ZienswijzeBody = Type.Object(
  { text: SafeText({ minLength: 1, maxLength: 100_000 }), receivedOn: DateParam },
  { additionalProperties: false },
);

const Duration = Type.String({
  pattern: '^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$',
  'x-why': 'must be an ISO 8601 duration, e.g. P6M',
});
export const AdoptBody = Type.Object(
  {
    paragraphs: Paragraphs,
    legalBasis: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[A-Z]{2,4}[0-9]{1,2}$' }),
        SafeLine({ minLength: 3, maxLength: 500 }),
      ),
    ),
    term: Type.Optional(Duration),
    verbeterperiode: Type.Optional(Duration),
  },
  { additionalProperties: false },
);

export const KaderQuery = Type.Object(
  { sector: Type.String({ pattern: '^[a-z]{2,10}$' }), on: Type.Optional(DateParam) },
  { additionalProperties: false },
);
export const Anything = Type.Object({}, { additionalProperties: true });
