import { type TSchema, Type } from '@sinclair/typebox';
import { StringEnum } from '@inspectorate/contracts';
import { DateParam, PageSchema, PagingQuery, SafeLine } from '@inspectorate/http';
import { LIST_NAMES } from '../imports/lists';

/** Request and response schemas of the risk-analysis API: validation and /openapi.json in one place. */

const Obj = (properties: Record<string, TSchema>, description?: string) =>
  Type.Object(properties, { additionalProperties: true, ...(description ? { description } : {}) });

export const UploadQuery = Type.Object(
  {
    list: Type.Optional(
      StringEnum(LIST_NAMES, {
        description: 'The list the file must be; without it, the header decides.',
      }),
    ),
    year: Type.Optional(
      Type.Integer({
        minimum: 1990,
        maximum: 2100,
        description: 'Year of a vo pupils file (it has no year column); else from the file name.',
      }),
    ),
    fileName: Type.Optional(SafeLine({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

const RowError = Obj({ line: Type.Integer(), message: Type.String() });
export const ImportReportSchema = Obj(
  {
    _id: Type.String(),
    list: Type.Union([StringEnum(LIST_NAMES), Type.Null()]),
    period: Type.Union([Type.String(), Type.Null()]),
    status: StringEnum(['running', 'completed', 'failed'] as const),
    totalRows: Type.Integer(),
    importedRows: Type.Integer(),
    errorCount: Type.Integer(),
    errors: Type.Array(RowError, { description: 'The first 1000 bad rows, with their line.' }),
  },
  'One import of a DUO file.',
);
export const ImportPage = PageSchema(ImportReportSchema, { total: Type.Integer() });
export const ListQuery = Type.Object({ ...PagingQuery }, { additionalProperties: false });
export const IdPath = Type.Object({
  id: Type.String({ pattern: '^[A-Za-z0-9._-]{1,100}$', 'x-why': 'is not an id' }),
});

export const DatasetsAnswer = Obj({
  items: Type.Array(
    Obj({
      list: Type.String(),
      period: Type.String(),
      importId: Type.String(),
      rows: Type.Integer(),
    }),
  ),
});

export const RunBody = Type.Object(
  { asOf: Type.Optional(DateParam) },
  {
    additionalProperties: false,
    description: 'asOf: the day the analysis is about (default today).',
  },
);
export const RunSchema = Obj(
  {
    _id: Type.String(),
    status: StringEnum(['running', 'completed', 'failed'] as const),
    model: Obj({ id: Type.String(), version: Type.Integer() }),
    asOf: Type.String(),
    inputHash: Type.String(),
    resultHash: Type.String(),
    counts: Obj({}),
  },
  'A run of the risk model: model version, input hash, result hash and counts.',
);
export const RunPage = PageSchema(RunSchema, { total: Type.Integer() });

const Part = Obj({
  part: Type.Union([Type.String(), Type.Null()]),
  value: Type.Union([Type.Number(), Type.Null()]),
  norm: Type.Union([Type.Number(), Type.Null()]),
  signal: Type.Union([Type.Boolean(), Type.Null()]),
  source: Type.String(),
  year: Type.Union([Type.String(), Type.Null()]),
  missing: Type.Optional(Type.String()),
});
export const AssessmentSchema = Obj(
  {
    kind: StringEnum(['bestuur', 'vestiging'] as const),
    id: Type.String(),
    level: StringEnum(['geen', 'laag', 'verhoogd', 'hoog'] as const),
    score: Type.Number(),
    manualAnalysis: Type.Boolean(),
    reasons: Type.Array(Type.String()),
    indicators: Type.Array(
      Obj({
        indicator: Type.String(),
        status: StringEnum(['signal', 'ok', 'missing', 'shown'] as const),
        contribution: Type.Number(),
        parts: Type.Array(Part),
      }),
    ),
  },
  'Per indicator its value, norm, signal, contribution, source and year; missing data says why.',
);
export const AssessmentPage = PageSchema(AssessmentSchema);
export const AssessmentsQuery = Type.Object(
  {
    kind: Type.Optional(StringEnum(['bestuur', 'vestiging'] as const)),
    level: Type.Optional(StringEnum(['geen', 'laag', 'verhoogd', 'hoog'] as const)),
    manualAnalysis: Type.Optional(Type.Boolean()),
    ...PagingQuery,
  },
  { additionalProperties: false },
);
export const AssessmentPath = Type.Object({
  id: IdPath.properties.id,
  kind: StringEnum(['bestuur', 'vestiging'] as const),
  subject: Type.String({
    pattern: '^([0-9]{2}[A-Z]{2}[0-9]{2}|[0-9]{5})$',
    'x-why': 'is not a vestiging code or bevoegd gezag nummer',
  }),
});

export const WhatIfBody = Obj(
  {},
  'A candidate model document (the format of GET /model); validated, run and compared, never published.',
);
export const WhatIfQuery = Type.Object(
  { asOf: Type.Optional(DateParam) },
  { additionalProperties: false },
);
export const WhatIfAnswer = Obj(
  { sameInputs: Type.Boolean(), inputHash: Type.String(), changes: Type.Array(Obj({})) },
  'The subjects whose level or manual analysis changes, and the indicators that made it change.',
);
export const ModelAnswer = Obj({}, 'The current model document.');

export const SampleBody = Type.Object(
  {
    id: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9._-]{1,100}$',
        description: 'Id of the draw (default sko-<date>-<seed>).',
      }),
    ),
    date: Type.Optional(DateParam),
    size: Type.Integer({
      minimum: 1,
      maximum: 10000,
      description: 'Number of vestigingen to draw.',
    }),
    seed: Type.Optional(
      SafeLine({
        minLength: 1,
        maxLength: 200,
        description: 'Seed of the draw; random (and recorded) when left out.',
      }),
    ),
  },
  { additionalProperties: false },
);
export const SampleSchema = Obj(
  {
    _id: Type.String(),
    seed: Type.String(),
    inputHash: Type.String(),
    date: Type.String(),
    size: Type.Integer(),
    strata: Type.Array(Obj({})),
    drawn: Type.Array(Obj({ vestiging: Type.String(), stratum: Type.String() })),
    excluded: Type.Array(Obj({ vestiging: Type.String(), reason: Type.String() })),
  },
  'A sko draw as its audit record.',
);

const StelselYear = (description: string) =>
  Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100, description }));
export const StelselQuery = Type.Object(
  {
    run: Type.Optional(IdPath.properties.id),
    from: StelselYear(
      'First year of a multi-year view: per year the newest completed run about a day in it (not with run).',
    ),
    to: StelselYear('Last year of a multi-year view (default: every year from `from` on).'),
  },
  { additionalProperties: false },
);
export const StelselAnswer = Obj(
  {
    runId: Type.String({ description: 'The run of the newest year shown.' }),
    runs: Type.Array(Obj({ jaar: Type.String(), runId: Type.String() }), {
      description: 'The run each year comes from, oldest year first.',
    }),
    rows: Type.Array(Obj({})),
  },
  'Per sector × provincie × year: schools, share with a signal per indicator, monitoring compliance, eindoordelen; cells under 5 schools are "<5".',
);
export const ChartPath = Type.Object({
  indicator: Type.String({
    pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
    'x-why': 'is not an indicator id',
  }),
});
