import { type TSchema, Type } from '@sinclair/typebox';
import { badRequest } from './problem';

/**
 * Cursor paging, the one style of every list: `?limit=` (1-500, default 50)
 * and `?after=<cursor>`, answered with `{ items, next }` where `next` is the
 * link to the following page (null on the last). The cursor is opaque to
 * clients: the sort key of the last item, base64url-encoded JSON.
 *
 * The old parameters stay understood where they mean the same thing and are
 * refused with a 400 that says what to do where they don't (ADR 0010):
 * `pageSize` is `limit`; `page=1` and `offset=0` are the first page; any
 * other `page` or `offset` is refused (follow `next` instead).
 */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

const replaced = 'is replaced by cursor paging: leave it out and follow the `next` link';

export const PagingQuery = {
  after: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 512,
      pattern: '^[A-Za-z0-9_-]+$',
      description: "Cursor from the previous page's `next` link.",
      'x-why': 'is not a cursor (copy it from a `next` link)',
    }),
  ),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_LIMIT,
      description: `Items per page, 1-${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
      'x-why': `must be a whole number from 1 to ${MAX_LIMIT}`,
    }),
  ),
  pageSize: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_LIMIT,
      deprecated: true,
      description: 'Deprecated: the same as `limit`.',
      'x-why': `must be a whole number from 1 to ${MAX_LIMIT} (better: use limit)`,
    }),
  ),
  page: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 1,
      deprecated: true,
      description: `Deprecated: only 1; ${replaced}.`,
      'x-why': replaced,
    }),
  ),
  offset: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 0,
      deprecated: true,
      description: `Deprecated: only 0; ${replaced}.`,
      'x-why': replaced,
    }),
  ),
};

export interface PagingInput {
  after?: string;
  limit?: number;
  pageSize?: number;
}

export interface Paging<K> {
  /** The sort key of the last item of the previous page, or undefined for the first page. */
  after: K | undefined;
  limit: number;
}

/**
 * Reads `after`/`limit` (validated by PagingQuery) and decodes the cursor;
 * `isKey` checks that the cursor holds a key of this list.
 */
export function pagingOf<K>(query: PagingInput, isKey: (value: unknown) => value is K): Paging<K> {
  if (query.limit !== undefined && query.pageSize !== undefined && query.limit !== query.pageSize)
    throw badRequest('give limit or pageSize, not both', [
      { in: 'query', path: '/pageSize', message: 'is the old name of limit; leave it out' },
    ]);
  const limit = query.limit ?? query.pageSize ?? DEFAULT_LIMIT;
  if (query.after === undefined) return { after: undefined, limit };
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(query.after, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!isKey(key))
    throw badRequest('the cursor is not one of this list', [
      {
        in: 'query',
        path: '/after',
        message: 'is not a cursor of this list (copy it from a `next` link)',
      },
    ]);
  return { after: key, limit };
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export interface PageOf<T> {
  items: T[];
  next: string | null;
}

/**
 * A page from `fetched` (up to limit + 1 items, so we know whether there is
 * more): the first `limit` items and the link to the next page, which is
 * the request's own path and query with `after` and `limit` set.
 */
export function pageOf<T>(
  fetched: readonly T[],
  paging: { limit: number },
  request: { path: string; query: Record<string, unknown> },
  keyOf: (item: T) => unknown,
): PageOf<T> {
  const items = fetched.slice(0, paging.limit);
  if (fetched.length <= paging.limit || items.length === 0) return { items, next: null };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query)) {
    if (['after', 'limit', 'pageSize', 'page', 'offset'].includes(name)) continue;
    for (const v of [value].flat()) params.append(name, String(v));
  }
  params.set('limit', String(paging.limit));
  params.set('after', encodeCursor(keyOf(items[items.length - 1]!)));
  return { items, next: `${request.path}?${params.toString()}` };
}

/** The response schema of a page of `item`. */
export function PageSchema(item: TSchema, extra: Record<string, TSchema> = {}) {
  return Type.Object({
    items: Type.Array(item),
    next: Type.Union([Type.String(), Type.Null()], {
      description: 'Link to the next page (same filters), or null on the last page.',
    }),
    ...extra,
  });
}
