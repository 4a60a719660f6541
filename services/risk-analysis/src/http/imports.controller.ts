import {
  Controller,
  Get,
  HttpCode,
  Post,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { RequirePermission } from '@inspectorate/auth';
import {
  Api,
  NotFoundError,
  type PagingInput,
  ProblemError,
  Valid,
  badRequest,
  hasBody,
  pageOf,
  pagingOf,
} from '@inspectorate/http';
import { InjectStore, type Store } from '@inspectorate/persistence';
import type { Request } from 'express';
import { DuoFileRejected } from '../duo/table';
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

/** DUO's statistics files are a few MB; this leaves room without inviting abuse. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const tooLarge = () =>
  new ProblemError({
    status: 413,
    code: 'payload-too-large',
    detail: `the file is larger than the limit of ${MAX_UPLOAD_BYTES} bytes`,
    extensions: { limit: MAX_UPLOAD_BYTES },
  });

/** A raw upload, refused as soon as it passes the limit (by Content-Length before a byte is read). */
async function readRaw(req: Request): Promise<Buffer> {
  if (Number(req.headers['content-length']) > MAX_UPLOAD_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

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
    consumes: ['multipart/form-data', 'text/csv', 'text/plain', 'application/octet-stream'],
    responses: { 201: ImportReportSchema },
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  async upload(
    @Req() req: Request,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Valid('query') query: { list?: ListName; year?: number; fileName?: string },
  ) {
    let bytes: Buffer;
    const fileName = query.fileName ?? file?.originalname;
    if (file) bytes = file.buffer;
    else if (!hasBody(req))
      throw badRequest(
        'send the DUO file as multipart/form-data (field "file") or as the body with content-type text/csv',
      );
    else bytes = await readRaw(req);
    if (bytes.length === 0) throw badRequest('the uploaded file is empty');
    try {
      return await this.importDuo.execute(bytes, {
        ...(fileName ? { fileName } : {}),
        ...(query.list ? { list: query.list } : {}),
        ...(query.year ? { year: query.year } : {}),
      });
    } catch (error) {
      if (error instanceof DuoFileRejected)
        throw new ProblemError({
          status: 400,
          code: 'file-refused',
          detail: `file refused: ${error.message}`,
        });
      throw error;
    }
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
