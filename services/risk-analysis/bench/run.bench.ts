import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { NestFactory } from '@nestjs/core';
import {
  RiskAssessed,
  RiskFlagged,
  Services,
  createEvent,
  sourceOf,
} from '@inspectorate/contracts';
import {
  type BenchContext,
  type Benchmark,
  type Measurement,
  benchScales,
  measure,
  oidcServiceEnv,
} from '@inspectorate/test-stack';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
// Like the registry's benchmark, this drives the use cases inside the app
// (the relay's backlog is not reachable through a bundle), so it runs the
// sources, compiled by swc as the bundle is.
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config';
import { canonicalJson, sha256 } from '../src/domain/canonical';
import { riskAssessedData, riskFlaggedData } from '../src/domain/events';
import { runModel, serialiseResult } from '../src/domain/run';
import { decodeDuo } from '../src/duo/decode';
import { REAL_FILES, STATISTICS_FILES, readRealDuo, realFile } from '../src/duo/real-files';
import { emptyDuoImports, inputsFromDuo } from '../src/duo/to-inputs';
import { withVoBoards } from '../src/duo/vo-boards';
import { readTable } from '../src/duo/table';
import { ImportDuoUseCase } from '../src/imports/import-duo.usecase';
import { CHUNK_ROWS, chunkId, readEach } from '../src/imports/import.types';
import { LISTS, type ListName, detectList, headerOf } from '../src/imports/lists';
import { CurrentModel } from '../src/run/current-model';
import { RunUseCase } from '../src/run/run.usecase';
import { CHUNK_SUBJECTS, assessmentChunkId, subjectKey } from '../src/run/run.types';
import { scaleFiles } from '@inspectorate/duo';
import { MAX_REQUEST_BYTES, produceRequests } from '@inspectorate/messaging';

/**
 * A national run from inputs to the last RiskAssessed event: the real DUO
 * statistics (shared/data/duo: every po and vo vestiging and po board they
 * name, and the vo boards with generated financial figures) imported, run through the current model, every assessment stored and
 * its events on Kafka. The raw baseline does the same work with the mongodb
 * driver and kafkajs directly: parse, store the rows as the service does
 * (JSON chunks), read them back, run on the same inputs (the same result,
 * checked by its hash), insert the run and the assessments in the service's
 * chunks, produce the same CloudEvents in requests of the relay's size.
 */
const AS_OF = '2026-09-01';

function inputs(log: (m: string) => void) {
  const files = STATISTICS_FILES.map((name) => {
    const path = realFile(name);
    if (!path) throw new Error(`the benchmark needs ${REAL_FILES[name]} under shared/data/duo`);
    return { name: basename(path), bytes: readFileSync(path) };
  });
  log(
    `inputs: ${files.map((f) => `${f.name} (${(f.bytes.length / 1024).toFixed(0)} KiB)`).join(', ')}`,
  );
  // DUO publishes no vo boards' financial figures: generated ones, of the
  // real vo boards, on top of the po files (src/duo/vo-boards.ts).
  const list = realFile('voVestigingen2020');
  if (!list)
    throw new Error(`the benchmark needs ${REAL_FILES.voVestigingen2020} under shared/data/duo`);
  return withVoBoards(files, readFileSync(list));
}

type Files = { name: string; bytes: Buffer }[];

async function serviceRun(context: BenchContext, files: Files, factor: number) {
  const config = loadConfig.load({
    KAFKA_BROKERS: context.kafkaBrokers.join(','),
    MONGODB_URI: context.mongodbUri,
    MONGODB_DATABASE: `${context.runId}_risk${factor}`,
    KAFKA_TOPIC_PREFIX: `${context.runId}.x${factor}.`,
    LOG_LEVEL: 'error',
    ...oidcServiceEnv(), // the service verifies tokens of the run's Keycloak
  });
  const client = await MongoClient.connect(context.mongodbUri);
  const db = client.db(config.MONGODB_DATABASE);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { cron: false }),
    {
      logger: ['error', 'warn'],
    },
  );
  try {
    return await measure(
      `risk-analysis ${factor}×: import + run + events`,
      'subjects',
      async () => {
        const started = performance.now();
        for (const f of files)
          await app.get(ImportDuoUseCase).execute(f.bytes, { fileName: f.name });
        const imported = performance.now();
        const run = await app.get(RunUseCase).execute({ asOf: AS_OF });
        const ran = performance.now();
        // Whether events are left to publish: one flagged document is enough
        // to know (an index lookup). Not the relay's backlog count, which on
        // the local FerretDB decodes every flagged document at every poll,
        // taking the database's time from the relay it waits for.
        while (
          await db
            .collection('run_events')
            .findOne({ outboxPending: true }, { projection: { _id: 1 } })
        )
          await new Promise((r) => setTimeout(r, 100));
        return {
          items: run.counts.besturen + run.counts.vestigingen,
          extra: {
            flagged: run.counts.flagged,
            resultHash: run.resultHash,
            importS: ((imported - started) / 1000).toFixed(2),
            runS: ((ran - imported) / 1000).toFixed(2),
            lastEventS: ((performance.now() - started) / 1000).toFixed(2),
          },
        };
      },
    );
  } finally {
    await app.close();
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  }
}

async function rawRun(context: BenchContext, files: Files, factor: number) {
  const client = await MongoClient.connect(context.mongodbUri);
  const db = client.db(`${context.runId}_raw${factor}`);
  const kafka = new Kafka({
    brokers: context.kafkaBrokers,
    clientId: `${context.runId}-raw`,
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await Promise.all([admin.connect(), producer.connect()]);
  const topic = `${context.runId}.raw${factor}.risk`;
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: false });
  const model = new CurrentModel().get();
  try {
    return await measure(`raw ${factor}×: driver + kafkajs`, 'subjects', async () => {
      const chunks = db.collection<{ _id: string; rows: string }>('chunks');
      // Per list and period, as the service's datasets: its chunks' ids.
      const datasets = new Map<string, { list: ListName; year: number | null; ids: string[] }>();
      for (const f of files) {
        // Decoded as the service does (UTF-8 with its BOM, or Windows-1252).
        const { text } = decodeDuo(f.bytes);
        const list = detectList(headerOf(text));
        const rows = readTable(LISTS[list].spec, f.bytes).rows;
        const year = list === 'voLeerlingen' ? 2019 : null;
        const key = `${list}:${LISTS[list].period(rows, year)}`;
        const docs = [];
        for (let i = 0; i < rows.length; i += CHUNK_ROWS)
          docs.push({
            _id: chunkId(key, i / CHUNK_ROWS),
            rows: JSON.stringify(rows.slice(i, i + CHUNK_ROWS)),
          });
        await chunks.insertMany(docs);
        datasets.set(key, { list, year, ids: docs.map((d) => d._id) });
      }
      // Read back as the service does: dataset by dataset in the order of
      // their keys, each one's chunks by _id a few at a time (the rows' order
      // decides which of two rows for the same vestiging and year counts).
      const duo = emptyDuoImports();
      for (const key of [...datasets.keys()].sort()) {
        const { list, year, ids } = datasets.get(key)!;
        const rows: never[] = [];
        for (const c of await readEach(ids, (id) => chunks.findOne({ _id: id })))
          for (const r of JSON.parse(c.rows) as never[]) rows.push(r);
        if (list === 'voLeerlingen') duo.voLeerlingen.push({ year: year!, rows });
        else (duo[list] as unknown[]).push(...rows);
      }
      // What the service's InputsLoader gives with its read models empty (as
      // they are here) and its default RISK_CASEWORK_COMPLETE: the same
      // inputs, so the same indicators and the same result (checked below by
      // its hash). Without them every school's casework was missing data and
      // 11,103 of 12,236 subjects were flagged here against 4,712 in the service.
      const result = runModel(
        model,
        inputsFromDuo(duo, AS_OF, {
          monitoring: [],
          casework: { complete: true, vestigingen: [] },
        }),
      );
      const resultHash = sha256(serialiseResult(result));
      await db.collection<Record<string, unknown> & { _id: string }>('runs').insertOne({
        _id: 'raw',
        model: result.model,
        inputHash: result.inputHash,
        resultHash,
      });
      const source = sourceOf(Services.riskAnalysis);
      let flagged = 0;
      for (let i = 0; i < result.assessments.length; i += 10 * CHUNK_SUBJECTS) {
        const batch = result.assessments.slice(i, i + 10 * CHUNK_SUBJECTS);
        // The service's documents: chunks of CHUNK_SUBJECTS assessments as canonical JSON.
        const docs = [];
        for (let j = 0; j < batch.length; j += CHUNK_SUBJECTS) {
          const part = batch.slice(j, j + CHUNK_SUBJECTS);
          const n = (i + j) / CHUNK_SUBJECTS;
          docs.push({
            _id: assessmentChunkId('raw', n),
            runId: 'raw',
            n,
            first: subjectKey(part[0]),
            last: subjectKey(part[part.length - 1]),
            assessments: `[${part.map((a) => canonicalJson(a)).join(',')}]`,
          });
        }
        await db.collection<{ _id: string }>('assessments').insertMany(docs);
        const messages = batch.flatMap((a) => {
          const events = [
            createEvent(RiskAssessed, {
              source,
              subject: a.id,
              correlationId: 'raw',
              data: riskAssessedData('raw', result, a),
            }),
          ];
          const f = riskFlaggedData('raw', result, a);
          if (f)
            events.push(
              createEvent(RiskFlagged, {
                source,
                subject: a.id,
                correlationId: 'raw',
                data: f,
              }) as never,
            );
          flagged += f ? 1 : 0;
          return events.map((e) => ({ key: e.subject, value: JSON.stringify(e) }));
        });
        // In requests of at most 512 KiB, as the relay sends them (the broker
        // refuses a partition's batch over its max.message.bytes).
        for (const request of produceRequests(
          messages.map((message) => ({ topic, message })),
          MAX_REQUEST_BYTES,
        ))
          await producer.sendBatch({ acks: -1, topicMessages: request });
      }
      return { items: result.assessments.length, extra: { flagged, resultHash } };
    });
  } finally {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await Promise.all([producer.disconnect(), admin.disconnect()]);
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  }
}

/**
 * What the real statistics give per sector, to set against the national
 * counts: vestigingen (with pupils in the latest year, i.e. open) and how
 * many have no provincie. so and vso come from DUO's po pupils file.
 */
function sectorCounts(): string {
  const inputs = inputsFromDuo(readRealDuo(), AS_OF);
  // Open: pupils in the latest year its file counts (2025 for po, so and vso; 2019 for vo).
  const latest = new Map<string, { year: number; n: number | null }>();
  for (const l of inputs.leerlingen)
    if ((latest.get(l.vestiging)?.year ?? 0) < l.year)
      latest.set(l.vestiging, { year: l.year, n: l.leerlingen });
  const open = new Set([...latest].filter(([, l]) => l.n !== 0).map(([v]) => v));
  const per = new Map<string, { all: number; open: number; noProvincie: number }>();
  for (const v of inputs.vestigingen) {
    const c = per.get(v.sector) ?? { all: 0, open: 0, noProvincie: 0 };
    c.all += 1;
    if (open.has(v.vestiging)) c.open += 1;
    if (!v.provincie) c.noProvincie += 1;
    per.set(v.sector, c);
  }
  return `${[...per]
    .map(
      ([s, c]) =>
        `${s} ${c.all} (${c.open} with pupils in their latest year, ${c.noProvincie} without provincie)`,
    )
    .join(', ')}; boards ${inputs.boards.length}`;
}

/** National size times these (RISK_BENCH_SCALES or BENCH_SCALES, e.g. "1" for a quick run). */
const SCALES = benchScales('RISK', '1,2,4');

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

export const benchmark: Benchmark = {
  name: 'risk-analysis: a national run (real DUO statistics) at 1×, 2× and 4× national size',
  async run(context): Promise<Measurement[]> {
    const real = inputs(context.log);
    context.log(`1× national size per sector: ${sectorCounts()}`);
    const out: Measurement[] = [];
    for (const factor of SCALES) {
      const files = scaleFiles(real, factor);
      // The machine is shared: the load average beside each figure says how much.
      const before = load();
      const raw = await rawRun(context, files, factor);
      raw.extra = { ...raw.extra, loadavg: before };
      context.log(`raw ${factor}× done in ${(raw.elapsedMs / 1000).toFixed(2)} s`);
      const during = load();
      const service = await serviceRun(context, files, factor);
      service.extra = {
        ...service.extra,
        loadavg: during,
        ratio: (service.elapsedMs / raw.elapsedMs).toFixed(2),
      };
      context.log(
        `${factor}×: service ${(service.elapsedMs / 1000).toFixed(2)} s (import ${service.extra['importS']} s, run ${service.extra['runS']} s, last event ${service.extra['lastEventS']} s, peak RSS ${service.peakRssMiB.toFixed(0)} MiB), ratio ${service.extra['ratio']}, load ${during}`,
      );
      // Like for like: the baseline must have computed the very same result.
      if (raw.extra?.['resultHash'] !== service.extra?.['resultHash'])
        throw new Error(
          `${factor}×: the raw baseline's result (${raw.extra?.['resultHash']}) is not the service's (${service.extra?.['resultHash']})`,
        );
      out.push(raw, service);
    }
    return out;
  },
};
