import { Controller, Get, Res } from '@nestjs/common';
import { Public } from '@inspectorate/auth';
import { Api, NotFoundError, Valid } from '@inspectorate/http';
import { Type } from '@sinclair/typebox';
import type { Response } from 'express';
import { dictionaryOf } from '../opendata/dataset';
import { OpenDataService } from '../opendata/opendata.service';

const DatasetName = Type.String({
  pattern: '^[a-z][a-z0-9-]{2,60}$',
  'x-why': 'is not a data set name (lower-case letters, digits and dashes)',
});
const FileName = Type.String({
  pattern: '^[a-z][a-z0-9-]{2,60}\\.(csv|json)$',
  description: 'The data set and the format: herstelopdrachten.csv or herstelopdrachten.json.',
  'x-why': 'is not a data file name (<dataset>.csv or <dataset>.json)',
});
const Datasets = Type.Object({
  datasets: Type.Array(
    Type.Object({
      dataset: Type.String(),
      title: Type.String(),
      rows: Type.Integer(),
      generatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      csv: Type.String(),
      json: Type.String(),
      dictionary: Type.String(),
    }),
  ),
});
const Dictionary = Type.Object(
  {},
  { additionalProperties: true, description: 'Columns with type and meaning.' },
);

/** Open data: per data set a CSV and a JSON file, regenerated when their content changes, and a data dictionary. */
@Controller('public/datasets')
@Public()
export class OpenDataController {
  constructor(private readonly opendata: OpenDataService) {}

  @Get()
  @Api({
    summary: 'The open data sets and their files',
    tags: ['open data'],
    responses: { 200: Datasets },
  })
  async list() {
    return { datasets: await this.opendata.list() };
  }

  @Get(':dataset/dictionary')
  @Api({
    summary: "A data set's data dictionary: every column with its type and meaning",
    tags: ['open data'],
    params: Type.Object({ dataset: DatasetName }),
    responses: { 200: Dictionary },
  })
  dictionary(@Valid('params') p: { dataset: string }) {
    const rule = this.opendata.rule(p.dataset);
    if (!rule) throw new NotFoundError(`no data set ${p.dataset}`);
    return dictionaryOf(rule);
  }

  @Get(':file')
  @Api({
    summary: 'A data file (CSV or JSON); ETag and Last-Modified change only when its content does',
    tags: ['open data'],
    params: Type.Object({ file: FileName }),
    responses: {
      200: { description: 'The file', contentType: 'text/csv' },
    },
  })
  async file(@Valid('params') p: { file: string }, @Res() res: Response) {
    const file = await this.opendata.file(p.file);
    if (!file) {
      const dataset = p.file.replace(/\.(csv|json)$/, '');
      if (!this.opendata.rule(dataset)) throw new NotFoundError(`no data set ${dataset}`);
      throw new NotFoundError(`${p.file} has not been generated yet (nothing published)`);
    }
    res.setHeader('ETag', file.etag);
    res.setHeader('Last-Modified', file.generatedAt.toUTCString());
    res.setHeader('Content-Disposition', `inline; filename="${p.file}"`);
    res.type(file.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
    // Express answers 304 itself when If-None-Match / If-Modified-Since match.
    res.send(file.content);
  }
}
