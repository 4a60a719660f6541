import { Type } from '@sinclair/typebox';
import { type EventData, defineEvent } from '../define-event';
import { Nullable, StringEnum } from '../schema-helpers';
import { Topics } from '../topics';
import {
  AfdelingSchema,
  BevoegdGezagNummer,
  Brin,
  IsoDate,
  Schooljaar,
  Text,
  Timestamp,
  VestigingCode,
} from './common';

/**
 * Publication: what the inspectorate makes public, on the public topic
 * `inspectorate.publication.public`, read by systems outside the backbone.
 * Only what passed the personal-data gate (or a reviewer) is ever on it; the
 * same item view is what the public API, the open data files and the
 * webhooks carry (docs/services/publication.md).
 */

const ITEM_SUBJECT =
  'Id of the public item (e.g. herstelopdracht-0192f5c2-7a3b-7cc1-8a4e-1c2d3e4f5a6b)';
const itemKey = (data: { itemId: string }) => data.itemId;

export const ITEM_KINDS = ['herstelopdracht-uitkomst', 'rapport'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const PublicItemId = Type.String({
  pattern: '^[a-z][a-z0-9-]{2,120}$',
  description:
    'Id of the public item: its kind and the source case, e.g. herstelopdracht-<case id>.',
});

// As casework's RapportVastgesteld allows (paragraphs of up to 20 000 characters, 200 of them).
const PublicText = (what: string) =>
  Type.Object(
    {
      title: Text(`Title of the ${what}.`),
      paragraphs: Type.Array(Text('A paragraph.', 20_000), { maxItems: 200 }),
    },
    { additionalProperties: false },
  );

/** The facts of an item; which ones a kind fills is in its publication rule (the data dictionary). */
export const PublicItemFields = Type.Object(
  {
    outcome: Type.Optional(
      StringEnum(['voldaan', 'niet-voldaan'] as const, {
        description: 'Herstelopdracht: whether the board met the order in time.',
      }),
    ),
    decidedOn: Type.Optional(IsoDate),
    vastgesteldOn: Type.Optional(IsoDate),
    boardName: Type.Optional(
      Nullable(Text('Name of the board.'), { description: 'Name of the board.' }),
    ),
    schoolName: Type.Optional(
      Nullable(Text('Name of the school.'), { description: 'Name of the school.' }),
    ),
    oordeel: Type.Optional(
      Nullable(Text('The judgment (oordeel) of an investigation, e.g. Voldoende.', 80), {
        description: 'Rapport: the judgment, when the investigation gives one.',
      }),
    ),
    sector: Type.Optional(
      Nullable(Text('Sector of the school (po, so, vso, vo).', 10), {
        description: 'Rapport: the sector of the school.',
      }),
    ),
    kader: Type.Optional(
      Nullable(Text('The onderzoekskader the judgments were given against.'), {
        description: 'Rapport: the name of the onderzoekskader.',
      }),
    ),
    oordelen: Type.Optional(
      Type.Array(
        Type.Object(
          {
            afdeling: Nullable(Text('Afdeling (vo), e.g. havo.', 20), {
              description: 'The vo afdeling; null elsewhere.',
            }),
            standaard: Text('Standard code from the kader, e.g. OP3.', 20),
            naam: Text('Name of the standard.'),
            oordeel: Text('Goed, Voldoende, Onvoldoende or niet beoordeeld.', 40),
          },
          { additionalProperties: false },
        ),
        {
          maxItems: 500,
          description:
            'Rapport: the toezichtresultaten, the oordeel per standaard (per afdeling in vo).',
        },
      ),
    ),
  },
  { additionalProperties: false, description: 'The facts of the item, per kind (see the rules).' },
);

export const PublicItemSchema = Type.Object(
  {
    itemId: PublicItemId,
    kind: StringEnum(ITEM_KINDS, { description: 'What kind of item (a publication rule each).' }),
    dataset: Type.String({
      pattern: '^[a-z][a-z0-9-]{2,60}$',
      description: 'The open data set the item belongs to, e.g. herstelopdrachten.',
    }),
    version: Type.Integer({
      minimum: 1,
      description: 'Goes up with every published correction of the item.',
    }),
    publishedAt: Timestamp,
    updatedAt: Timestamp,
    title: Text('Title of the item.'),
    schooljaar: Nullable(Schooljaar, { description: 'The schooljaar concerned, if any.' }),
    bevoegdGezagNummer: Nullable(BevoegdGezagNummer, { description: 'The board concerned.' }),
    brin: Nullable(Brin, { description: 'The school concerned, if any.' }),
    vestigingCode: Nullable(VestigingCode, { description: 'The vestiging concerned, if any.' }),
    afdeling: Nullable(AfdelingSchema, { description: 'The (vo) afdeling concerned, if any.' }),
    fields: PublicItemFields,
    report: Nullable(PublicText('report'), {
      description: 'The non-personalised report, when the item has one.',
    }),
    reportPdf: Type.Optional(
      Nullable(Type.String({ description: 'Path of the report as PDF.' }), {
        description:
          'Path of the non-personalised report as PDF with extractable text (the zienswijze attached when there is one), e.g. /public/items/{itemId}/report.pdf.',
      }),
    ),
    zienswijze: Type.Optional(
      Nullable(PublicText('zienswijze'), {
        description:
          "Rapport with eindoordeel Zeer zwak: the board's zienswijze, published with the report.",
      }),
    ),
  },
  { additionalProperties: false, description: 'A public item, as every channel shows it.' },
);

export const PublicationPublished = defineEvent({
  name: 'PublicationPublished',
  service: 'publication',
  entity: 'item',
  event: 'published',
  version: 1,
  topic: Topics.publicationPublic,
  subject: ITEM_SUBJECT,
  description:
    'An item became public (change published) or a published item was corrected (change updated). Never carries personal data.',
  data: Type.Object(
    {
      itemId: PublicItemId,
      change: StringEnum(['published', 'updated'] as const, {
        description: 'published: first time public; updated: a correction (higher version).',
      }),
      item: PublicItemSchema,
    },
    { additionalProperties: false },
  ),
  subjectOf: itemKey,
  invariants: (data) =>
    data.item.itemId === data.itemId
      ? []
      : [{ path: '/item/itemId', message: 'must equal itemId' }],
});
export type PublicationPublishedData = EventData<typeof PublicationPublished>;

export const PublicationWithdrawn = defineEvent({
  name: 'PublicationWithdrawn',
  service: 'publication',
  entity: 'item',
  event: 'withdrawn',
  version: 1,
  topic: Topics.publicationPublic,
  subject: ITEM_SUBJECT,
  description:
    'A published item was withdrawn (e.g. a court stopped the publication): remove it; it has gone from every channel.',
  data: Type.Object(
    {
      itemId: PublicItemId,
      kind: StringEnum(ITEM_KINDS, { description: 'Kind of the withdrawn item.' }),
      dataset: Type.String({
        pattern: '^[a-z][a-z0-9-]{2,60}$',
        description: 'Its open data set.',
      }),
      withdrawnAt: Timestamp,
      reason: Text('Why, in public words (no personal data).', 500),
    },
    { additionalProperties: false },
  ),
  subjectOf: itemKey,
});
export type PublicationWithdrawnData = EventData<typeof PublicationWithdrawn>;

export const SubscriptionDisabled = defineEvent({
  name: 'SubscriptionDisabled',
  service: 'publication',
  entity: 'subscription',
  event: 'disabled',
  version: 1,
  topic: Topics.publicationWebhooks,
  subject: 'Id of the webhook subscription',
  description:
    'A webhook subscription was disabled: its receiver kept failing past the retry schedule, 82 attempts over about three days (retries-exhausted), answered 410 Gone (gone), or a beheerder or the partner itself turned it off (by-hand). Its waiting deliveries stop and are kept (enabling it sends them again); for retries-exhausted and gone its contact is mailed.',
  data: Type.Object(
    {
      subscriptionId: Type.String({
        format: 'uuid',
        description: 'Id of the subscription (GET /webhooks/subscriptions/{id}).',
      }),
      owner: Nullable(Text('Client id of the partner system that owns the subscription.', 200), {
        description:
          'The partner system (its OAuth client id); null when a beheerder registered it.',
      }),
      cause: StringEnum(['retries-exhausted', 'gone', 'by-hand'] as const, {
        description: 'Why it was disabled.',
      }),
      reason: Text('The reason, as in the subscription and its delivery log.', 1000),
      disabledAt: Timestamp,
      waitingDeliveries: Type.Integer({
        minimum: 0,
        description: 'Deliveries stopped by it, sent again when the subscription is enabled.',
      }),
    },
    { additionalProperties: false },
  ),
  subjectOf: (data) => data.subscriptionId,
});
export type SubscriptionDisabledData = EventData<typeof SubscriptionDisabled>;

export const publicationEvents = [
  PublicationPublished,
  PublicationWithdrawn,
  SubscriptionDisabled,
] as const;
