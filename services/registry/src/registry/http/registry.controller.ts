import { Controller, Get, HttpCode, Post, Put, Req, Res, UseInterceptors } from '@nestjs/common';
import { RequirePermission } from '@inspectorate/auth';
import type { Sector } from '@inspectorate/contracts';
import {
  Api,
  Email,
  type PagingInput,
  Valid,
  badRequest,
  check,
  pageOf,
  pagingOf,
} from '@inspectorate/http';
import { UploadSizeLimit, duoUpload, refusedAs400 } from '@inspectorate/duo';
import type { Request, Response } from 'express';
import { ENTITIES } from '../domain/entities';
import type { EntityKind } from '../domain/snapshots';
import { ImportQueue } from '../usecases/import-queue';
import {
  type ImportCursor,
  RegistryQueries,
  type SearchCriteria,
} from '../usecases/registry.queries';
import { CONTACT_FIELD, UpdateContactUseCase } from '../usecases/update-contact.usecase';
import {
  BoardPath,
  ContactAnswer,
  ContactBody,
  EntityPages,
  EntityViews,
  HistoryAnswer,
  ImportPage,
  ImportPath,
  ImportReportSchema,
  ImportsQuery,
  SchoolPath,
  SearchQuery,
  UploadQuery,
  VestigingPath,
} from './schemas';

const RAW_TYPES = ['text/csv', 'text/plain', 'application/octet-stream'];

type Search = Omit<SearchCriteria, 'bevoegdGezagNummer'> & { board?: string } & PagingInput;

/** The filters of a search query (paging parameters are read by pagingOf). */
function criteria(query: Search): SearchCriteria {
  const c: SearchCriteria = {};
  for (const key of [
    'name',
    'plaats',
    'gemeente',
    'sector',
    'brin',
    'postcode',
    'status',
  ] as const) {
    if (query[key] !== undefined && query[key] !== '')
      (c as Record<string, unknown>)[key] = query[key];
  }
  if (query.board) c.bevoegdGezagNummer = query.board;
  return c;
}

const isKey = (value: unknown): value is string => typeof value === 'string';
const isImportCursor = (value: unknown): value is ImportCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ImportCursor).startedAt === 'string' &&
  typeof (value as ImportCursor).id === 'string';

const entityPage = (
  kind: EntityKind,
  summary: string,
  params?: typeof BoardPath | typeof SchoolPath,
) => ({
  summary,
  tags: ['registry'],
  ...(params ? { params } : {}),
  query: SearchQuery,
  responses: { 200: EntityPages[kind] },
});

const contactSpec = (
  kind: EntityKind,
  params: typeof BoardPath | typeof SchoolPath | typeof VestigingPath,
) => ({
  summary: `Set or clear the ${kind}'s ${CONTACT_FIELD[kind]}`,
  tags: ['registry'],
  params,
  body: ContactBody(CONTACT_FIELD[kind]),
  responses: { 200: ContactAnswer },
});

/** `{ field: " a@b.nl " | null }` → the trimmed address, checked exactly as the events check it. */
function contactOf(body: Record<string, unknown>, field: string): string | null {
  const value = body[field] as string | null;
  if (value === null) return null;
  const email = value.trim();
  const problems = check(Email, email, 'body').map((p) => ({ ...p, path: `/${field}` }));
  if (problems.length > 0)
    throw badRequest(`${field} '${value}' is not an e-mail address`, problems);
  return email;
}

/**
 * Internal REST API of the registry (the gateway forwards to it). Thin: each
 * route's input is described (and validated) by its @Api schemas, and each
 * handler calls one use case. Errors are problem+json (libs/http).
 */
@Controller()
export class RegistryController {
  constructor(
    private readonly importQueue: ImportQueue,
    private readonly queries: RegistryQueries,
    private readonly contact: UpdateContactUseCase,
  ) {}

  /**
   * Upload a DUO list: multipart (field `file`) or the raw file as the body
   * (text/csv or application/octet-stream). Query: sector (for lists without
   * a sector column), complete=false (a partial list: close nothing), fileName.
   * Checked as a file while it arrives (a file that is not a DUO list is a
   * 400 from its header) and stored: 202 with the report (status queued) and
   * its Location. Its rows are read and checked, and what a complete list
   * would close is weighed, when it is applied in the background: a national
   * list takes minutes, and reading its scope first took longer than the
   * gateway waits (504).
   */
  @RequirePermission('registry.import')
  @Post('imports')
  @HttpCode(202)
  @Api({
    summary: 'Import a DUO list (multipart field "file", or the file as the body)',
    description:
      'The file is checked as a DUO list while it arrives and stored, then read and applied in the background: 202 with the import (status `queued`) and a `Location` header (`imports/<id>`, relative to the request, so it holds behind the gateway too). Poll it with `GET /imports/{id}` until `status` is `completed` (with `counts`, and `errors` of rows that were not applied, by line), `refused` (a complete list that would close (nearly) everything it covers: `failure` says why; nothing changed) or `failed` (with `failure`); `running` shows `progress`. An import survives the replica that applies it: another one (or it, restarted) picks it up again.',
    tags: ['imports'],
    query: UploadQuery,
    consumes: ['multipart/form-data', ...RAW_TYPES],
    responses: {
      202: {
        description: 'Accepted: the import (status queued), applied in the background',
        schema: ImportReportSchema,
        headers: {
          Location: 'The import to poll: `imports/<id>`, relative to the request URL',
        },
      },
    },
  })
  @UseInterceptors(UploadSizeLimit)
  async upload(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Valid('query') query: { sector?: Sector; complete?: boolean; fileName?: string },
  ) {
    const { source, fileName: uploadedName } = await duoUpload(req);
    const fileName = query.fileName ?? uploadedName;
    // Streamed: checked as a DUO list as it arrives and stored; read and applied in the background.
    const report = await refusedAs400(() =>
      this.importQueue.submit(source, {
        ...(fileName ? { fileName } : {}),
        ...(query.sector ? { sector: query.sector } : {}),
        ...(query.complete === undefined ? {} : { complete: query.complete }),
      }),
    );
    // Relative: `/imports` → `/imports/<id>`, and behind the gateway
    // `/api/v1/imports` → `/api/v1/imports/<id>` without it rewriting anything.
    res.setHeader('location', `imports/${report._id}`);
    return report;
  }

  @RequirePermission('registry.import')
  @Get('imports')
  @Api({
    summary: 'Import reports, newest first',
    tags: ['imports'],
    query: ImportsQuery,
    responses: { 200: ImportPage },
  })
  async imports(@Valid('query') query: PagingInput, @Req() req: Request) {
    const paging = pagingOf(query, isImportCursor);
    const slice = await this.queries.imports(paging.after, paging.limit);
    const page = pageOf(slice.items, paging, req, (r) => ({
      startedAt: new Date(r.startedAt).toISOString(),
      id: r._id,
    }));
    return { ...page, total: slice.total };
  }

  @RequirePermission('registry.import')
  @Get('imports/:id')
  @Api({
    summary: 'One import report, with its errors and warnings',
    tags: ['imports'],
    params: ImportPath,
    responses: { 200: ImportReportSchema },
  })
  importReport(@Valid('params') params: { id: string }) {
    return this.queries.importReport(params.id);
  }

  @RequirePermission('registry.read')
  @Get('boards')
  @Api(entityPage('board', 'Search boards'))
  boards(@Valid('query') query: Search, @Req() req: Request) {
    return this.search('board', criteria(query), query, req);
  }

  @RequirePermission('registry.read')
  @Get('boards/:nummer')
  @Api({
    summary: 'One board',
    tags: ['registry'],
    params: BoardPath,
    responses: { 200: EntityViews.board },
  })
  board(@Valid('params') params: { nummer: string }) {
    return this.queries.get('board', params.nummer);
  }

  @RequirePermission('registry.read')
  @Get('boards/:nummer/schools')
  @Api(entityPage('school', "A board's schools", BoardPath))
  boardSchools(
    @Valid('params') params: { nummer: string },
    @Valid('query') query: Search,
    @Req() req: Request,
  ) {
    return this.search(
      'school',
      { ...criteria(query), bevoegdGezagNummer: params.nummer },
      query,
      req,
    );
  }

  @RequirePermission('registry.contacts.write')
  @Put('boards/:nummer/contact')
  @Api(contactSpec('board', BoardPath))
  boardContact(
    @Valid('params') params: { nummer: string },
    @Valid('body') body: Record<string, unknown>,
  ) {
    return this.contact.execute('board', params.nummer, contactOf(body, CONTACT_FIELD.board));
  }

  @RequirePermission('registry.read')
  @Get('schools')
  @Api(entityPage('school', 'Search schools'))
  schools(@Valid('query') query: Search, @Req() req: Request) {
    return this.search('school', criteria(query), query, req);
  }

  @RequirePermission('registry.read')
  @Get('schools/:brin')
  @Api({
    summary: 'One school',
    tags: ['registry'],
    params: SchoolPath,
    responses: { 200: EntityViews.school },
  })
  school(@Valid('params') params: { brin: string }) {
    return this.queries.get('school', params.brin);
  }

  @RequirePermission('registry.read')
  @Get('schools/:brin/vestigingen')
  @Api(entityPage('vestiging', "A school's vestigingen", SchoolPath))
  schoolVestigingen(
    @Valid('params') params: { brin: string },
    @Valid('query') query: Search,
    @Req() req: Request,
  ) {
    return this.search('vestiging', { ...criteria(query), brin: params.brin }, query, req);
  }

  @RequirePermission('registry.read')
  @Get('schools/:brin/history')
  @Api({
    summary: 'Every change of a school and its vestigingen',
    tags: ['registry'],
    params: SchoolPath,
    responses: { 200: HistoryAnswer },
  })
  schoolHistory(@Valid('params') params: { brin: string }) {
    return this.queries.schoolHistory(params.brin);
  }

  @RequirePermission('registry.contacts.write')
  @Put('schools/:brin/contact')
  @Api(contactSpec('school', SchoolPath))
  schoolContact(
    @Valid('params') params: { brin: string },
    @Valid('body') body: Record<string, unknown>,
  ) {
    return this.contact.execute('school', params.brin, contactOf(body, CONTACT_FIELD.school));
  }

  @RequirePermission('registry.read')
  @Get('vestigingen')
  @Api(entityPage('vestiging', 'Search vestigingen'))
  vestigingen(@Valid('query') query: Search, @Req() req: Request) {
    return this.search('vestiging', criteria(query), query, req);
  }

  @RequirePermission('registry.read')
  @Get('vestigingen/:code')
  @Api({
    summary: 'One vestiging',
    tags: ['registry'],
    params: VestigingPath,
    responses: { 200: EntityViews.vestiging },
  })
  vestiging(@Valid('params') params: { code: string }) {
    return this.queries.get('vestiging', params.code);
  }

  @RequirePermission('registry.contacts.write')
  @Put('vestigingen/:code/contact')
  @Api(contactSpec('vestiging', VestigingPath))
  vestigingContact(
    @Valid('params') params: { code: string },
    @Valid('body') body: Record<string, unknown>,
  ) {
    return this.contact.execute('vestiging', params.code, contactOf(body, CONTACT_FIELD.vestiging));
  }

  private async search(kind: EntityKind, c: SearchCriteria, query: PagingInput, req: Request) {
    const paging = pagingOf(query, isKey);
    const slice = await this.queries.search(kind, c, paging.after, paging.limit);
    const page = pageOf(slice.items, paging, req, (item) => item[ENTITIES[kind].keyField]);
    return { ...page, total: slice.total };
  }
}
