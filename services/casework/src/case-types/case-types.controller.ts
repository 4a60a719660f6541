import { Controller, Get, Put } from '@nestjs/common';
import { RequirePermission } from '@inspectorate/auth';
import { Type } from '@sinclair/typebox';
import { Api, SafeLine, SafeText, Valid } from '@inspectorate/http';
import type { CaseTypeDefinition } from './case-type';
import { CaseTypeCatalogue } from './case-type.catalogue';

const Code = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^[a-z0-9][a-z0-9-]*$',
  'x-why': 'must be a code of lower-case letters, digits and dashes',
});
const Named = Type.Object(
  {
    code: SafeLine({ minLength: 1, maxLength: 100 }),
    name: SafeLine({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
const CaseTypeBody = Type.Object(
  {
    name: SafeLine({ minLength: 1, maxLength: 200 }),
    description: SafeText({ maxLength: 2000 }),
    statuses: Type.Array(Named, { minItems: 2 }),
    results: Type.Array(Named, { minItems: 1 }),
    terms: Type.Record(Type.String(), Type.String()),
    suspendable: Type.Boolean(),
    extendable: Type.Boolean(),
    confidentiality: Type.Union([
      Type.Literal('openbaar'),
      Type.Literal('intern'),
      Type.Literal('vertrouwelijk'),
    ]),
    legalBasis: Type.Record(Type.String(), SafeLine({ minLength: 1, maxLength: 500 })),
    escalationQueue: Type.Union([SafeLine({ minLength: 1, maxLength: 100 }), Type.Null()]),
  },
  { additionalProperties: false },
);
const CaseTypeView = Type.Object(
  { code: Type.String(), version: Type.Integer(), name: Type.String() },
  { additionalProperties: true },
);
const CodePath = Type.Object({ code: Code });
const VersionPath = Type.Object({
  code: Code,
  version: Type.Integer({ minimum: 1, 'x-why': 'must be a version number (1, 2, ...)' }),
});

/** The case type catalogue: read it, and add a version of a type (running cases keep theirs). */
@Controller('case-types')
export class CaseTypesController {
  constructor(private readonly catalogue: CaseTypeCatalogue) {}

  /** The catalogue is a handful of types (one per kind of case), so it is answered whole, not paged. */
  @RequirePermission('case-types.read')
  @Get()
  @Api({
    summary: 'The current version of every case type',
    tags: ['case types'],
    responses: { 200: Type.Array(CaseTypeView) },
  })
  list() {
    return this.catalogue.list();
  }

  @RequirePermission('case-types.read')
  @Get(':code')
  @Api({
    summary: 'The current version of a case type',
    tags: ['case types'],
    params: CodePath,
    responses: { 200: CaseTypeView },
  })
  current(@Valid('params') p: { code: string }) {
    return this.catalogue.current(p.code);
  }

  @RequirePermission('case-types.read')
  @Get(':code/:version')
  @Api({
    summary: 'A version of a case type',
    tags: ['case types'],
    params: VersionPath,
    responses: { 200: CaseTypeView },
  })
  version(@Valid('params') p: { code: string; version: number }) {
    return this.catalogue.get(p.code, p.version);
  }

  @RequirePermission('case-types.manage')
  @Put(':code')
  @Api({
    summary: 'Add a version of a case type (running cases keep theirs)',
    tags: ['case types'],
    params: CodePath,
    body: CaseTypeBody,
    responses: { 200: CaseTypeView },
  })
  put(
    @Valid('params') p: { code: string },
    @Valid('body') b: Omit<CaseTypeDefinition, 'code' | 'version'>,
  ) {
    return this.catalogue.addVersion({ ...b, code: p.code });
  }
}
