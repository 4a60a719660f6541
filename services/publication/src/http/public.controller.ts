import { Controller, Get, Req, Res } from '@nestjs/common';
import { Public } from '@inspectorate/auth';
import { PublicItemSchema } from '@inspectorate/contracts';
import {
  Api,
  NotFoundError,
  type PagingInput,
  Valid,
  badRequest,
  encodeCursor,
  pageOf,
  pagingOf,
} from '@inspectorate/http';
import type { Request, Response } from 'express';
import type { PublicItem } from '../domain/rules';
import { FeedService } from '../feed/feed.service';
import { type PublicFilter, PublicQueries } from '../items/public.queries';
import {
  ChangesAnswer,
  ChangesQuery,
  HerstelopdrachtList,
  HerstelopdrachtenQuery,
  ItemPath,
  PublicItemPage,
  PublicItemsQuery,
  SchooljaarPath,
  ToezichtresultatenAnswer,
  ToezichtresultatenQuery,
} from './schemas';
import { reportFileName, reportPdf } from '../reports/report-pdf';

const isKey = (v: unknown): v is string => typeof v === 'string';

/** Last-Modified of an answer: its latest item (HTTP dates have whole seconds). */
function lastModified(res: Response, items: readonly { updatedAt: string }[]): void {
  const latest = items.reduce((m, i) => (i.updatedAt > m ? i.updatedAt : m), '');
  if (latest) res.setHeader('Last-Modified', new Date(latest).toUTCString());
}

/**
 * The public read API: no login (the gateway rate-limits it). Only published
 * views, which passed the personal-data gate. Every answer has an ETag
 * (Express, from the body) and, where it has items, Last-Modified;
 * If-None-Match / If-Modified-Since get 304 without a body.
 */
@Controller('public')
@Public()
export class PublicController {
  constructor(
    private readonly queries: PublicQueries,
    private readonly feed: FeedService,
  ) {}

  @Get('items')
  @Api({
    summary: 'Published items per school, vestiging, (vo) afdeling, board, kind or schooljaar',
    tags: ['public'],
    query: PublicItemsQuery,
    responses: { 200: PublicItemPage },
  })
  async items(
    @Valid('query') q: PublicFilter & PagingInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const paging = pagingOf(q, isKey);
    const fetched = await this.queries.find(q, paging.after, paging.limit + 1);
    const page = pageOf(fetched, paging, req, (i) => i.itemId);
    lastModified(res, page.items);
    return page;
  }

  @Get('items/:itemId')
  @Api({
    summary: 'A published item',
    tags: ['public'],
    params: ItemPath,
    responses: { 200: PublicItemSchema },
  })
  async item(@Valid('params') p: { itemId: string }, @Res({ passthrough: true }) res: Response) {
    const item = await this.queries.get(p.itemId);
    // A withdrawn item is simply not there (404), as if it never was public.
    if (!item) throw new NotFoundError(`no published item ${p.itemId}`);
    lastModified(res, [item]);
    return item;
  }

  @Get('items/:itemId/report.pdf')
  @Api({
    summary:
      'The non-personalised report of a published item as PDF (extractable text; a Zeer zwak report with the zienswijze of the board)',
    tags: ['public'],
    params: ItemPath,
    responses: { 200: { description: 'The PDF.', contentType: 'application/pdf' } },
  })
  async reportPdf(@Valid('params') p: { itemId: string }, @Res() res: Response): Promise<void> {
    const item = await this.queries.get(p.itemId);
    if (!item?.report) throw new NotFoundError(`no published report for item ${p.itemId}`);
    lastModified(res, [item]);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${reportFileName(item.itemId)}"`);
    // res.send gives the Buffer an ETag, and answers If-None-Match with 304.
    res.send(await reportPdf(item));
  }

  @Get('toezichtresultaten')
  @Api({
    summary:
      'Toezichtresultaten of a school or vestiging (and vo afdeling), or of a sector, gemeente or provincie: the oordelen per standaard with their date and report, in pages of reports',
    tags: ['public'],
    query: ToezichtresultatenQuery,
    responses: { 200: ToezichtresultatenAnswer },
  })
  async toezichtresultaten(
    @Valid('query') q: Omit<PublicFilter, 'board' | 'kind' | 'schooljaar'> & PagingInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!q.brin && !q.vestigingCode && !q.sector && !q.gemeente && !q.provincie)
      throw badRequest('say which schools', [
        {
          in: 'query',
          path: '/brin',
          message:
            'give brin, vestigingCode, sector, gemeente or provincie (all of them: the open data)',
        },
      ]);
    const paging = pagingOf(q, isKey);
    // A page of reports; the afdeling filters their oordelen (a vo report judges several).
    const { afdeling, ...filter } = q;
    const fetched = await this.queries.find(
      { ...filter, kind: 'rapport' },
      paging.after,
      paging.limit + 1,
    );
    const page = pageOf(fetched, paging, req, (i) => i.itemId);
    const results = page.items.flatMap((item) =>
      (item.fields.oordelen ?? [])
        .filter((o) => !afdeling || o.afdeling === afdeling)
        .map((o) => ({
          itemId: item.itemId,
          brin: item.brin,
          vestigingCode: item.vestigingCode,
          ...o,
          eindoordeel: item.fields.oordeel ?? null,
          vastgesteldOn: item.fields.vastgesteldOn ?? null,
          publishedAt: item.publishedAt,
          report: item.reportPdf ?? null,
        })),
    );
    lastModified(res, page.items);
    return { items: results, next: page.next };
  }

  @Get('herstelopdrachten/:schooljaar')
  @Api({
    summary:
      'The boards that received the monitoring herstelopdracht in a schooljaar, and whether they met it, per sector, gemeente or provincie, in pages of boards',
    tags: ['public'],
    params: SchooljaarPath,
    query: HerstelopdrachtenQuery,
    responses: { 200: HerstelopdrachtList },
  })
  async herstelopdrachten(
    @Valid('params') p: { schooljaar: string },
    @Valid('query') q: Pick<PublicFilter, 'sector' | 'gemeente' | 'provincie'> & PagingInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const paging = pagingOf(q, isKey);
    const filter: Record<string, unknown> = { 'published.schooljaar': p.schooljaar };
    if (q.sector) filter['place.sector'] = q.sector;
    if (q.gemeente) filter['place.gemeente'] = q.gemeente;
    if (q.provincie) filter['place.provincie'] = q.provincie;
    type Board = { bevoegdGezagNummer: string; boardName: string | null; items: PublicItem[] };
    const boards = new Map<string, Board>();
    for await (const item of this.queries.byBoard('herstelopdrachten', filter, paging.after)) {
      const key = item.bevoegdGezagNummer ?? '';
      // One board more than the page shows tells there is a next page.
      if (!boards.has(key) && boards.size > paging.limit) break;
      const board = boards.get(key) ?? {
        bevoegdGezagNummer: key,
        boardName: item.fields.boardName ?? null,
        items: [],
      };
      board.items.push(item);
      boards.set(key, board);
    }
    const page = pageOf([...boards.values()], paging, req, (b) => b.bevoegdGezagNummer);
    lastModified(
      res,
      page.items.flatMap((b) => b.items),
    );
    return { schooljaar: p.schooljaar, boards: page.items, next: page.next };
  }

  @Get('changes')
  @Api({
    summary: 'What was published, updated or withdrawn after a cursor (catch up after being away)',
    tags: ['public'],
    query: ChangesQuery,
    responses: { 200: ChangesAnswer },
  })
  async changes(
    @Valid('query') q: { since?: string; limit?: number },
    @Res({ passthrough: true }) res: Response,
  ) {
    const since = q.since === undefined ? 0 : decodeSince(q.since);
    const limit = q.limit ?? 100;
    const entries = await this.feed.after(since, limit + 1);
    const page = entries.slice(0, limit);
    const last = page.length > 0 ? page[page.length - 1]!._id : since;
    const cursor = encodeCursor(last);
    if (page.length > 0) res.setHeader('Last-Modified', page[page.length - 1]!.at.toUTCString());
    return {
      changes: page.map((e) => ({
        cursor: encodeCursor(e._id),
        change: e.change,
        itemId: e.itemId,
        kind: e.kind,
        dataset: e.dataset,
        at: e.at.toISOString(),
        item: e.item,
        reason: e.reason,
      })),
      cursor,
      next: `/public/changes?since=${cursor}&limit=${limit}`,
      more: entries.length > limit,
    };
  }
}

function decodeSince(since: string): number {
  let n: unknown;
  try {
    n = JSON.parse(Buffer.from(since, 'base64url').toString('utf8'));
  } catch {
    n = undefined;
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
    throw badRequest('the cursor is not one of the changes feed', [
      {
        in: 'query',
        path: '/since',
        message: 'is not a cursor of the changes feed (copy it from `cursor` or `next`)',
      },
    ]);
  return n;
}
