#!/usr/bin/env node
// Measures what the index pushdown of ferretdb.patch buys (the figures in
// docs/adr/0001): on N case-sized documents (casework's shape and indexes),
// the median of findOne and updateOne by an indexed unique key, a 50-row
// find by an indexed field, and findOne by _id.
//
//   MONGODB_URI=mongodb://127.0.0.1:47017 node deploy/local/ferretdb/measure.mjs [load|run|both]
//
// `load` (re)creates the database `measure_pushdown` with MEASURE_DOCS
// documents (default 100000); `run` times the queries on it, MEASURE_REPS
// times each (default 15). Load once, then `run` against builds of FerretDB
// started on the same data directory to compare them.
import { MongoClient } from 'mongodb';

const uri = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:37017';
const total = Number(process.env.MEASURE_DOCS ?? 100_000);
const reps = Number(process.env.MEASURE_REPS ?? 15);
const mode = process.argv[2] ?? 'both';
const BOARD_SIZE = 50; // cases per board: the 50-row find

const pad = (n, w) => String(n).padStart(w, '0');
const uniqueKey = (i) => `bureauonderzoek:${pad(i, 6)}:2025-2026`;
const board = (i) => `BG${pad(Math.floor(i / BOARD_SIZE), 5)}`;

/** About 2.5 KB of BSON, like a monitoring case some way into its flow. */
function caseDoc(i) {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
  const brin = `${pad(i % 10_000, 2)}AA`.slice(-4);
  return {
    _id: `case-${pad(i, 6)}`,
    uniqueKey: uniqueKey(i),
    caseType: { code: 'BUREAUONDERZOEK_MSV', version: 1 },
    confidential: false,
    subject: {
      kind: 'vestiging',
      bevoegdGezagNummer: board(i),
      brin,
      vestigingCode: `${brin}${pad(i % 100, 2)}`,
      boardName: `Stichting Onderwijs ${Math.floor(i / BOARD_SIZE)}`,
      schoolName: `Basisschool De Regenboog ${i}`,
      vestigingName: `De Regenboog, locatie ${i % 7}`,
      sector: i % 3 === 0 ? 'vo' : 'po',
    },
    schooljaar: '2025-2026',
    status: ['OPEN', 'IN_BEHANDELING', 'HERSTELOPDRACHT', 'AFGEROND'][i % 4],
    result: null,
    assignee: `inspecteur-${i % 40}`,
    queue: i % 5 === 0 ? 'monitoring' : null,
    deadlines: [
      { kind: 'monitoring', dueOn: '2026-07-01', state: 'running', suspendedAt: null, history: [] },
      {
        kind: 'herstelopdracht',
        dueOn: '2026-11-01',
        state: 'running',
        suspendedAt: null,
        history: [],
      },
    ],
    nextDueOn: '2026-07-01',
    documents: [
      {
        kind: 'concept-report',
        title: 'Conceptrapport bureauonderzoek',
        paragraphs: [
          'De inspectie heeft vastgesteld dat de gegevens over de monitoring niet tijdig zijn aangeleverd.',
          'Het bestuur krijgt een herstelopdracht met een termijn tot 1 november.',
        ],
        at,
        actor: 'system:casework',
      },
    ],
    decisions: [
      {
        kind: 'herstelopdracht',
        legalBasis: 'artikel 11a WOT',
        deadlineKind: 'herstelopdracht',
        issuedOn: '2026-07-02',
        outcome: null,
        decidedOn: null,
      },
    ],
    letters: [
      {
        requestId: `case-${pad(i, 6)}:herstelopdracht`,
        template: 'herstelopdracht',
        requestedAt: at,
        kenmerk: `K-${i}`,
      },
    ],
    notes: [{ at, actor: 'inspecteur-1', text: 'Telefonisch contact gehad met het bestuur.' }],
    timeline: Array.from({ length: 8 }, (_, t) => ({
      at,
      actor: t % 2 ? 'system:casework' : `inspecteur-${t}`,
      action: ['opened', 'assigned', 'deadline-started', 'letter-requested'][t % 4],
      detail: `Stap ${t} van het monitoringproces voor vestiging ${brin}${pad(i % 100, 2)}.`,
    })),
    openedAt: at,
    closedAt: null,
    updatedAt: at,
    version: 1,
  };
}

async function load(db) {
  await db.dropDatabase();
  const cases = db.collection('cases');
  // casework's indexes (services/casework/src/cases/cases.service.ts)
  await cases.createIndex({ uniqueKey: 1 }, { unique: true });
  await cases.createIndex({ 'caseType.code': 1, status: 1, _id: 1 });
  await cases.createIndex({ assignee: 1, status: 1, _id: 1 });
  await cases.createIndex({ 'subject.bevoegdGezagNummer': 1, _id: 1 });
  await cases.createIndex({ 'subject.brin': 1, _id: 1 });
  await cases.createIndex({ nextDueOn: 1 });
  const t = Date.now();
  for (let i = 0; i < total; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(total, i + 500); j++) batch.push(caseDoc(j));
    await cases.insertMany(batch, { ordered: false });
  }
  console.error(`loaded ${total} cases in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

async function median(label, fn) {
  const times = [];
  for (let r = 0; r < reps; r++) {
    const t = process.hrtime.bigint();
    await fn(r);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)];
  console.error(`${label}: median ${m.toFixed(1)} ms (${reps} runs)`);
  return m;
}

async function run(db) {
  const cases = db.collection('cases');
  const n = total; // counting would itself read every document on FerretDB
  const pick = (r) => Math.floor(((r + 1) * 7919 * 13) % n);
  const results = { documents: n };
  results.findOneByUniqueKey = await median('findOne by uniqueKey', async (r) => {
    if (!(await cases.findOne({ uniqueKey: uniqueKey(pick(r)) }))) throw new Error('not found');
  });
  results.updateOneByUniqueKey = await median('updateOne by uniqueKey', async (r) => {
    const res = await cases.updateOne(
      { uniqueKey: uniqueKey(pick(r + 100)) },
      { $inc: { version: 1 } },
    );
    if (res.modifiedCount !== 1) throw new Error('not updated');
  });
  results.find50ByIndexedField = await median(
    'find 50 by subject.bevoegdGezagNummer',
    async (r) => {
      const rows = await cases
        .find({ 'subject.bevoegdGezagNummer': board(pick(r + 200)) })
        .toArray();
      if (rows.length !== BOARD_SIZE) throw new Error(`found ${rows.length}`);
    },
  );
  results.findOneById = await median('findOne by _id', async (r) => {
    if (!(await cases.findOne({ _id: `case-${pad(pick(r + 300), 6)}` })))
      throw new Error('not found');
  });
  console.log(JSON.stringify(results));
}

const client = await MongoClient.connect(uri);
try {
  const db = client.db('measure_pushdown');
  if (mode === 'load' || mode === 'both') await load(db);
  if (mode === 'run' || mode === 'both') await run(db);
} finally {
  await client.close();
}
