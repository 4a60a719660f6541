import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { RequirePermission } from '@inspectorate/auth';
import { Api, type PagingInput, Valid, pageOf, pagingOf } from '@inspectorate/http';
import type { Request } from 'express';
import { CurrentModel } from '../run/current-model';
import { type AssessmentFilter, RunQueries } from '../run/run.queries';
import { RunUseCase } from '../run/run.usecase';
import { WhatIfUseCase } from '../run/what-if.usecase';
import {
  AssessmentPage,
  AssessmentPath,
  AssessmentSchema,
  AssessmentsQuery,
  IdPath,
  ListQuery,
  ModelAnswer,
  RunBody,
  RunPage,
  RunSchema,
  WhatIfAnswer,
  WhatIfBody,
  WhatIfQuery,
} from './schemas';

const isKey = (value: unknown): value is string => typeof value === 'string';

/** Runs of the risk model (role analist starts them), their assessments, the model and what-if. */
@Controller()
export class RunsController {
  constructor(
    private readonly runs: RunUseCase,
    private readonly queries: RunQueries,
    private readonly whatIf: WhatIfUseCase,
    private readonly model: CurrentModel,
  ) {}

  @Post('runs')
  @HttpCode(201)
  @RequirePermission('risk.run')
  @Api({
    summary: 'Run the current model over every board and vestiging now',
    description:
      'Stores every assessment and publishes RiskAssessed per subject and RiskFlagged for those needing a manual analysis. 409 while another run is going on.',
    tags: ['runs'],
    body: RunBody,
    bodyOptional: true,
    responses: { 201: RunSchema },
  })
  start(@Valid('body') body: { asOf?: string }) {
    return this.runs.execute({ ...(body.asOf ? { asOf: body.asOf } : {}), trigger: 'api' });
  }

  @Get('runs')
  @RequirePermission('risk.read')
  @Api({
    summary: 'Runs, newest first',
    tags: ['runs'],
    query: ListQuery,
    responses: { 200: RunPage },
  })
  async list(@Valid('query') query: PagingInput, @Req() req: Request) {
    const paging = pagingOf(query, isKey);
    const slice = await this.queries.list(paging.after, paging.limit);
    return { ...pageOf(slice.items, paging, req, (r) => r._id), total: slice.total };
  }

  @Get('runs/:id')
  @RequirePermission('risk.read')
  @Api({ summary: 'One run', tags: ['runs'], params: IdPath, responses: { 200: RunSchema } })
  one(@Valid('params') params: { id: string }) {
    return this.queries.get(params.id);
  }

  @Get('runs/:id/assessments')
  @RequirePermission('risk.read')
  @Api({
    summary: "A run's assessments, boards first, then vestigingen, by code",
    tags: ['runs'],
    params: IdPath,
    query: AssessmentsQuery,
    responses: { 200: AssessmentPage },
  })
  async assessments(
    @Valid('params') params: { id: string },
    @Valid('query') query: AssessmentFilter & PagingInput,
    @Req() req: Request,
  ) {
    const paging = pagingOf(query, isKey);
    const filter: AssessmentFilter = {
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.level ? { level: query.level } : {}),
      ...(query.manualAnalysis === undefined ? {} : { manualAnalysis: query.manualAnalysis }),
    };
    const items = await this.queries.page(params.id, filter, paging.after, paging.limit);
    return pageOf(items, paging, req, (a) => `${a.kind}|${a.id}`);
  }

  @Get('runs/:id/assessments/:kind/:subject')
  @RequirePermission('risk.read')
  @Api({
    summary: 'The assessment of one board or vestiging in a run, with its explanation',
    tags: ['runs'],
    params: AssessmentPath,
    responses: { 200: AssessmentSchema },
  })
  assessment(@Valid('params') params: { id: string; kind: string; subject: string }) {
    return this.queries.one(params.id, params.kind, params.subject);
  }

  @Get('model')
  @RequirePermission('risk.read')
  @Api({ summary: 'The current model document', tags: ['model'], responses: { 200: ModelAnswer } })
  currentModel() {
    return this.model.get();
  }

  @Post('what-if')
  @HttpCode(200)
  @RequirePermission('risk.run')
  @Api({
    summary: 'Run a candidate model on the current inputs and compare it with the current model',
    description: 'Nothing is stored or published. 400 lists every problem of an invalid model.',
    tags: ['model'],
    query: WhatIfQuery,
    body: WhatIfBody,
    bodyLimit: 1024 * 1024,
    responses: { 200: WhatIfAnswer },
  })
  compare(@Body() body: unknown, @Valid('query') query: { asOf?: string }) {
    return this.whatIf.execute(body, query.asOf);
  }
}
