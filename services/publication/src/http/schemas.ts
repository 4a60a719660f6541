import { Type } from '@sinclair/typebox';
import {
  AFDELINGEN,
  ITEM_KINDS,
  Nullable,
  PublicItemSchema,
  SECTORS,
  StringEnum,
} from '@inspectorate/contracts';
import {
  BoardParam,
  BrinParam,
  PageSchema,
  PagingQuery,
  SafeLine,
  SchooljaarParam,
  VestigingCodeParam,
} from '@inspectorate/http';

/** Request and response schemas of the publication API: validation and /openapi.json. */

export const ItemIdParam = Type.String({
  pattern: '^[a-z][a-z0-9-]{2,120}$',
  description: 'Id of a public item, e.g. herstelopdracht-<case id>.',
  'x-why': 'is not an item id (lower-case letters, digits and dashes)',
});
export const ItemPath = Type.Object({ itemId: ItemIdParam });
export const SchooljaarPath = Type.Object({ schooljaar: SchooljaarParam });

export const SectorParam = StringEnum(SECTORS, {
  description: "The school's sector (po, so, vso, vo, ...).",
});
export const GemeenteParam = Type.String({
  pattern: '^[0-9]{4}$',
  description: "CBS gemeentecode of the school's vestiging, four digits (e.g. 0363 Amsterdam).",
  'x-why': 'is not a CBS gemeentecode (four digits, e.g. 0363)',
});

export const ProvincieParam = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^[A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F -]*$',
  description:
    "The provincie of the school's vestiging as DUO writes it, matched exactly: Drenthe, Flevoland, Friesland, Gelderland, Groningen, Limburg, Noord-Brabant, Noord-Holland, Overijssel, Utrecht, Zeeland, Zuid-Holland.",
  'x-why': 'is not a provincie name (letters, spaces and dashes, e.g. Noord-Brabant)',
});

/** The public filters learned from the registry's events. */
const PlaceFilters = {
  sector: Type.Optional(SectorParam),
  gemeente: Type.Optional(GemeenteParam),
  provincie: Type.Optional(ProvincieParam),
};

export const PublicItemsQuery = Type.Object(
  {
    brin: Type.Optional(BrinParam),
    vestigingCode: Type.Optional(VestigingCodeParam),
    afdeling: Type.Optional(StringEnum(AFDELINGEN, { description: 'A vo afdeling.' })),
    board: Type.Optional(BoardParam),
    kind: Type.Optional(StringEnum(ITEM_KINDS, { description: 'Kind of item.' })),
    schooljaar: Type.Optional(SchooljaarParam),
    ...PlaceFilters,
    ...PagingQuery,
  },
  { additionalProperties: false },
);

export const PublicItemPage = PageSchema(PublicItemSchema);

export const ToezichtresultatenQuery = Type.Object(
  {
    brin: Type.Optional(BrinParam),
    vestigingCode: Type.Optional(VestigingCodeParam),
    afdeling: Type.Optional(StringEnum(AFDELINGEN, { description: 'A vo afdeling.' })),
    ...PlaceFilters,
    ...PagingQuery,
  },
  {
    additionalProperties: false,
    description:
      'At least one of brin, vestigingCode, sector, gemeente, provincie. `limit` counts reports.',
  },
);

export const HerstelopdrachtenQuery = Type.Object(
  { ...PlaceFilters, ...PagingQuery },
  { additionalProperties: false, description: '`limit` counts boards.' },
);

export const ToezichtresultatenAnswer = Type.Object({
  items: Type.Array(
    Type.Object({
      itemId: Type.String({ description: 'The report item (/public/items/{itemId}).' }),
      brin: Nullable(Type.String()),
      vestigingCode: Nullable(Type.String()),
      afdeling: Nullable(Type.String({ description: 'The vo afdeling; null elsewhere.' })),
      standaard: Type.String({ description: 'Code of the standard, e.g. OP3.' }),
      naam: Type.String({ description: 'Name of the standard.' }),
      oordeel: Type.String({ description: 'Goed, Voldoende, Onvoldoende or niet beoordeeld.' }),
      eindoordeel: Nullable(Type.String({ description: 'The eindoordeel of the report.' })),
      vastgesteldOn: Nullable(Type.String({ format: 'date' })),
      publishedAt: Type.String({ format: 'date-time' }),
      report: Nullable(Type.String({ description: 'Path of the report as PDF.' })),
    }),
  ),
  next: Nullable(Type.String(), {
    description: 'Link to the next page of reports (same filters), or null on the last page.',
  }),
});

export const HerstelopdrachtList = Type.Object({
  schooljaar: Type.String(),
  boards: Type.Array(
    Type.Object({
      bevoegdGezagNummer: Type.String(),
      boardName: Nullable(Type.String()),
      items: Type.Array(PublicItemSchema),
    }),
  ),
  next: Nullable(Type.String(), {
    description: 'Link to the next page of boards (same filters), or null on the last page.',
  }),
});

export const ChangesQuery = Type.Object(
  {
    since: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        pattern: '^[A-Za-z0-9_-]+$',
        description:
          'Cursor from a previous answer (`cursor` or the `next` link); leave out to start at the beginning.',
        'x-why': 'is not a cursor of the changes feed (copy it from `cursor` or `next`)',
      }),
    ),
    limit: PagingQuery.limit,
  },
  { additionalProperties: false },
);

export const Change = Type.Object({
  cursor: Type.String({
    description: 'Position of this change; `since=<cursor>` continues after it.',
  }),
  change: StringEnum(['published', 'updated', 'withdrawn'] as const),
  itemId: Type.String(),
  kind: Type.String(),
  dataset: Type.String(),
  at: Type.String({ format: 'date-time' }),
  item: Nullable(Type.Object({}, { additionalProperties: true }), {
    description: 'The item as published (null for a withdrawal).',
  }),
  reason: Nullable(Type.String(), { description: 'Withdrawals: why, in public words.' }),
});

export const ChangesAnswer = Type.Object({
  changes: Type.Array(Change),
  cursor: Type.String({ description: 'Where the next call continues: pass it as `since`.' }),
  next: Type.String({
    description: 'The link for the next call (also when there is nothing new yet).',
  }),
  more: Type.Boolean({ description: 'True when more changes are waiting right now.' }),
});

export const ReasonBody = Type.Object(
  {
    reason: SafeLine({
      minLength: 3,
      maxLength: 500,
      description: 'Why, in words that may become public (withdrawals).',
    }),
  },
  { additionalProperties: false },
);
export const OptionalReasonBody = Type.Object(
  { reason: Type.Optional(SafeLine({ minLength: 3, maxLength: 500 })) },
  { additionalProperties: false },
);

const Decision = Nullable(
  Type.Object({
    by: Type.String(),
    at: Type.String({ format: 'date-time' }),
    reason: Nullable(Type.String()),
  }),
);

export const AdminItem = Type.Object({
  itemId: Type.String(),
  kind: Type.String(),
  dataset: Type.String(),
  status: StringEnum([
    'scheduled',
    'held',
    'in-review',
    'published',
    'withdrawn',
    'rejected',
  ] as const),
  publishOn: Type.String({ format: 'date' }),
  publicVersion: Type.Integer(),
  published: Nullable(Type.Object({}, { additionalProperties: true })),
  hold: Decision,
  withdrawal: Decision,
  review: Nullable(
    Type.Object({
      hits: Type.Array(
        Type.Object({ kind: Type.String(), path: Type.String(), excerpt: Type.String() }),
        { description: 'What the personal-data gate found: kind, where, and a masked excerpt.' },
      ),
      since: Type.String({ format: 'date-time' }),
      decision: Nullable(Type.Object({}, { additionalProperties: true })),
    }),
  ),
});
export const AdminItemPage = PageSchema(AdminItem);
export const StatusQuery = Type.Object(
  {
    status: StringEnum(
      ['scheduled', 'held', 'in-review', 'published', 'withdrawn', 'rejected'] as const,
      {
        description: 'Items in this status.',
      },
    ),
    ...PagingQuery,
  },
  { additionalProperties: false },
);
export const ReviewQuery = Type.Object({ ...PagingQuery }, { additionalProperties: false });
