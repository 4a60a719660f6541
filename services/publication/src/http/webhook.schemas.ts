import { Type } from '@sinclair/typebox';
import { ITEM_KINDS, Nullable, StringEnum } from '@inspectorate/contracts';
import {
  BoardParam,
  BrinParam,
  Email,
  PageSchema,
  PagingQuery,
  SafeLine,
} from '@inspectorate/http';
import { GemeenteParam, ProvincieParam, SectorParam } from './schemas';

/** Schemas of the webhook subscription API. */

export const SubscriptionPath = Type.Object({
  subscriptionId: Type.String({ format: 'uuid', 'x-why': 'is not a subscription id (a UUID)' }),
});

const Filter = Type.Object(
  {
    changes: Type.Optional(
      Type.Array(StringEnum(['published', 'updated', 'withdrawn'] as const), {
        maxItems: 3,
        uniqueItems: true,
      }),
    ),
    kinds: Type.Optional(Type.Array(StringEnum(ITEM_KINDS), { maxItems: 20, uniqueItems: true })),
    datasets: Type.Optional(
      Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]{2,60}$' }), {
        maxItems: 20,
        uniqueItems: true,
      }),
    ),
    brins: Type.Optional(Type.Array(BrinParam, { maxItems: 1000, uniqueItems: true })),
    boards: Type.Optional(Type.Array(BoardParam, { maxItems: 1000, uniqueItems: true })),
    sectors: Type.Optional(Type.Array(SectorParam, { maxItems: 20, uniqueItems: true })),
    gemeenten: Type.Optional(Type.Array(GemeenteParam, { maxItems: 1000, uniqueItems: true })),
    provincies: Type.Optional(Type.Array(ProvincieParam, { maxItems: 20, uniqueItems: true })),
  },
  {
    additionalProperties: false,
    description:
      "Only changes that match every given list (a withdrawal goes to every subscriber of its kind). `sectors`, `gemeenten` (CBS codes) and `provincies` (as DUO writes them, e.g. Noord-Brabant) are the school's, as the registry says, like the public API's sector, gemeente and provincie filters; an item whose place (or provincie) is not known matches none of them.",
  },
);

export const NewSubscriptionBody = Type.Object(
  {
    url: Type.String({
      minLength: 8,
      maxLength: 2000,
      description:
        'Where deliveries are POSTed: https, a public host (no private, loopback or link-local address).',
    }),
    description: Type.Optional(SafeLine({ minLength: 1, maxLength: 300 })),
    contactEmail: Type.Optional(Email),
    filter: Type.Optional(Filter),
    fromStart: Type.Optional(
      Type.Boolean({
        description: 'Also deliver every change published before now (default: only new ones).',
      }),
    ),
    owner: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        pattern: '^[A-Za-z0-9._:-]+$',
        description:
          'Beheerder only: the client id of the partner system that may manage it too. A partner leaves it out: it owns what it registers.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const SubscriptionAnswer = Type.Object({
  subscriptionId: Type.String(),
  url: Type.String(),
  description: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  owner: Nullable(Type.String({ description: 'The partner system (client id) that manages it.' })),
  filter: Filter,
  status: StringEnum(['active', 'disabled'] as const),
  disabled: Nullable(
    Type.Object({ at: Type.String({ format: 'date-time' }), reason: Type.String() }),
    {
      description:
        'When and why deliveries stopped (410 from the receiver, the retry schedule exhausted, a beheerder).',
    },
  ),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.String(),
  secretRotatesOutAt: Nullable(Type.String({ format: 'date-time' }), {
    description: 'During a rotation: when the previous secret stops signing.',
  }),
});

export const RegisteredAnswer = Type.Composite([
  SubscriptionAnswer,
  Type.Object({
    secret: Type.String({
      pattern: '^whsec_',
      description: 'The signing secret; store it now, it is not shown again.',
    }),
  }),
]);

export const SubscriptionPage = {
  query: Type.Object({ ...PagingQuery }, { additionalProperties: false }),
  answer: PageSchema(SubscriptionAnswer),
};

const Delivery = Type.Object({
  webhookId: Type.String(),
  seq: Type.Integer(),
  status: StringEnum(['pending', 'sending', 'delivered', 'failed', 'superseded'] as const),
  attempts: Type.Integer(),
  nextAttemptAt: Nullable(Type.String({ format: 'date-time' })),
  log: Type.Array(
    Type.Object({
      attempt: Type.Integer(),
      at: Type.String({ format: 'date-time' }),
      status: Nullable(Type.Integer()),
      outcome: StringEnum(['delivered', 'retry', 'disabled', 'gave-up'] as const),
      reason: Nullable(Type.String()),
      durationMs: Type.Number(),
    }),
  ),
});
export const DeliveryPage = {
  query: Type.Object({ ...PagingQuery }, { additionalProperties: false }),
  answer: PageSchema(Delivery),
};

export const DisableBody = Type.Object(
  { reason: SafeLine({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);

export const ReplayBody = Type.Object(
  {
    from: Type.String({ format: 'date-time', 'x-why': 'must be an RFC 3339 instant' }),
    to: Type.String({ format: 'date-time', 'x-why': 'must be an RFC 3339 instant' }),
  },
  { additionalProperties: false },
);
export const ReplayAnswer = Type.Object({ queued: Type.Integer() });
