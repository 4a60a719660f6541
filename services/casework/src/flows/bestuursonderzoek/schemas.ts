import { Type } from '@sinclair/typebox';
import { SafeLine } from '@inspectorate/http';
import { AANLEIDINGEN } from './rules';

export const OpenBestuursBody = Type.Object(
  {
    bevoegdGezagNummer: Type.String({
      pattern: '^[0-9]{5}$',
      'x-why': 'is not a bevoegd gezag nummer (five digits, e.g. 41234)',
    }),
    aanleiding: Type.Unsafe<(typeof AANLEIDINGEN)[number]>({
      type: 'string',
      enum: [...AANLEIDINGEN],
      'x-why': `must be one of ${AANLEIDINGEN.join(', ')}`,
    }),
    reason: SafeLine({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const VerificatieBody = Type.Object(
  {
    vestigingCode: Type.String({
      pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
      'x-why': 'is not a vestiging code (e.g. 12AB00)',
    }),
    reason: SafeLine({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const PlanningQuery = Type.Object(
  {
    year: Type.Optional(
      Type.String({ pattern: '^20[0-9]{2}$', 'x-why': 'must be a year, e.g. 2027' }),
    ),
  },
  { additionalProperties: false },
);
