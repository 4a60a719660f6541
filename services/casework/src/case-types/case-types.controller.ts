import { Body, Controller, Get, Param, Put, UseFilters } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { CaseworkErrorFilter, parseBody } from '../http';
import type { CaseTypeDefinition } from './case-type';
import { CaseTypeCatalogue } from './case-type.catalogue';

const Named = Type.Object(
  { code: Type.String({ minLength: 1 }), name: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);
const CaseTypeBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.String({ maxLength: 2000 }),
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
    legalBasis: Type.Record(Type.String(), Type.String({ minLength: 1 })),
    escalationQueue: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  },
  { additionalProperties: false },
);

/** The case type catalogue: read it, and add a version of a type (running cases keep theirs). */
@Controller('case-types')
@UseFilters(CaseworkErrorFilter)
export class CaseTypesController {
  constructor(private readonly catalogue: CaseTypeCatalogue) {}

  @Get()
  list() {
    return this.catalogue.list();
  }

  @Get(':code')
  current(@Param('code') code: string) {
    return this.catalogue.current(code);
  }

  @Get(':code/:version')
  version(@Param('code') code: string, @Param('version') version: string) {
    return this.catalogue.get(code, Number(version));
  }

  @Put(':code')
  put(@Param('code') code: string, @Body() body: unknown) {
    const b = parseBody<Omit<CaseTypeDefinition, 'code' | 'version'>>(CaseTypeBody, body);
    return this.catalogue.addVersion({ ...b, code });
  }
}
