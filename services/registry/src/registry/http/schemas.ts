import { type TObject, type TProperties, Type } from '@sinclair/typebox';
import {
  BoardSnapshot,
  Nullable,
  POSTCODE_PATTERN,
  SchoolSnapshot,
  SectorSchema,
  StringEnum,
  VestigingSnapshot,
} from '@inspectorate/contracts';
import {
  BoardParam,
  BrinParam,
  PageSchema,
  PagingQuery,
  SafeLine,
  VestigingCodeParam,
} from '@inspectorate/http';

/** Request and response schemas of the registry API: validation and /openapi.json in one place. */

const searchText = (what: string) =>
  Type.Optional(SafeLine({ maxLength: 100, description: `Part of the ${what} (any case).` }));

/** Filters every entity list takes; the nested lists (a board's schools) fix one of them. */
export const SearchQuery = Type.Object(
  {
    name: searchText('name'),
    plaats: searchText('plaats'),
    gemeente: searchText('gemeente name'),
    sector: Type.Optional(SectorSchema),
    board: Type.Optional(BoardParam),
    brin: Type.Optional(BrinParam),
    postcode: Type.Optional(
      Type.String({
        pattern: POSTCODE_PATTERN,
        'x-why': 'is not a Dutch postcode written as 1234 AB',
      }),
    ),
    status: Type.Optional(StringEnum(['open', 'closed'] as const)),
    ...PagingQuery,
  },
  { additionalProperties: false },
);

export const ImportsQuery = Type.Object({ ...PagingQuery }, { additionalProperties: false });

export const UploadQuery = Type.Object(
  {
    sector: Type.Optional(SectorSchema),
    complete: Type.Optional(
      Type.Boolean({ description: 'false: a partial list, closes nothing (default true).' }),
    ),
    fileName: Type.Optional(SafeLine({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const BoardPath = Type.Object({ nummer: BoardParam });
export const SchoolPath = Type.Object({ brin: BrinParam });
export const VestigingPath = Type.Object({ code: VestigingCodeParam });
export const ImportPath = Type.Object({
  id: Type.String({
    minLength: 1,
    maxLength: 64,
    pattern: '^[0-9a-f-]+$',
    'x-why': 'is not an import id',
  }),
});

/** `{ "<field>": "a@b.nl" | null }`; the address is checked like the events check it (see the controller). */
export function ContactBody(field: string): TObject {
  return Type.Object(
    {
      [field]: Nullable(
        Type.String({
          maxLength: 300,
          description: 'An e-mail address (surrounding spaces are trimmed).',
        }),
        { description: 'The address, or null to clear it.' },
      ),
    },
    { additionalProperties: false },
  );
}

const bookkeeping: TProperties = {
  revision: Type.Integer({ minimum: 1 }),
  lastImportId: Nullable(Type.String()),
  updatedAt: Type.String({ format: 'date-time' }),
};

const view = (snapshot: TObject, description: string) =>
  Type.Object(
    { ...snapshot.properties, ...bookkeeping },
    { additionalProperties: true, description },
  );

export const EntityViews = {
  board: view(BoardSnapshot, 'A board (bevoegd gezag).'),
  school: view(SchoolSnapshot, 'A school (BRIN).'),
  vestiging: view(VestigingSnapshot, 'A vestiging (location) of a school.'),
};

const withTotal = { total: Type.Integer({ minimum: 0, description: 'Matches in all pages.' }) };
export const EntityPages = {
  board: PageSchema(EntityViews.board, withTotal),
  school: PageSchema(EntityViews.school, withTotal),
  vestiging: PageSchema(EntityViews.vestiging, withTotal),
};

export const ImportReportSchema = Type.Object(
  {
    _id: Type.String(),
    fileName: Nullable(Type.String()),
    kind: StringEnum(['vestigingen', 'boards'] as const),
    complete: Type.Boolean(),
    status: StringEnum(['queued', 'running', 'completed', 'failed', 'refused'] as const),
    startedAt: Type.String({ format: 'date-time' }),
    totalRows: Type.Integer(),
    appliedRows: Type.Integer(),
    errorCount: Type.Integer(),
  },
  { additionalProperties: true },
);
export const ImportPage = PageSchema(ImportReportSchema, withTotal);

export const ContactAnswer = Type.Object({
  changed: Type.Boolean(),
  snapshot: Type.Object({}, { additionalProperties: true }),
  revision: Type.Integer(),
});

export const HistoryAnswer = Type.Object({
  brin: Type.String(),
  history: Type.Array(
    Type.Object(
      {
        entity: StringEnum(['school', 'vestiging'] as const),
        key: Type.String(),
        revision: Type.Integer(),
        at: Type.String(),
      },
      { additionalProperties: true },
    ),
  ),
});
