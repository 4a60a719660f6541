import { Type } from '@sinclair/typebox';
import { Nullable, ProviderId } from '@inspectorate/contracts';
import {
  DateParam,
  Email,
  SafeLine,
  SchooljaarParam,
  VestigingCodeParam,
  badRequest,
} from '@inspectorate/http';
import { type Clock, schooljaarOf, shiftSchooljaar } from '@inspectorate/scheduling';

/** Request and response schemas of the monitoring-intake API: validation and /openapi.json. */

export const ProviderIdParam = Type.String({
  pattern: ProviderId.pattern,
  description: ProviderId.description,
  'x-why':
    'is not a provider id (1-64 letters, digits, ".", "_", "-", starting with a letter or digit)',
});

export const SchooljaarPath = Type.Object({ schooljaar: SchooljaarParam });
export const ConsentPath = Type.Object({
  schooljaar: SchooljaarParam,
  vestigingCode: VestigingCodeParam,
  providerId: ProviderIdParam,
});
export const SubmissionPath = Type.Object({
  schooljaar: SchooljaarParam,
  vestigingCode: VestigingCodeParam,
});
export const ProviderPath = Type.Object({ providerId: ProviderIdParam });
export const KeyPath = Type.Object({
  providerId: ProviderIdParam,
  keyId: Type.String({
    minLength: 1,
    maxLength: 100,
    pattern: '^[A-Za-z0-9_-]+$',
    'x-why': 'is not a key id',
  }),
});
export const SchooljaarQuery = Type.Object(
  { schooljaar: Type.Optional(SchooljaarParam) },
  { additionalProperties: false },
);
export const AsOfQuery = Type.Object(
  { asOf: Type.Optional(DateParam) },
  { additionalProperties: false },
);

export const RegisterProvider = Type.Object(
  {
    providerId: ProviderIdParam,
    name: SafeLine({ minLength: 1, maxLength: 200 }),
    contactEmail: Type.Optional(Email),
    clientId: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$',
        description:
          "The provider's OAuth client at the identity provider (client credentials, role instrumentaanbieder): its tokens then act as this provider",
        'x-why': 'is not a client id (1-128 letters, digits, ".", "_", "-")',
      }),
    ),
  },
  { additionalProperties: false },
);

export const IssueKey = Type.Object(
  { revokeOthers: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

export const DeadlineBody = Type.Object(
  {
    deadline: Type.String({
      maxLength: 20,
      description: 'The exclusive date (YYYY-MM-DD): results are due before it.',
    }),
  },
  { additionalProperties: false },
);

/** A delivery is checked by the use case (422 naming each field); here only that it is an object. */
export const DeliveryBody = Type.Object(
  {},
  {
    additionalProperties: true,
    description: 'One delivery: the data of SubmissionReceived (see docs/asyncapi.yaml).',
    'x-why': 'must be one delivery as a JSON object (many go to /provider/submissions/bulk)',
  },
);

export const ConsentView = Type.Object(
  { schooljaar: Type.String(), vestigingCode: Type.String(), providerId: Type.String() },
  { additionalProperties: true },
);

export const ProviderView = Type.Object(
  {
    providerId: Type.String(),
    name: Type.String(),
    contactEmail: Nullable(Type.String()),
    clientId: Nullable(Type.String()),
    createdAt: Type.String(),
    keys: Type.Optional(
      Type.Array(
        Type.Object({
          keyId: Type.String(),
          createdAt: Type.String(),
          revokedAt: Nullable(Type.String()),
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export const IssuedKey = Type.Object({
  keyId: Type.String(),
  apiKey: Type.String(),
  createdAt: Type.String(),
});

export const AnyObject = Type.Object({}, { additionalProperties: true });

/** How far from the current schooljaar (by the clock) a consent may be given or withdrawn. */
export const CONSENT_WINDOW = { before: 2, after: 1 } as const;

/**
 * Consents are for schooljaren around now: two back (late corrections) to
 * the next one (a school arranging ahead). 1900-1901 or 2099-2100 is a typo,
 * answered 400 naming the window.
 */
export function checkConsentWindow(schooljaar: string, clock: Clock): void {
  const current = schooljaarOf(clock.now());
  const first = shiftSchooljaar(current, -CONSENT_WINDOW.before);
  const last = shiftSchooljaar(current, CONSENT_WINDOW.after);
  if (schooljaar < first || schooljaar > last)
    throw badRequest(`schooljaar ${schooljaar} is outside ${first} to ${last}`, [
      {
        in: 'path',
        path: '/schooljaar',
        message: `must be from ${first} to ${last} (around the current schooljaar ${current})`,
      },
    ]);
}
