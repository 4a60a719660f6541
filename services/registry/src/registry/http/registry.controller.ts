import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  PayloadTooLargeException,
  Post,
  Put,
  Query,
  Req,
  UploadedFile,
  UseFilters,
  UseInterceptors,
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { DuoFileRejected } from '../../duo/parse';
import { ImportDuoListUseCase, ImportRefused } from '../usecases/import-duo-list.usecase';
import { RegistryQueries, type SearchCriteria } from '../usecases/registry.queries';
import { CONTACT_FIELD, UpdateContactUseCase } from '../usecases/update-contact.usecase';
import {
  boardParam,
  booleanParam,
  brinParam,
  emailBody,
  optional,
  pageParams,
  postcodeParam,
  sectorParam,
  statusParam,
  textParam,
  vestigingParam,
} from './validation';

/** The national list is a few MB; this leaves room without inviting abuse. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** A file that is not a DUO list: 400 with the reason, nothing stored. */
@Catch(DuoFileRejected)
export class DuoFileRejectedFilter implements ExceptionFilter {
  catch(error: DuoFileRejected, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(400)
      .json({ statusCode: 400, error: 'Bad Request', message: `file refused: ${error.message}` });
  }
}

/** A complete list that would close (nearly) everything: 422 with the reason and the stored report. */
@Catch(ImportRefused)
export class ImportRefusedFilter implements ExceptionFilter {
  catch(error: ImportRefused, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(422)
      .json({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: `import refused: ${error.message}`,
        report: error.report,
      });
  }
}

interface UploadedDuoFile {
  buffer: Buffer;
  originalname: string;
}

async function readRawBody(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES)
      throw new PayloadTooLargeException(`the file is larger than ${MAX_UPLOAD_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function criteria(query: Record<string, string | undefined>): SearchCriteria {
  const c: SearchCriteria = {};
  const set = <K extends keyof SearchCriteria>(key: K, value: SearchCriteria[K] | undefined) => {
    if (value !== undefined) c[key] = value;
  };
  set('name', optional(query['name'], textParam('name')));
  set('plaats', optional(query['plaats'], textParam('plaats')));
  set('gemeente', optional(query['gemeente'], textParam('gemeente')));
  set('sector', optional(query['sector'], sectorParam));
  set('bevoegdGezagNummer', optional(query['board'], boardParam));
  set('brin', optional(query['brin'], brinParam));
  set('postcode', optional(query['postcode'], postcodeParam));
  set('status', optional(query['status'], statusParam));
  return c;
}

/**
 * Internal REST API of the registry (the gateway forwards to it). Thin: each
 * handler checks its input and calls one use case.
 */
@Controller()
@UseFilters(DuoFileRejectedFilter, ImportRefusedFilter)
export class RegistryController {
  constructor(
    private readonly importList: ImportDuoListUseCase,
    private readonly queries: RegistryQueries,
    private readonly contact: UpdateContactUseCase,
  ) {}

  /**
   * Upload a DUO list: multipart (field `file`) or the raw file as the body
   * (text/csv or application/octet-stream). Query: sector (for lists without
   * a sector column), complete=false (a partial list: close nothing), fileName.
   */
  @Post('imports')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  async upload(
    @Req() req: Request,
    @UploadedFile() file: UploadedDuoFile | undefined,
    @Query() query: Record<string, string | undefined>,
  ) {
    const sector = optional(query['sector'], sectorParam);
    const complete = optional(query['complete'], booleanParam('complete'));
    let bytes: Buffer;
    let fileName = optional(query['fileName'], textParam('fileName'));
    if (file) {
      bytes = file.buffer;
      fileName ??= file.originalname;
    } else {
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
      if (!['text/csv', 'text/plain', 'application/octet-stream'].includes(type)) {
        throw new BadRequestException(
          `send the DUO file as multipart/form-data (field "file") or as the body with content-type text/csv; got '${type || 'none'}'`,
        );
      }
      bytes = await readRawBody(req);
    }
    if (bytes.length === 0) throw new BadRequestException('the uploaded file is empty');
    return this.importList.execute(bytes, {
      ...(fileName ? { fileName } : {}),
      ...(sector ? { sector } : {}),
      ...(complete === undefined ? {} : { complete }),
    });
  }

  @Get('imports')
  imports(@Query('page') page?: string, @Query('pageSize') pageSize?: string) {
    const p = pageParams(page, pageSize);
    return this.queries.imports(p.page, p.pageSize);
  }

  @Get('imports/:id')
  importReport(@Param('id') id: string) {
    return this.queries.importReport(id);
  }

  @Get('boards')
  boards(@Query() query: Record<string, string | undefined>) {
    const p = pageParams(query['page'], query['pageSize']);
    return this.queries.search('board', criteria(query), p.page, p.pageSize);
  }

  @Get('boards/:nummer')
  board(@Param('nummer') nummer: string) {
    return this.queries.get('board', boardParam(nummer));
  }

  @Get('boards/:nummer/schools')
  boardSchools(
    @Param('nummer') nummer: string,
    @Query() query: Record<string, string | undefined>,
  ) {
    const p = pageParams(query['page'], query['pageSize']);
    return this.queries.search(
      'school',
      { ...criteria(query), bevoegdGezagNummer: boardParam(nummer) },
      p.page,
      p.pageSize,
    );
  }

  @Put('boards/:nummer/contact')
  boardContact(@Param('nummer') nummer: string, @Body() body: unknown) {
    return this.contact.execute('board', boardParam(nummer), emailBody(body, CONTACT_FIELD.board));
  }

  @Get('schools')
  schools(@Query() query: Record<string, string | undefined>) {
    const p = pageParams(query['page'], query['pageSize']);
    return this.queries.search('school', criteria(query), p.page, p.pageSize);
  }

  @Get('schools/:brin')
  school(@Param('brin') brin: string) {
    return this.queries.get('school', brinParam(brin));
  }

  @Get('schools/:brin/vestigingen')
  schoolVestigingen(
    @Param('brin') brin: string,
    @Query() query: Record<string, string | undefined>,
  ) {
    const p = pageParams(query['page'], query['pageSize']);
    return this.queries.search(
      'vestiging',
      { ...criteria(query), brin: brinParam(brin) },
      p.page,
      p.pageSize,
    );
  }

  @Get('schools/:brin/history')
  schoolHistory(@Param('brin') brin: string) {
    return this.queries.schoolHistory(brinParam(brin));
  }

  @Put('schools/:brin/contact')
  schoolContact(@Param('brin') brin: string, @Body() body: unknown) {
    return this.contact.execute('school', brinParam(brin), emailBody(body, CONTACT_FIELD.school));
  }

  @Get('vestigingen')
  vestigingen(@Query() query: Record<string, string | undefined>) {
    const p = pageParams(query['page'], query['pageSize']);
    return this.queries.search('vestiging', criteria(query), p.page, p.pageSize);
  }

  @Get('vestigingen/:code')
  vestiging(@Param('code') code: string) {
    return this.queries.get('vestiging', vestigingParam(code));
  }

  @Put('vestigingen/:code/contact')
  vestigingContact(@Param('code') code: string, @Body() body: unknown) {
    return this.contact.execute(
      'vestiging',
      vestigingParam(code),
      emailBody(body, CONTACT_FIELD.vestiging),
    );
  }
}
