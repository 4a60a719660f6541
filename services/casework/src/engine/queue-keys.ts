import type { Query } from '@inspectorate/persistence';

/**
 * Work queues at national scale (issue 13, docs/performance.md "Casework /
 * Work queues"). Our local FerretDB answers only equality and `$in` on an
 * index's leading field from the index, and only that field: a second field
 * of a compound index, a range, a sort or a limit is checked on every row
 * the first one selects (ADR 0001). So every case carries equality keys, one
 * per kind of queue, each its queue's values and its opening day in one
 * string (`qBrin: "12AB|2026-11-03"`), and a queue is read a slice at a time:
 * `qBrin $in ["12AB|<day>", …]` for a window of days, window after window,
 * until the page is full. Each read finds exactly its window's matches in
 * one index and decodes those, not the queue.
 *
 * - `openedDay`: the UTC day of the case's UUID v7 id, so queue order
 *   (opening day, then id) is id order;
 * - the keys (QUEUE_KEYS) join the queue's values with that day; "deadline
 *   before" is the due year (`qDue`), a `$in` of every year up to that
 *   date's times the window's days (the exact date is checked on what they
 *   find: a year, not a month, keeps that `$in` a few thousand values at most);
 * - the fields change with the case (status, assignee, queue, due date):
 *   the store writes all keys again with every change, from the case after it.
 *
 * On MongoDB the same reads run on the same single-field indexes (each read
 * sorts its window's few matches).
 */

/** Each kind of queue's key: the values it joins with the opening day. */
export const QUEUE_KEYS = {
  qBrin: (c: KeyedCase) => [c.subject.brin ?? ''],
  qBoard: (c: KeyedCase) => [c.subject.bevoegdGezagNummer ?? ''],
  qAssignee: (c: KeyedCase) => [c.assignee ?? ''],
  qTypeStatus: (c: KeyedCase) => [c.caseType.code, c.status],
  qQueue: (c: KeyedCase) => [c.queue ?? ''],
  qDue: (c: KeyedCase) => [c.nextDueOn?.slice(0, 4) ?? ''],
  qType: (c: KeyedCase) => [c.caseType.code],
} as const;
export type QueueKeyName = keyof typeof QUEUE_KEYS;
export type QueueKeys = { openedDay: string } & Record<QueueKeyName, string>;

/** What the keys are made of. */
export interface KeyedCase {
  _id: string;
  openedAt: Date;
  caseType: { code: string };
  status: string;
  assignee: string | null;
  queue: string | null;
  nextDueOn: string | null;
  subject: { brin: string | null; bevoegdGezagNummer: string | null };
}

/** A key's value: the queue's values and a day. */
export const keyOf = (values: readonly string[], day: string) => [...values, day].join('|');

/** No case id is older: the backbone opened its first cases in 2026 (ids are made when a case opens). */
export const FIRST_DAY = '2020-01-01';
/**
 * Our FerretDB pushes a `$in` of at most 10,000 values down (ADR 0001): the
 * most days one read spans (a key of several values, as "deadline before"'s
 * years, divides it among them).
 */
const MAX_IN_VALUES = 10_000;
/**
 * Days one look spans at most. On our FerretDB each `$in` value costs an
 * index search (about 0.02 ms at load 11 on 2 cores, where a round trip
 * costs 2-10 ms and a returned case about 2 ms): two years is about one
 * round trip's worth, and a queue opened over seven years takes four looks.
 */
export const LOOK_DAYS = 732;

const DAY_MS = 86_400_000;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const LAST_MS = Date.UTC(9999, 11, 31);

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, n: number) =>
  dayOf(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);

/** The UTC day of a UUID v7 id's timestamp; null for any other id. */
export function dayOfCaseId(id: string): string | null {
  if (!UUID_V7.test(id)) return null;
  const ms = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
  return ms <= LAST_MS ? dayOf(ms) : null;
}

/** A case's opening day: its UUID v7 id's, else (an older id) its opening moment's. */
export const openedDayOf = (c: { _id: string; openedAt: Date }) =>
  dayOfCaseId(c._id) ?? dayOf(c.openedAt.getTime());

/** The keys a case is stored with. */
export function queueKeys(doc: KeyedCase): QueueKeys {
  const openedDay = openedDayOf(doc);
  const keys = Object.fromEntries(
    Object.entries(QUEUE_KEYS).map(([name, values]) => [name, keyOf(values(doc), openedDay)]),
  ) as Record<QueueKeyName, string>;
  return { openedDay, ...keys };
}

/** Every day from `first` to `last`, both included. */
export function daysFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The years from FIRST_DAY's up to the one holding the day before `date`: "due before `date`". */
export function yearsBefore(date: string): string[] {
  const last = Number(addDays(date, -1).slice(0, 4));
  const out: string[] = [];
  for (let y = Number(FIRST_DAY.slice(0, 4)); y <= last; y++) out.push(String(y));
  return out;
}

/** What a queue read needs of the store: a sorted page of a filter, and a few of its cases unsorted. */
export interface QueueStore<T extends { _id: string }> {
  /** In queue order (`openedDay`, `_id`), at most `limit`. */
  page(filter: Query, limit: number): Promise<T[]>;
  /**
   * At most `limit` of the cases the filter matches, in no promised order:
   * no sort, so the server stops at `limit` (FerretDB too: it decodes only
   * what it returns) however many the filter matches.
   */
  some(filter: Query, limit: number): Promise<T[]>;
  /** A returned case's opening day (as `openedDay` holds it). */
  dayOf(row: T): string;
}

/** A queue: its key, and the conditions checked on what the key finds. */
export interface QueueQuery {
  filter: Query;
  /** The key's field, and the values it joins with each day (several: a `$in` of each with each day). */
  key: { name: QueueKeyName | 'openedDay'; values: readonly (readonly string[])[] };
}

/** The condition on a window of days, through the queue's key. */
function onDays(q: QueueQuery, days: readonly string[]): Query {
  const { name, values } = q.key;
  if (name === 'openedDay')
    return { ...q.filter, openedDay: days.length === 1 ? days[0] : { $in: days } };
  return { ...q.filter, [name]: { $in: values.flatMap((v) => days.map((d) => keyOf(v, d))) } };
}

/** Where a page starts: after this case, opened on this day. */
export interface QueueCursor {
  day: string;
  id: string;
}

/** The days a page is read from: after the cursor, else from `from`; up to `to`. */
export interface QueueSpan {
  from: string;
  after: QueueCursor | null;
  to: string;
}

/**
 * How many cases a look asks for: enough to tell how many days a page
 * spans, few enough that a look decodes a fraction of a page (each is
 * decoded again by the sorted read that follows).
 */
export const LOOK = 8;

/**
 * A page of a queue, from the cursor (or `from`) to day `to`, in about two
 * round trips whatever the queue's size, each decoding about a page:
 *
 * 1. the cursor's own day, `_id` after it (deep pages only);
 * 2. a look (`some`, unsorted, at most LOOK cases) over the next LOOK_DAYS:
 *    nothing skips the stretch, fewer than asked are all it holds (a
 *    sparse queue's page in one read), else the days its cases span say
 *    how many days the page needs;
 * 3. one sorted read from the stretch's start over that many days (from
 *    the start, not the look's first day: the look's order is not
 *    promised, so an earlier case it did not return is still read);
 *    another, sized by the matches it found, when it fell short.
 *
 * Only the look's order is assumed nowhere: the page is exact on any store.
 * Its cost is what assumes the index order both servers give (earliest day
 * first), which keeps the sorted read to about a page's matches.
 */
export async function readQueue<T extends { _id: string }>(
  q: QueueQuery,
  { from, after, to }: QueueSpan,
  limit: number,
  store: QueueStore<T>,
): Promise<T[]> {
  const out: T[] = [];
  const widest = Math.max(1, Math.floor(MAX_IN_VALUES / q.key.values.length));
  let day = from;
  if (after) {
    out.push(...(await store.page({ ...onDays(q, [after.day]), _id: { $gt: after.id } }, limit)));
    day = addDays(after.day, 1);
  }
  // Days the next sorted read spans from `anchor` (null: look first).
  let span: number | null = null;
  let anchor = day;
  while (out.length < limit && day <= to) {
    const need = limit - out.length;
    if (span === null) {
      const ahead = minDay(addDays(day, Math.min(widest, LOOK_DAYS) - 1), to);
      const asked = Math.min(need, LOOK);
      const some = await store.some(onDays(q, daysFrom(day, ahead)), asked);
      if (some.length < asked) {
        // All the stretch holds: in queue order, and nothing of it is left to read.
        out.push(...inQueueOrder(some, store));
        day = addDays(ahead, 1);
        continue;
      }
      const days = some.map((r) => store.dayOf(r)).sort();
      const [first, last] = [days[0]!, days.at(-1)!];
      // All on one day says only "at least that many a day": read that day first.
      const spanned = daysBetween(first, last) + 1;
      span = first === last ? 1 : Math.ceil(((spanned * need) / asked) * 1.25);
      anchor = first;
    }
    const end = minDay(minDay(addDays(anchor, span - 1), addDays(day, widest - 1)), to);
    const found = await store.page(onDays(q, daysFrom(day, end)), need);
    out.push(...found);
    const days = daysBetween(maxDay(anchor, day), end) + 1;
    day = addDays(end, 1);
    anchor = day;
    if (found.length === 0) {
      span = null;
      continue;
    }
    const perDay = found.length / days;
    span = Math.max(1, Math.min(Math.ceil(((need - found.length) * 1.25) / perDay), span * 8));
  }
  return out;
}

/** The first day with a case of the queue from `from` to `to`, or null (by looks of one case each). */
export async function firstDay<T extends { _id: string }>(
  q: QueueQuery,
  from: string,
  to: string,
  store: QueueStore<T>,
): Promise<string | null> {
  const page = await readQueue(q, { from, after: null, to }, 1, store);
  return page[0] ? store.dayOf(page[0]) : null;
}

function inQueueOrder<T extends { _id: string }>(rows: T[], store: QueueStore<T>): T[] {
  const key = (r: T) => `${store.dayOf(r)}|${r._id}`;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);
