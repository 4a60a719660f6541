import { InMemoryStore } from '@inspectorate/testing';
import { type Query, type Store, keepLatest } from '@inspectorate/persistence';
import type { CaseDoc } from './case';
import type { CaseListFilter } from './case.repository';
import { type CaseReadDoc, CaseReadLog, Cases } from './collections';
import { queueKeys } from './queue-keys';
import { CaseQueueRows, queueRowOf } from './queue-rows';
import { StoreCaseRepository } from './store-case.repository';

const DAY_MS = 86_400_000;
/** A UUID v7 for a moment, as newEventId makes them (the counter in the random bits). */
const idAt = (ms: number, n: number) => {
  const hex = ms.toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7000-8000-${n.toString(16).padStart(12, '0')}`;
};

/**
 * Cases over the last three years up to today, one a day: every 15th of
 * school 10AA, every 5th in the coordinators' queue (only this year),
 * assigned round a team of four.
 */
function cases(): CaseDoc[] {
  const out: CaseDoc[] = [];
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  for (let n = 0; n < 3 * 365; n++) {
    const at = new Date(today - 3 * 365 * DAY_MS + n * DAY_MS + 3_600_000);
    const recent = at.getTime() > today - 365 * DAY_MS;
    out.push({
      _id: idAt(at.getTime(), n),
      uniqueKey: `k${n}`,
      caseType: { code: n % 3 === 0 ? 'melding' : 'kwaliteitsonderzoek', version: 1 },
      confidential: false,
      subject: {
        kind: 'vestiging',
        bevoegdGezagNummer: '41234',
        brin: n % 15 === 0 ? '10AA' : '20BB',
        vestigingCode: null,
        boardName: null,
        schoolName: null,
        vestigingName: null,
        sector: 'po',
      },
      schooljaar: null,
      status: recent ? 'onderzoek' : 'afgesloten',
      result: null,
      assignee: `inspecteur-${n % 4}`,
      queue: recent && n % 5 === 0 ? 'coordinators' : null,
      deadlines: [],
      nextDueOn: recent ? new Date(at.getTime() + 60 * DAY_MS).toISOString().slice(0, 10) : null,
      nextCheckOn: null,
      facts: {},
      handled: [],
      documents: [],
      decisions: [],
      letters: [],
      notes: [],
      timeline: [],
      openedAt: at,
      closedAt: null,
      updatedAt: at,
      version: 1,
    } as CaseDoc);
  }
  return out;
}

/** A store with every read counted in `reads`: each is a round trip to the database. */
function counted<T extends { _id: string }>(store: InMemoryStore<T>, reads: Query[]): Store<T> {
  const counting = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (['find', 'findOne', 'findById', 'findByIds', 'count', 'exists'].includes(String(name)))
          reads.push(args[0] as Query);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return counting as unknown as Store<T>;
}

describe('StoreCaseRepository: a page of a work queue in a few round trips', () => {
  let repository: StoreCaseRepository;
  let all: CaseDoc[];
  let reads: Query[];

  beforeAll(async () => {
    // Every read of either store counts: the cases and their queue rows.
    reads = [];
    repository = new StoreCaseRepository(
      counted(new InMemoryStore(Cases), reads),
      new InMemoryStore(CaseReadLog) as Store<CaseReadDoc>,
      counted(new InMemoryStore(CaseQueueRows), reads),
    );
    all = cases();
    for (const doc of all) await repository.insert(doc, []);
    // As at start: the first day any case was opened on, found once.
    await repository.onApplicationBootstrap();
  });

  const expected = (keep: (c: CaseDoc) => boolean, after?: string) =>
    all
      .filter((c) => keep(c) && (!after || c._id > after))
      .map((c) => c._id)
      .sort()
      .slice(0, 51);

  const shapes: [string, CaseListFilter, (c: CaseDoc) => boolean][] = [
    ['everything', {}, () => true],
    [
      "the coordinators' queue (this year only)",
      { queue: 'coordinators' },
      (c) => c.queue === 'coordinators',
    ],
    ['a school (sparse)', { brin: '10AA' }, (c) => c.subject.brin === '10AA'],
    ['a person', { assignee: 'inspecteur-1' }, (c) => c.assignee === 'inspecteur-1'],
    [
      'type and status',
      { type: 'melding', status: 'onderzoek' },
      (c) => c.caseType.code === 'melding' && c.status === 'onderzoek',
    ],
  ];

  it.each(shapes)('%s: the first page in at most three reads', async (_, filter, keep) => {
    reads.length = 0;
    const page = await repository.list(filter, 51);
    expect(page.map((c) => c._id)).toEqual(expected(keep));
    expect(reads.length).toBeLessThanOrEqual(3);
  });

  it.each(shapes)('%s: a deep page in at most three reads', async (_, filter, keep) => {
    const matching = all.filter(keep).sort((a, b) => (a._id < b._id ? -1 : 1));
    const after = matching[Math.floor(matching.length / 3)]!._id;
    reads.length = 0;
    const page = await repository.list({ ...filter, after }, 51);
    expect(page.map((c) => c._id)).toEqual(expected(keep, after));
    expect(reads.length).toBeLessThanOrEqual(3);
  });

  it('"deadline before" (a key of several due years) in at most three reads', async () => {
    const before = new Date(Date.now() - 100 * DAY_MS).toISOString().slice(0, 10);
    reads.length = 0;
    const page = await repository.list({ deadlineBefore: before }, 51);
    expect(page.map((c) => c._id)).toEqual(
      expected((c) => c.nextDueOn !== null && c.nextDueOn < before),
    );
    expect(reads.length).toBeLessThanOrEqual(3);
  });
});

describe('StoreCaseRepository: each case has a queue row beside it', () => {
  const LIST_ITEM_FIELDS = [
    '_id',
    'caseType',
    'confidential',
    'subject',
    'schooljaar',
    'status',
    'result',
    'assignee',
    'queue',
    'nextDueOn',
    'openedAt',
  ] as const;
  const itemOf = (c: CaseDoc) => Object.fromEntries(LIST_ITEM_FIELDS.map((f) => [f, c[f]]));

  function setUp() {
    const cases = new InMemoryStore(Cases);
    const rows = new InMemoryStore(CaseQueueRows);
    const repository = new StoreCaseRepository(
      cases,
      new InMemoryStore(CaseReadLog) as Store<CaseReadDoc>,
      rows,
    );
    return { cases, rows, repository };
  }

  const change = (after: CaseDoc) => ({
    set: { status: after.status, assignee: after.assignee },
    timeline: [],
    events: [],
    keys: [],
    after,
  });

  it('shows in a queue what the case shows, and follows its changes', async () => {
    const { repository } = setUp();
    const [first, second] = cases().slice(-2) as [CaseDoc, CaseDoc];
    await repository.insert(first, []);
    await repository.insert({ ...second, confidential: true }, []);
    expect(await repository.list({}, 10)).toEqual([
      itemOf(first),
      itemOf({ ...second, confidential: true }),
    ]);
    const after = { ...first, status: 'afgesloten', assignee: 'inspecteur-9', version: 2 };
    expect(await repository.update(first._id, 1, change(after), new Date(), 'x')).toBe(true);
    expect(await repository.list({ assignee: 'inspecteur-9' }, 10)).toEqual([itemOf(after)]);
    expect(await repository.list({ confidential: false, brin: first.subject.brin! }, 10)).toEqual([
      itemOf(after),
    ]);
  });

  it('writes a row a failed write left pending again, from the case as it is', async () => {
    const { cases: caseStore, rows, repository } = setUp();
    const [doc] = cases().slice(-1) as [CaseDoc];
    await repository.insert(doc, []);
    const after = { ...doc, status: 'afgesloten', assignee: 'inspecteur-9', version: 2 };
    const update = rows.update.bind(rows);
    rows.update = () => Promise.reject(new Error('database unreachable'));
    // The change is stored; its row is not, and the case says so.
    expect(await repository.update(doc._id, 1, change(after), new Date(), 'x')).toBe(true);
    rows.update = update;
    expect(await caseStore.findById(doc._id)).toMatchObject({ queueRow: 'pending' });
    expect(await repository.list({ assignee: 'inspecteur-9' }, 10)).toEqual([]);

    expect(await repository.rewritePendingRows()).toBe(1);
    expect(await repository.list({ assignee: 'inspecteur-9' }, 10)).toEqual([itemOf(after)]);
    expect(await caseStore.findById(doc._id)).toMatchObject({ queueRow: 'written' });
    expect(await repository.rewritePendingRows()).toBe(0);
  });

  it('writes again the row of a case a replica of the release before changed (its keys on the case, no mark)', async () => {
    const { cases: caseStore, repository } = setUp();
    const [doc, other] = cases().slice(-2) as [CaseDoc, CaseDoc];
    await repository.insert(doc, []);
    await repository.insert(other, []);
    await repository.onApplicationBootstrap();
    const after = { ...doc, status: 'afgesloten', assignee: 'inspecteur-9', version: 2 };
    await caseStore.update(
      { _id: doc._id },
      {
        $set: { status: 'afgesloten', assignee: 'inspecteur-9', ...queueKeys(after) },
        $inc: { version: 1 },
      },
    );
    expect(await repository.list({ assignee: 'inspecteur-9' }, 10)).toEqual([]);

    expect(await repository.rewriteStaleRows()).toBe(1);
    expect(await repository.list({ assignee: 'inspecteur-9' }, 10)).toEqual([itemOf(after)]);
    expect(await caseStore.findById(doc._id)).not.toHaveProperty('openedDay');
    expect(await repository.rewriteStaleRows()).toBe(0);
  });

  it('never lets an older row overwrite a newer one', async () => {
    const { rows, repository } = setUp();
    const [doc] = cases().slice(-1) as [CaseDoc];
    await repository.insert(doc, []);
    const after = { ...doc, status: 'afgesloten', version: 2 };
    await repository.update(doc._id, 1, change(after), new Date(), 'x');
    // A replica that wrote version 1 late (its row write came after the change's).
    expect(await keepLatest(rows, doc._id, 1, queueRowOf(doc))).toBe('stale');
    expect(await repository.list({}, 10)).toEqual([itemOf(after)]);
  });
});
