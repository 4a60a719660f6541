import { newEventId } from '@inspectorate/contracts';
import {
  FIRST_DAY,
  LOOK_DAYS,
  type QueueQuery,
  type QueueStore,
  addDays,
  dayOfCaseId,
  daysFrom,
  queueKeys,
  readQueue,
  yearsBefore,
} from './queue-keys';

interface Row {
  _id: string;
  openedDay: string;
  kind: string;
}

/** A UUID v7 for a moment (as newEventId makes them, without its random bits). */
const idAt = (ms: number, n: number) => {
  const hex = ms.toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7000-8000-${n.toString(16).padStart(12, '0')}`;
};

/** A store over rows that counts its reads and what each read had to look at (its window's matches). */
function store(rows: Row[]) {
  const reads = { pages: 0, anys: 0, looked: 0 };
  // The keys as the store keeps them: kind and opening day in one string.
  const matches = (q: Record<string, unknown>, r: Row) => {
    const day = q['openedDay'] as string | { $in: string[] } | undefined;
    const key = q['qType'] as { $in: string[] } | undefined;
    const after = (q['_id'] as { $gt: string } | undefined)?.$gt;
    return (
      (day === undefined ||
        (typeof day === 'string' ? r.openedDay === day : day.$in.includes(r.openedDay))) &&
      (key === undefined || key.$in.includes(`${r.kind}|${r.openedDay}`)) &&
      (!after || r._id > after)
    );
  };
  const s: QueueStore<Row> = {
    page: async (q, limit) => {
      reads.pages++;
      const found = rows.filter((r) => matches(q, r));
      reads.looked += found.length;
      return found
        .sort((a, b) => (a.openedDay + a._id < b.openedDay + b._id ? -1 : 1))
        .slice(0, limit);
    },
    // Unsorted and stopped at the limit: only what it returns is looked at (in index order, as the servers give it).
    some: async (q, limit) => {
      reads.anys++;
      const found = rows.filter((r) => matches(q, r)).slice(0, limit);
      reads.looked += found.length;
      return found;
    },
    dayOf: (r) => r.openedDay,
  };
  return { s, reads };
}

/** `perDay` rows a day (every `every`-th of kind b) from `from` for `days` days. */
function rowsOf(from: string, days: number, perDay: number, every = 1): Row[] {
  const out: Row[] = [];
  for (let d = 0; d < days; d++) {
    const day = addDays(from, d);
    for (let i = 0; i < perDay; i++) {
      const n = d * perDay + i;
      out.push({
        _id: idAt(Date.parse(`${day}T08:00:00Z`) + i, n),
        openedDay: day,
        kind: n % every === 0 ? 'b' : 'a',
      });
    }
  }
  return out;
}

const to = '2026-12-31';
const ALL: QueueQuery = { filter: {}, key: { name: 'openedDay', values: [[]] } };
const sorted = (rows: Row[], kind?: string) =>
  rows.filter((r) => !kind || r.kind === kind).sort((a, b) => (a._id < b._id ? -1 : 1));

describe('work-queue keys', () => {
  it("takes the opening day from the case's UUID v7 id, else from its opening moment", () => {
    const id = newEventId();
    expect(dayOfCaseId(id)).toBe(new Date().toISOString().slice(0, 10));
    expect(dayOfCaseId(idAt(Date.parse('2026-03-01T23:59:59.999Z'), 1))).toBe('2026-03-01');
    expect(dayOfCaseId('case-1')).toBeNull();
    expect(dayOfCaseId('ffffffff-ffff-7000-8000-000000000000')).toBeNull();
    const c = {
      _id: 'case-1',
      openedAt: new Date('2026-02-03T10:00:00Z'),
      caseType: { code: 'klacht' },
      status: 'ontvangen',
      assignee: null,
      queue: 'coordinators',
      nextDueOn: '2026-03-17',
      subject: { brin: '12AB', bevoegdGezagNummer: '41234' },
    };
    expect(queueKeys(c)).toEqual({
      openedDay: '2026-02-03',
      qBrin: '12AB|2026-02-03',
      qBoard: '41234|2026-02-03',
      qAssignee: '|2026-02-03',
      qTypeStatus: 'klacht|ontvangen|2026-02-03',
      qQueue: 'coordinators|2026-02-03',
      qDue: '2026|2026-02-03',
      qType: 'klacht|2026-02-03',
    });
    expect(queueKeys({ ...c, _id: id, nextDueOn: null, queue: null })).toMatchObject({
      openedDay: dayOfCaseId(id),
      qQueue: `|${dayOfCaseId(id)}`,
      qDue: `|${dayOfCaseId(id)}`,
    });
  });

  it('spells "due before a date" as the years up to the day before it', () => {
    expect(yearsBefore('2020-03-01')).toEqual(['2020']);
    expect(yearsBefore('2022-01-01')).toEqual(['2020', '2021']);
    expect(yearsBefore('2022-01-02')).toEqual(['2020', '2021', '2022']);
    expect(yearsBefore(FIRST_DAY)).toEqual([]);
    expect(daysFrom('2024-02-28', '2024-03-01')).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });
});

describe('reading a queue window after window of days', () => {
  it('gives every page in id order, across days, to the last case', async () => {
    const rows = rowsOf('2025-06-01', 40, 7);
    const { s } = store(rows);
    const seen: Row[] = [];
    let after: { day: string; id: string } | null = null;
    for (;;) {
      const page: Row[] = await readQueue<Row>(ALL, { from: FIRST_DAY, after, to }, 11, s);
      seen.push(...page);
      if (page.length < 11) break;
      const last: Row = page.at(-1)!;
      after = { day: last.openedDay, id: last._id };
    }
    expect(seen.map((r) => r._id)).toEqual(sorted(rows).map((r) => r._id));
  });

  it("gives the same pages when a look's cases come in no order", async () => {
    // The look's order is not promised: only its cost may depend on it, never the page.
    const rows = rowsOf('2025-06-01', 60, 5, 3);
    const { s } = store(rows);
    const shuffled: QueueStore<Row> = {
      ...s,
      some: async (q, limit) => (await s.some(q, 10_000)).reverse().slice(0, limit),
    };
    for (const q of [ALL, { filter: {}, key: { name: 'qType' as const, values: [['b']] } }]) {
      const kind = q === ALL ? undefined : 'b';
      const seen: Row[] = [];
      let after: { day: string; id: string } | null = null;
      for (;;) {
        const page: Row[] = await readQueue<Row>(q, { from: FIRST_DAY, after, to }, 20, shuffled);
        seen.push(...page);
        if (page.length < 20) break;
        after = { day: page.at(-1)!.openedDay, id: page.at(-1)!._id };
      }
      expect(seen.map((r) => r._id)).toEqual(sorted(rows, kind).map((r) => r._id));
    }
  });

  it('reads about a page of a dense queue, not the queue', async () => {
    const rows = rowsOf('2024-01-01', 400, 50);
    const { s, reads } = store(rows);
    const page = await readQueue<Row>(ALL, { from: FIRST_DAY, after: null, to }, 51, s);
    expect(page.map((r) => r._id)).toEqual(
      sorted(rows)
        .slice(0, 51)
        .map((r) => r._id),
    );
    expect(reads.looked).toBeLessThanOrEqual(150);
    // A deep page: from the cursor's day on.
    const mid = sorted(rows)[10_000]!;
    const { s: s2, reads: reads2 } = store(rows);
    const deep = await readQueue<Row>(
      ALL,
      { from: FIRST_DAY, after: { day: mid.openedDay, id: mid._id }, to },
      51,
      s2,
    );
    expect(deep.map((r) => r._id)).toEqual(
      sorted(rows)
        .slice(10_001, 10_052)
        .map((r) => r._id),
    );
    expect(reads2.looked).toBeLessThanOrEqual(150);
  });

  it('finds a sparse filter in a few reads and skips empty years in one look', async () => {
    // One case in 40 is of kind b: about one a day, in a queue that starts years after FIRST_DAY.
    const rows = rowsOf('2024-01-01', 300, 40, 40);
    const { s, reads } = store(rows);
    const page = await readQueue<Row>(
      { filter: {}, key: { name: 'qType', values: [['b']] } },
      { from: FIRST_DAY, after: null, to },
      51,
      s,
    );
    expect(page.map((r) => r._id)).toEqual(
      sorted(rows, 'b')
        .slice(0, 51)
        .map((r) => r._id),
    );
    expect(reads.pages + reads.anys).toBeLessThanOrEqual(20);
    // At most a window's worth looked at beyond the page, for all kinds together.
    expect(reads.looked).toBeLessThanOrEqual(2 * 51);
  });

  it('ends at the last day, with what there is; nothing matching costs a look a year', async () => {
    const { s, reads } = store(rowsOf('2026-12-20', 5, 3));
    expect(await readQueue<Row>(ALL, { from: FIRST_DAY, after: null, to }, 51, s)).toHaveLength(15);
    const none = store([]);
    expect(await readQueue<Row>(ALL, { from: FIRST_DAY, after: null, to }, 51, none.s)).toEqual([]);
    expect(none.reads.pages + none.reads.anys).toBeLessThanOrEqual(20);
    // A look per LOOK_DAYS from 2020 finds nothing before 2026, where one sorted read takes the 15.
    expect([reads.anys, reads.pages]).toEqual([
      Math.ceil(daysFrom(FIRST_DAY, to).length / LOOK_DAYS),
      1,
    ]);
  });
});
