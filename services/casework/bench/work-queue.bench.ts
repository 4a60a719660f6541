import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { MongoClient } from 'mongodb';
// Like registry's benchmark, this runs the sources (compiled by swc, as the
// bundle is) to reach the repository below HTTP: the query is what is measured.
import {
  type BenchContext,
  type Benchmark,
  type Measurement,
  measure,
  oidcServiceEnv,
} from '@inspectorate/test-stack';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config';
import type { CaseDoc } from '../src/engine/case';
import { type CaseListFilter, CaseRepository } from '../src/engine/case.repository';
import {
  FIRST_DAY,
  type QueueStore,
  dayOfCaseId,
  firstDay,
  readQueue,
} from '../src/engine/queue-keys';
import { type QueueRowDoc, ROW_FIELDS, listItemOf, storedQueueRow } from '../src/engine/queue-rows';
import {
  ANY_CASE,
  CASE_LIST_OPTIONS,
  caseListQuery,
  lastQueueDay,
  storedCase,
} from '../src/engine/store-case.repository';

/**
 * Work queues at national scale (issue 13): CASEWORK_BENCH_CASES (default
 * 1,000,000) cases of mixed types over five years, seeded with the raw
 * driver in bulk, then the typical queue reads a person makes, each
 * QUERIES times with varying values, through casework's repository (the
 * query `GET /cases` runs) and, as the raw baseline in the same run, the
 * same filter, sort, projection and limit with the mongodb driver directly.
 * p50 and p99 per query shape; the goal is p99 < 100 ms.
 */
const CASES = Number(process.env['CASEWORK_BENCH_CASES'] ?? 1_000_000);
/**
 * A database to seed once and measure again (kept afterwards; seeded only
 * while it holds fewer cases): 1,000,000 cases take minutes to seed.
 */
const KEEP = process.env['CASEWORK_BENCH_DATABASE'];
const QUERIES = Number(process.env['CASEWORK_BENCH_QUERIES'] ?? 100);
const LIMIT = 51; // a page of 50 and one to know there is a next page
const BOARDS = 1_500;
const SCHOOLS = 6_000;
const PEOPLE = 400;
const SPAN_MS = 5 * 365 * 86_400_000;
// Five years up to today: a queue is read up to today (case ids are made when a case opens).
const START = Date.now() - SPAN_MS;

// The mix of a national inspectorate over five years; most cases are closed.
const TYPES: { code: string; share: number; statuses: string[]; queue: string | null }[] = [
  {
    code: 'melding',
    share: 0.4,
    statuses: ['ontvangen', 'in-behandeling', 'afgehandeld'],
    queue: null,
  },
  {
    code: 'bureauonderzoek-monitoring-sociale-veiligheid',
    share: 0.2,
    statuses: ['geopend', 'hoor-en-wederhoor', 'rapport-vastgesteld', 'geescaleerd', 'afgesloten'],
    queue: 'coordinators',
  },
  {
    code: 'kwaliteitsonderzoek',
    share: 0.15,
    statuses: ['onderzoek', 'hoor-en-wederhoor', 'herstelopdracht', 'vervolg', 'afgesloten'],
    queue: 'inspecteurs',
  },
  {
    code: 'handmatige-analyse',
    share: 0.1,
    statuses: ['te-analyseren', 'afgesloten'],
    queue: 'coordinators',
  },
  {
    code: 'vertrouwensdossier',
    share: 0.08,
    statuses: ['ontvangen', 'in-behandeling', 'gesloten'],
    queue: null,
  },
  {
    code: 'klacht',
    share: 0.05,
    statuses: [
      'ontvangen',
      'in-behandeling',
      'hoorzitting-gepland',
      'termijn-verstreken',
      'afgehandeld',
    ],
    queue: 'coordinators',
  },
  {
    code: 'bestuursonderzoek',
    share: 0.02,
    statuses: ['onderzoek', 'hoor-en-wederhoor', 'afgesloten'],
    queue: 'inspecteurs',
  },
];

/** A deterministic PRNG, so every run seeds the same cases. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID v7 for a moment: case ids sort in order of opening, as newEventId's do. */
function uuidv7(ms: number, rand: () => number): string {
  const hex = ms.toString(16).padStart(12, '0');
  const r = Array.from({ length: 20 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7${r.slice(0, 3)}-${(8 + Math.floor(rand() * 4)).toString(16)}${r.slice(3, 6)}-${r.slice(6, 18)}`;
}

const pick = <T>(rand: () => number, xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const board = (n: number) => String(40000 + n);
const brin = (n: number) =>
  `${String(10 + (n % 90)).padStart(2, '0')}${String.fromCharCode(65 + ((n / 90) % 26), 65 + ((n / 2340) % 26))}`;

function caseAt(i: number, rand: () => number): CaseDoc {
  const opened = START + Math.floor((i / CASES) * SPAN_MS);
  let r = rand();
  const type = TYPES.find((t) => (r -= t.share) < 0) ?? TYPES[0]!;
  // Cases of the last year are open more often; older ones are nearly all closed.
  const age = (START + SPAN_MS - opened) / SPAN_MS;
  const open = rand() < (age < 0.2 ? 0.35 : 0.02);
  const status = open
    ? type.statuses[Math.floor(rand() * (type.statuses.length - 1))]!
    : type.statuses.at(-1)!;
  const escalated = open && type.queue !== null && rand() < 0.3;
  const due = open ? day(opened + Math.floor((0.1 + rand()) * 365 * 86_400_000)) : null;
  const school = Math.floor(rand() * SCHOOLS);
  const at = new Date(opened);
  const id = uuidv7(opened, rand);
  const doc: CaseDoc = {
    _id: id,
    uniqueKey: `${type.code}:${id}`,
    caseType: { code: type.code, version: 1 },
    confidential: type.code === 'vertrouwensdossier',
    subject: {
      kind: 'vestiging',
      bevoegdGezagNummer: board(school % BOARDS),
      brin: brin(school),
      vestigingCode: `${brin(school)}00`,
      boardName: `Stichting ${school % BOARDS}`,
      schoolName: `School ${school}`,
      vestigingName: `School ${school} hoofdvestiging`,
      sector: pick(rand, ['po', 'po', 'po', 'vo', 'so']),
    },
    schooljaar: null,
    status,
    result: open ? null : 'afgerond',
    assignee: rand() < 0.75 ? `inspecteur-${Math.floor(rand() * PEOPLE)}` : null,
    queue: escalated ? type.queue : null,
    deadlines: due
      ? [
          {
            kind: 'afhandeling',
            dueOn: due,
            originalDueOn: due,
            state: 'running',
            suspendedOn: null,
            changes: [],
          },
        ]
      : [],
    nextDueOn: due,
    nextCheckOn: null,
    facts: { openedOn: day(opened) },
    handled: [],
    documents: [],
    decisions: [],
    letters: [],
    notes: [],
    timeline: [
      {
        at,
        actor: 'system:casework',
        action: 'opened',
        detail: `${type.code} geopend na een signaal over de school`,
      },
      ...(open ? [] : [{ at, actor: 'system:casework', action: 'status', detail: `→ ${status}` }]),
    ],
    openedAt: at,
    closedAt: open ? null : at,
    updatedAt: at,
    version: open ? 1 : 2,
  };
  return doc;
}

/** The queue reads people make, with values varying per run; `after` pages deep into a long queue. */
function queries(rand: () => number): { shape: string; filter: () => CaseListFilter }[] {
  const recent = () => day(START + SPAN_MS - Math.floor(rand() * 0.2 * SPAN_MS));
  return [
    { shape: "coordinators' queue", filter: () => ({ queue: 'coordinators' }) },
    {
      shape: 'type + status',
      filter: () => ({
        type: 'kwaliteitsonderzoek',
        status: pick(rand, ['onderzoek', 'herstelopdracht']),
      }),
    },
    {
      shape: 'assignee',
      filter: () => ({ assignee: `inspecteur-${Math.floor(rand() * PEOPLE)}` }),
    },
    { shape: 'board', filter: () => ({ board: board(Math.floor(rand() * BOARDS)) }) },
    { shape: 'school (brin)', filter: () => ({ brin: brin(Math.floor(rand() * SCHOOLS)) }) },
    { shape: 'deadline before', filter: () => ({ deadlineBefore: recent() }) },
    {
      shape: 'type + status, page 20',
      filter: () => ({
        type: 'melding',
        status: 'afgehandeld',
        after: uuidv7(START + Math.floor(rand() * SPAN_MS), rand),
      }),
    },
  ];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** What the driver baseline's reads cost: round trips and rows returned. */
interface Counted {
  reads: number;
  rows: number;
}

async function timed(
  log: (m: string) => void,
  label: string,
  shapes: ReturnType<typeof queries>,
  run: (f: CaseListFilter) => Promise<unknown[]>,
  counted?: Counted,
): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (const q of shapes) {
    const samples: number[] = [];
    let rows = 0;
    if (counted) [counted.reads, counted.rows] = [0, 0];
    out.push(
      await measure(`${label}: ${q.shape}`, 'queries', async () => {
        for (let i = 0; i < QUERIES; i++) {
          // Like the controller for anyone but a vertrouwensinspecteur.
          const filter = { ...q.filter(), confidential: false as const };
          const started = performance.now();
          rows += (await run(filter)).length;
          samples.push(performance.now() - started);
        }
        samples.sort((a, b) => a - b);
        log(
          `${label}: ${q.shape}: p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms`,
        );
        return {
          items: QUERIES,
          extra: {
            p50ms: percentile(samples, 50).toFixed(1),
            p99ms: percentile(samples, 99).toFixed(1),
            rowsPerPage: (rows / QUERIES).toFixed(0),
            // Round trips, and rows the server returned (≈ decoded on FerretDB), per page.
            ...(counted
              ? {
                  readsPerPage: (counted.reads / QUERIES).toFixed(1),
                  rowsReadPerPage: (counted.rows / QUERIES).toFixed(0),
                }
              : {}),
          },
        };
      }),
    );
  }
  return out;
}

async function seed(context: BenchContext, database: string): Promise<Measurement> {
  const client = await MongoClient.connect(context.mongodbUri);
  try {
    const cases = client.db(database).collection<CaseDoc>('cases');
    const rows = client.db(database).collection<QueueRowDoc>('case_queue_rows');
    const rand = prng(13);
    return await measure('seed: driver insertMany', 'cases', async () => {
      const batch = 2_000;
      for (let i = 0; i < CASES; i += batch) {
        const docs = Array.from({ length: Math.min(batch, CASES - i) }, (_, k) =>
          caseAt(i + k, rand),
        );
        // As casework's repository stores a case: with its queue row beside it.
        await cases.insertMany(docs.map(storedCase), { ordered: false });
        await rows.insertMany(docs.map(storedQueueRow), { ordered: false });
        if ((i / batch) % 50 === 0) context.log(`seeded ${i + docs.length} of ${CASES}`);
      }
      return { items: CASES };
    });
  } finally {
    await client.close();
  }
}

export const benchmark: Benchmark = {
  name: `casework: work queues over ${CASES.toLocaleString('en')} cases`,
  async run(context) {
    const database = KEEP ?? `${context.runId}_casework`;
    const config = loadConfig.load({
      KAFKA_BROKERS: context.kafkaBrokers.join(','),
      MONGODB_URI: context.mongodbUri,
      MONGODB_DATABASE: database,
      KAFKA_TOPIC_PREFIX: `${context.runId}.`,
      LOG_LEVEL: 'error',
      ...oidcServiceEnv(),
    });
    // The service first, so its indexes exist before the cases arrive, as in production.
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot(config, { cron: false }),
      {
        logger: false,
      },
    );
    const client = await MongoClient.connect(context.mongodbUri);
    try {
      const present = await client.db(database).collection('cases').estimatedDocumentCount();
      if (KEEP && present > 0 && present !== CASES)
        throw new Error(
          `${database} holds ${present} cases, not ${CASES}: drop it or pick another`,
        );
      const seeded = present === CASES ? null : await seed(context, database);
      context.log(
        seeded ? `seeded in ${(seeded.elapsedMs / 1000).toFixed(0)} s` : `${present} cases kept`,
      );
      const repository = app.get(CaseRepository);
      const raw = client.db(database).collection<QueueRowDoc>('case_queue_rows');
      const shapes = queries(prng(7));
      // The same windows of days as the repository reads, each with the driver directly.
      const counted: Counted = { reads: 0, rows: 0 };
      const store: QueueStore<QueueRowDoc> = {
        page: async (q, n) => {
          const found = await raw
            .find(q as never, { ...CASE_LIST_OPTIONS, limit: n } as never)
            .toArray();
          [counted.reads, counted.rows] = [counted.reads + 1, counted.rows + found.length];
          return found;
        },
        some: async (q, n) => {
          const found = await raw.find(q as never, { projection: ROW_FIELDS, limit: n }).toArray();
          [counted.reads, counted.rows] = [counted.reads + 1, counted.rows + found.length];
          return found;
        },
        dayOf: (row) => row.openedDay,
      };
      // As the repository does once: the first day any case was opened on.
      const from = (await firstDay(ANY_CASE, FIRST_DAY, lastQueueDay(), store))!;
      const rawRuns = await timed(
        context.log,
        'driver',
        shapes,
        async (f) => {
          const query = caseListQuery(f);
          if (!query) return [];
          const after = f.after ? { day: dayOfCaseId(f.after)!, id: f.after } : null;
          const page = await readQueue(query, { from, after, to: lastQueueDay() }, LIMIT, store);
          return page.map(listItemOf);
        },
        counted,
      );
      const serviceRuns = await timed(context.log, 'casework', queries(prng(7)), (f) =>
        repository.list(f, LIMIT),
      );
      // Per query shape, casework's p99 against the driver's (the report's ratio column needs one baseline).
      serviceRuns.forEach((m, i) => {
        const base = Number(rawRuns[i]!.extra!['p99ms']);
        m.extra = { ...m.extra, p99VsDriver: `${(Number(m.extra!['p99ms']) / base).toFixed(2)}×` };
      });
      return [...(seeded ? [seeded] : []), ...rawRuns, ...serviceRuns];
    } finally {
      await app.close();
      if (!KEEP)
        await client
          .db(database)
          .dropDatabase()
          .catch(() => undefined);
      await client.close();
    }
  },
};
