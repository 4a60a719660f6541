import { Controller, Get, HttpCode, Post, Req, UseInterceptors } from '@nestjs/common';
import { RequirePermission } from '@inspectorate/auth';
import { RAW_UPLOAD_TYPES, UploadSizeLimit, duoUpload, refusedAs400 } from '@inspectorate/duo';
import { Api, NotFoundError, type PagingInput, Valid, pageOf, pagingOf } from '@inspectorate/http';
import { InjectStore, type Store } from '@inspectorate/persistence';
import type { Request } from 'express';
import { ImportDuoUseCase } from '../imports/import-duo.usecase';
import type { DatasetDoc, ImportReport } from '../imports/import.types';
import type { ListName } from '../imports/lists';
import { Datasets, Imports } from '../persistence/collections';
import {
  DatasetsAnswer,
  IdPath,
  ImportPage,
  ImportReportSchema,
  ListQuery,
  UploadQuery,
} from './schemas';

const isId = (value: unknown): value is string => typeof value === 'string';

/** DUO statistics uploads (the CLI does the same from a shell) and what is stored. */
@Controller()
export class ImportsController {
  constructor(
    private readonly importDuo: ImportDuoUseCase,
    @InjectStore(Imports) private readonly imports: Store<ImportReport>,
    @InjectStore(Datasets) private readonly datasets: Store<DatasetDoc>,
  ) {}

  @Post('imports')
  @HttpCode(201)
  @RequirePermission('risk.run')
  @Api({
    summary: 'Import a DUO statistics file (multipart field "file", or the file as the body)',
    description:
      'Which list it is comes from the header (or list=); a file that is not that list is refused whole (400, nothing stored). Bad rows are reported with their line and left out. Masked counts (<5) are stored as unknown, never 0.',
    tags: ['imports'],
    query: UploadQuery,
    consumes: ['multipart/form-data', ...RAW_UPLOAD_TYPES],
    responses: { 201: ImportReportSchema },
  })
  @UseInterceptors(UploadSizeLimit)
  async upload(
    @Req() req: Request,
    @Valid('query') query: { list?: ListName; year?: number; fileName?: string },
  ) {
    // The same upload as the registry's (libs/duo): streamed into the reader as it arrives.
    const upload = await duoUpload(req);
    const fileName = query.fileName ?? upload.fileName;
    return refusedAs400(() =>
      this.importDuo.execute(upload.source, {
        ...(fileName ? { fileName } : {}),
        ...(query.list ? { list: query.list } : {}),
        ...(query.year ? { year: query.year } : {}),
      }),
    );
  }

  @Get('imports')
  @RequirePermission('risk.read')
  @Api({
    summary: 'Import reports, newest first',
    tags: ['imports'],
    query: ListQuery,
    responses: { 200: ImportPage },
  })
  async list(@Valid('query') query: PagingInput, @Req() req: Request) {
    const paging = pagingOf(query, isId);
    const [items, total] = await Promise.all([
      this.imports.find(paging.after ? { _id: { $lt: paging.after } } : {}, {
        sort: { _id: -1 },
        limit: paging.limit + 1,
        projection: { errors: 0 },
      }),
      this.imports.count({}),
    ]);
    return { ...pageOf(items, paging, req, (r) => r._id), total };
  }

  @Get('imports/:id')
  @RequirePermission('risk.read')
  @Api({
    summary: 'One import report, with its bad rows',
    tags: ['imports'],
    params: IdPath,
    responses: { 200: ImportReportSchema },
  })
  async one(@Valid('params') params: { id: string }) {
    const report = await this.imports.findById(params.id);
    if (!report) throw new NotFoundError(`import ${params.id} does not exist`);
    return report;
  }

  @Get('datasets')
  @RequirePermission('risk.read')
  @Api({
    summary: 'The DUO data a run reads: per list and period, the import that holds it',
    tags: ['imports'],
    responses: { 200: DatasetsAnswer },
  })
  async current() {
    return { items: await this.datasets.find({}, { sort: { _id: 1 } }) };
  }
}
