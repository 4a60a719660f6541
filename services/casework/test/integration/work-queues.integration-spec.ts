import {
  bearer,
  type RunningService,
  connectDb,
  serviceEnv,
  startTestService,
  testScope,
} from '@inspectorate/testing';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import type { CaseDoc } from '../../src/engine/case';
import { Cases } from '../../src/engine/collections';
import { type MongoStore, storeToken } from '@inspectorate/persistence';
import { JobRunner } from '@inspectorate/scheduling';
import { CaseRepository } from '../../src/engine/case.repository';
import { QueueRowsJob } from '../../src/engine/queue-rows.job';
import { RETIRED_CASE_INDEXES } from '../../src/engine/retired-indexes';
import { daysFrom, queueKeys } from '../../src/engine/queue-keys';
import { type QueueRowDoc, storedQueueRow } from '../../src/engine/queue-rows';

type StoredCase = CaseDoc & { queueRow?: string };

/** A UUID v7 for a moment, as the engine makes them when a case opens. */
const idAt = (ms: number, n: number) => {
  const hex = ms.toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7abc-8${n.toString(16).padStart(3, '0')}-0123456789ab`;
};

/**
 * 60 cases opened over two years, as stored before the work-queue rows
 * existed (no queue row, no openedDay, no qBrin, …): one in three a klacht, every
 * fourth unassigned, one in five with a running deadline.
 */
function oldCases(): CaseDoc[] {
  const start = Date.now() - 2 * 365 * 86_400_000;
  return Array.from({ length: 60 }, (_, n) => {
    const openedAt = new Date(start + n * 12 * 86_400_000 + n * 3_600_000);
    const due = n % 5 === 0 ? new Date(openedAt.getTime() + 30 * 86_400_000) : null;
    return {
      _id: idAt(openedAt.getTime(), n),
      uniqueKey: `old-${n}`,
      caseType: { code: n % 3 === 0 ? 'klacht' : 'melding', version: 1 },
      confidential: false,
      subject: {
        kind: 'vestiging',
        bevoegdGezagNummer: '41234',
        brin: n % 2 === 0 ? '12AB' : '13CD',
        vestigingCode: null,
        boardName: null,
        schoolName: null,
        sector: 'po',
      },
      schooljaar: null,
      status: 'ontvangen',
      result: null,
      assignee: n % 4 === 0 ? null : 'inspecteur',
      queue: null,
      deadlines: [],
      nextDueOn: due ? due.toISOString().slice(0, 10) : null,
      documents: [],
      decisions: [],
      letters: [],
      notes: [],
      timeline: [],
      openedAt,
      closedAt: null,
      updatedAt: openedAt,
      version: 1,
    };
  });
}

describe('casework: work queues read window after window of days, on the real database', () => {
  const scope = testScope('casework-wq');
  const cases = oldCases();
  let service: RunningService;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let coordinator: Record<string, string> = {};

  beforeAll(async () => {
    coordinator = await bearer('coordinator');
    db = await connectDb(scope);
    // Every other one as the release before stored it: its work-queue keys on the case.
    await db.db
      .collection<CaseDoc>('cases')
      .insertMany(cases.map((c, n) => (n % 2 === 0 ? { ...c, ...queueKeys(c) } : c)));
    // One with its row, then changed by a replica of the release before during a rolling
    // update: that wrote the keys on the case again, and the row still shows the change before.
    const changed = cases[1]!;
    await db.db
      .collection<QueueRowDoc>('case_queue_rows')
      .insertOne(storedQueueRow({ ...changed, status: 'in-behandeling' }));
    await db.db
      .collection<StoredCase>('cases')
      .updateOne(
        { _id: changed._id },
        { $set: { ...queueKeys(changed), queueRow: 'written', version: 2 } },
      );
    // As the release before left them: its work-queue indexes.
    for (const keys of RETIRED_CASE_INDEXES) await db.db.collection('cases').createIndex(keys);
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false }), config);
  }, 180_000);

  afterAll(async () => {
    await service?.close();
    await db?.close();
  });

  /** Every page of a queue through its `next` links: the ids in order, and how many pages. */
  async function allPages(query: string): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: request.Response = await request(service.http)
        .get(`/cases?${query}${after ? `&after=${after}` : ''}`)
        .set(coordinator)
        .expect(200);
      ids.push(...res.body.items.map((c: CaseDoc) => c._id));
      pages++;
      after = res.body.next
        ? new URL(res.body.next, 'http://casework').searchParams.get('after')
        : null;
    } while (after);
    return { ids, pages };
  }

  const idsWhere = (keep: (c: CaseDoc) => boolean) =>
    cases
      .filter(keep)
      .map((c) => c._id)
      .sort();

  it('gives cases stored before the queue rows their rows at start, keys and all', async () => {
    const stored = await db.db.collection<StoredCase>('cases').find({}).toArray();
    expect(stored).toHaveLength(60);
    const rows = await db.db.collection<QueueRowDoc>('case_queue_rows').find({}).toArray();
    const rowOf = new Map(rows.map((r) => [r._id, r]));
    expect(rowOf.size).toBe(60);
    expect(stored.find((c) => c._id === cases[1]!._id)?.version).toBe(2);
    for (const c of stored) {
      const day = c.openedAt.toISOString().slice(0, 10);
      expect(rowOf.get(c._id)).toMatchObject({
        revision: c.version,
        openedDay: day,
        qDue: `${c.nextDueOn?.slice(0, 4) ?? ''}|${day}`,
        qTypeStatus: `${c.caseType.code}|ontvangen|${day}`,
        qAssignee: `${c.assignee ?? ''}|${day}`,
        type: c.caseType.code,
        status: 'ontvangen',
        brin: c.subject.brin,
      });
      // The keys the release before kept on the case are taken off it.
      expect(c.queueRow).toBe('written');
      expect(c).not.toHaveProperty('openedDay');
      expect(c).not.toHaveProperty('qBrin');
    }
  });

  it('pages every queue in id order across two years, each case once', async () => {
    const all = await allPages('limit=7');
    expect(all.ids).toEqual(idsWhere(() => true));
    expect(all.pages).toBe(9);
    expect((await allPages('type=klacht&limit=4')).ids).toEqual(
      idsWhere((c) => c.caseType.code === 'klacht'),
    );
    expect((await allPages('brin=12AB&assignee=none&limit=3')).ids).toEqual(
      idsWhere((c) => c.subject.brin === '12AB' && c.assignee === null),
    );
  });

  it('answers "deadline before" from the due years, to the day', async () => {
    const due = cases.filter((c) => c.nextDueOn).map((c) => c.nextDueOn!);
    const before = due[5]!;
    expect((await allPages(`deadlineBefore=${before}&limit=2`)).ids).toEqual(
      idsWhere((c) => c.nextDueOn !== null && c.nextDueOn < before),
    );
    expect((await allPages('deadlineBefore=2020-01-01')).ids).toEqual([]);
  });

  it('drops the compound indexes the keys replaced at start, and keeps every declared one', async () => {
    const keysOf = async () =>
      (await db.db.collection('cases').listIndexes().toArray()).map((i) =>
        JSON.stringify(Object.entries(i['key'] as object)),
      );
    const present = await keysOf();
    for (const keys of RETIRED_CASE_INDEXES)
      expect(present).not.toContain(JSON.stringify(Object.entries(keys)));
    for (const [keys] of Cases.schema.indexes())
      expect(present).toContain(JSON.stringify(Object.entries(keys)));
    // Another replica starting after it finds nothing left to drop.
    expect(
      await service.app.get<MongoStore<CaseDoc>>(storeToken(Cases)).dropRetiredIndexes(),
    ).toEqual([]);
  });

  it('the leased job rewrites the row of a case a replica of the release before changed, found by an index', async () => {
    const changed = cases[3]!;
    const after = { ...changed, status: 'in-behandeling', assignee: 'inspecteur-2' };
    const rowOf = (id: string) =>
      db.db.collection<QueueRowDoc>('case_queue_rows').findOne({ _id: id });
    const caseOf = (id: string) => db.db.collection<StoredCase>('cases').findOne({ _id: id });
    // During a rolling update a replica of the release before changes it: the keys on the
    // case again, its version up, and no pending mark (it knows none).
    await db.db.collection<StoredCase>('cases').updateOne(
      { _id: changed._id },
      {
        $set: { status: after.status, assignee: after.assignee, ...queueKeys(after) },
        $inc: { version: 1 },
      },
    );
    expect(await rowOf(changed._id)).toMatchObject({ status: 'ontvangen', revision: 1 });

    const job = new QueueRowsJob(service.app.get(JobRunner), service.app.get(CaseRepository));
    expect(await job.tick()).toBe(1);
    const day = changed.openedAt.toISOString().slice(0, 10);
    expect(await rowOf(changed._id)).toMatchObject({
      status: 'in-behandeling',
      assignee: 'inspecteur-2',
      revision: 2,
      qTypeStatus: `${changed.caseType.code}|in-behandeling|${day}`,
      qAssignee: `inspecteur-2|${day}`,
    });
    const stored = await caseOf(changed._id);
    expect(stored?.queueRow).toBe('written');
    expect(stored).not.toHaveProperty('openedDay');
    // Nothing is left for the next tick.
    expect(await job.tick()).toBe(0);

    // Found through the index on the days, not by reading every case (ADR 0001).
    const first = cases[0]!.openedAt.toISOString().slice(0, 10);
    const filter = { openedDay: { $in: daysFrom(first, new Date().toISOString().slice(0, 10)) } };
    const plan = await db.db.command({
      explain: { find: 'cases', filter },
      verbosity: 'queryPlanner',
    });
    const onFerretDB = 'ferretdbVersion' in (await db.db.command({ buildInfo: 1 }));
    if (onFerretDB) {
      expect(plan['filterPushdown']).toBe(true);
      expect(JSON.stringify(plan['queryPlanner'])).toMatch(/USING INDEX \S+_openedDay_1\b/);
    } else {
      expect(JSON.stringify(plan['queryPlanner'])).toMatch(/IXSCAN/);
    }
  });
});
