import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { RequirePermission } from '@inspectorate/auth';
import { Api, Valid } from '@inspectorate/http';
import type { Response } from 'express';
import { type DrawRequest, DrawSampleUseCase } from '../samples/draw-sample.usecase';
import { type StelselSelection, StelselService } from '../stelsel/stelsel.service';
import {
  ChartPath,
  IdPath,
  SampleBody,
  SampleSchema,
  StelselAnswer,
  StelselQuery,
} from './schemas';

/** The sko draw (role analist) and the stelsel figures of De Staat van het Onderwijs. */
@Controller()
export class SamplesController {
  constructor(
    private readonly draws: DrawSampleUseCase,
    private readonly stelsel: StelselService,
  ) {}

  @Post('samples')
  @HttpCode(201)
  @RequirePermission('risk.run')
  @Api({
    summary: 'Draw the steekproef kwaliteitsonderzoek',
    description:
      'Seeded, stratified by sector × provincie × size class with proportional allocation; excludes schools judged in the 12 months before the date. Stored as an audit record; SampleDrawn goes to casework.',
    tags: ['samples'],
    body: SampleBody,
    responses: { 201: SampleSchema },
  })
  draw(@Valid('body') body: DrawRequest) {
    return this.draws.execute(body);
  }

  @Get('samples/:id')
  @RequirePermission('risk.read')
  @Api({
    summary: 'One sko draw',
    tags: ['samples'],
    params: IdPath,
    responses: { 200: SampleSchema },
  })
  one(@Valid('params') params: { id: string }) {
    return this.draws.get(params.id);
  }

  @Get('stelsel')
  @RequirePermission('risk.read')
  @Api({
    summary: 'Stelsel figures of a completed run (default the newest), or of several years',
    description:
      'With from/to: per year the newest completed run about a day in that year, rows per sector × provincie × year.',
    tags: ['stelsel'],
    query: StelselQuery,
    responses: { 200: StelselAnswer },
  })
  figures(@Valid('query') query: StelselSelection) {
    return this.stelsel.figures(query);
  }

  @Get('stelsel.csv')
  @RequirePermission('risk.read')
  @Api({
    summary: 'The stelsel figures as CSV (;-separated, as DUO publishes)',
    tags: ['stelsel'],
    query: StelselQuery,
    responses: { 200: { description: 'CSV', contentType: 'text/csv' } },
  })
  async csv(@Valid('query') query: StelselSelection, @Res() res: Response) {
    const text = await this.stelsel.csv(query);
    res.type('text/csv; charset=utf-8').send(text);
  }

  @Get('stelsel/charts/:indicator.svg')
  @RequirePermission('risk.read')
  @Api({
    summary: 'Share of schools with a signal on one indicator, per provincie and sector, as SVG',
    tags: ['stelsel'],
    params: ChartPath,
    query: StelselQuery,
    responses: { 200: { description: 'SVG chart (Vega-Lite)', contentType: 'image/svg+xml' } },
  })
  async chart(
    @Valid('params') params: { indicator: string },
    @Valid('query') query: StelselSelection,
    @Res() res: Response,
  ) {
    res.type('image/svg+xml').send(await this.stelsel.chart(params.indicator, query));
  }
}
