import { Type } from '@sinclair/typebox';
import { SafeLine } from '@inspectorate/http';
import { UITKOMSTEN } from './rules';

export const BesluitBody = Type.Object(
  {
    uitkomst: Type.Unsafe<(typeof UITKOMSTEN)[number]>({
      type: 'string',
      enum: [...UITKOMSTEN],
      'x-why': `must be one of ${UITKOMSTEN.join(', ')}`,
    }),
    motivering: SafeLine({ minLength: 3, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const BesluitAnswer = Type.Object(
  {
    caseId: Type.String(),
    result: Type.String(),
    vervolg: Type.Union([Type.String(), Type.Null()], {
      description: 'The investigation opened and linked, for the outcome onderzoek.',
    }),
  },
  { additionalProperties: false },
);
