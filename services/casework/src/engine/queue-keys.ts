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
 * Days a window (and one look ahead) may span: a `$in` of this many values
 * is still a quick index search. How many days a window takes is set by the
 * matches seen, so a dense queue reads a day or two at a time.
 */
export const MAX_WINDOW_DAYS = 366;
/** Our FerretDB pushes a `$in` of at most 10,000 values down (ADR 0001); "deadline before" multiplies years by days. */
const MAX_IN_VALUES = 10_000;

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

/** The keys a case is stored with (an id that is no UUID v7 takes its opening moment's day). */
export function queueKeys(doc: KeyedCase): QueueKeys {
  const openedDay = dayOfCaseId(doc._id) ?? dayOf(doc.openedAt.getTime());
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

/** What a queue read needs of the store: a sorted page of a filter, and one day it matches on. */
export interface QueueStore<T> {
  /** In queue order (`openedDay`, `_id`), at most `limit`. */
  page(filter: Query, limit: number): Promise<T[]>;
  /**
   * The opening day of any one case the filter matches, or null: no sort,
   * one row, so cheap on FerretDB too (it stops at the first match).
   */
  someDay(filter: Query): Promise<string | null>;
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
 * A page of a queue, from the cursor (or `from`) to day `to`, window after
 * window of opening days, so that no read decodes much more than the page.
 * The cursor's own day is read first, with `_id` after it. Until a match is
 * seen, the first day with one is looked for (firstDay); from there each
 * window spans the days the last window's matches (or all seen so far,
 * after an empty one) say the rest of the page needs, a quarter more, at
 * most eight times the last and MAX_WINDOW_DAYS. An empty window at full
 * width skips a year that one look finds empty.
 */
export async function readQueue<T>(
  q: QueueQuery,
  { from, after, to }: QueueSpan,
  limit: number,
  store: QueueStore<T>,
): Promise<T[]> {
  const out: T[] = [];
  const widest = Math.max(
    1,
    Math.min(MAX_WINDOW_DAYS, Math.floor(MAX_IN_VALUES / q.key.values.length)),
  );
  let day = from;
  let seen = 0;
  let days = 0;
  if (after) {
    const found = await store.page({ ...onDays(q, [after.day]), _id: { $gt: after.id } }, limit);
    out.push(...found);
    [seen, days, day] = [found.length, 1, addDays(after.day, 1)];
  }
  let span = 1;
  while (out.length < limit && day <= to) {
    if (seen === 0) {
      const first = await firstDay(q, day, to, store, widest);
      if (!first) break;
      [day, span] = [first, 1];
    }
    const window = daysFrom(day, minDay(addDays(day, span - 1), to));
    const found = await store.page(onDays(q, window), limit - out.length);
    out.push(...found);
    [seen, days, day] = [seen + found.length, days + window.length, addDays(window.at(-1)!, 1)];
    const need = limit - out.length;
    if (need <= 0 || day > to) break;
    if (found.length === 0 && span >= widest) {
      const ahead = minDay(addDays(day, widest - 1), to);
      if (!(await store.someDay(onDays(q, daysFrom(day, ahead))))) day = addDays(ahead, 1);
    }
    const perDay = found.length > 0 ? found.length / window.length : seen / days;
    span = Math.max(1, Math.min(Math.ceil((need * 1.25) / perDay), span * 8, widest));
  }
  return out;
}

/**
 * The first day from `from` to `to` with a case of the queue: a stretch of
 * days at a time, then down from the day one look found (the index usually
 * gives the earliest first, so one more look confirms it).
 */
export async function firstDay<T>(
  q: QueueQuery,
  from: string,
  to: string,
  store: QueueStore<T>,
  widest = MAX_WINDOW_DAYS,
): Promise<string | null> {
  for (let day = from; day <= to;) {
    const ahead = minDay(addDays(day, widest - 1), to);
    let found = await store.someDay(onDays(q, daysFrom(day, ahead)));
    if (!found) {
      day = addDays(ahead, 1);
      continue;
    }
    while (found > day) {
      const earlier = await store.someDay(onDays(q, daysFrom(day, addDays(found, -1))));
      if (!earlier) break;
      found = earlier;
    }
    return found;
  }
  return null;
}

const minDay = (a: string, b: string) => (a < b ? a : b);
