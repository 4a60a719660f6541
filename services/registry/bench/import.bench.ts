import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { Sector } from '@inspectorate/contracts';
import { scaleFiles } from '@inspectorate/duo';
import { apartCollectionOf } from '@inspectorate/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
// The harness sits in bench/ at the root, outside any Nx project; the runner requires this path.
// Unlike the other benchmarks, which start the services' production bundles
// (loadBundle), this one drives the import use case below HTTP: that class
// is a DI token of the sources, which a bundle (exporting only AppModule, loadConfig, startService)
// does not expose. So it runs the sources, compiled by swc as the bundle is.
import {
  type BenchContext,
  type Benchmark,
  type Measurement,
  atScales,
  measure,
  oidcServiceEnv,
  scaleSuffix,
} from '@inspectorate/test-stack';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config';
import { generateDuoLists, renderBoardsList, renderVestigingenList } from '../src/duo/generate';
import { type BoardRow, type VestigingRow, parseDuoFile } from '../src/duo/parse';
import { type RealDuoFile, findRealDuoFiles } from '../src/duo/real-files';
import { boardFacts, vestigingFacts } from '../src/registry/domain/snapshots';
import { ImportDuoListUseCase } from '../src/registry/usecases/import-duo-list.usecase';

/**
 * The DUO import at national size: the real address lists under
 * ../shared/data/duo when present (the newest of each sector's folder, with
 * that sector; DUO publishes no boards list there, so boards are generated),
 * else generated ones (~1,000 boards, ~7,000 po and ~1,500 vo vestigingen;
 * REGISTRY_BENCH_SCALE=0.1 for a smaller run; REGISTRY_BENCH_INPUT=generated
 * for those even when real lists are there, to compare with earlier runs).
 * Measures a cold import, an unchanged re-import (must emit nothing), and a
 * raw baseline: the same parsed rows bulk-inserted with the mongodb driver
 * and the same number of events produced with kafkajs directly.
 *
 * REGISTRY_BENCH_SCALES (or BENCH_SCALES) "1,2,4": also at 2× and 4× national
 * size, each against its own raw baseline: every list's rows again under
 * BRINs and board numbers no real file uses (libs/duo's scaleFiles, as the
 * risk-analysis benchmark scales).
 */
interface Input {
  name: string;
  bytes: Buffer;
  sector?: Sector;
}

function inputs(log: (m: string) => void): Input[] {
  const useReal = process.env['REGISTRY_BENCH_INPUT'] !== 'generated';
  const real = useReal ? findRealDuoFiles() : [];
  const newest = new Map<string, RealDuoFile>();
  for (const f of real.filter((f) => f.kind === 'vestigingen')) newest.set(f.sector ?? '', f);
  const scale = Number(process.env['REGISTRY_BENCH_SCALE'] ?? '1');
  const generated = generateDuoLists({
    seed: 2025,
    boards: Math.round(1000 * scale),
    po: Math.round(7000 * scale),
    vo: Math.round(1500 * scale),
  });
  const files: Input[] = [{ name: 'generated boards', bytes: renderBoardsList(generated.boards) }];
  if (newest.size > 0)
    for (const f of newest.values())
      files.push({
        name: f.path,
        bytes: readFileSync(f.path),
        ...(f.sector ? { sector: f.sector } : {}),
      });
  else
    files.push({
      name: 'generated po+vo vestigingen',
      bytes: renderVestigingenList(generated.vestigingen),
    });
  log(
    `inputs: ${files.map((f) => `${f.name} (${(f.bytes.length / 1024).toFixed(0)} KiB)`).join(', ')}`,
  );
  return files;
}

/** The inputs at `factor` times their size, each file keeping its sector. */
function scaled(files: Input[], factor: number): Input[] {
  return scaleFiles(files, factor).map((f, i) => ({ ...files[i]!, bytes: f.bytes }));
}

async function serviceRun(
  context: BenchContext,
  files: Input[],
  factor: number,
): Promise<Measurement[]> {
  const config = loadConfig.load({
    KAFKA_BROKERS: context.kafkaBrokers.join(','),
    MONGODB_URI: context.mongodbUri,
    MONGODB_DATABASE: `${context.runId}_registry${factor}`,
    KAFKA_TOPIC_PREFIX: `${context.runId}.x${factor}.`,
    LOG_LEVEL: 'error',
    ...oidcServiceEnv(), // the registry verifies tokens (not used below HTTP, but required)
  });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { cron: false }),
    {
      logger: false,
    },
  );
  const importer = app.get(ImportDuoListUseCase);
  const client = await MongoClient.connect(context.mongodbUri);
  const db = client.db(config.MONGODB_DATABASE);
  // Whether any entity still has events to publish: one flagged document is
  // enough to know. Not the relay's backlog count, which on the local
  // FerretDB decodes every flagged document (outbox included) and, polled
  // every 50 ms, took a large share of the database's time from the relay
  // it was waiting for.
  // Inserts' events wait apart, in outbox_<name> (ADR 0002): any left there is pending too.
  const pending = async () => {
    for (const name of ['boards', 'schools', 'vestigingen']) {
      const doc = await db
        .collection(name)
        .findOne({ outboxPending: true }, { projection: { _id: 1 } });
      if (doc) return true;
      if (await db.collection(apartCollectionOf(name)).findOne({}, { projection: { _id: 1 } }))
        return true;
    }
    return false;
  };
  const run = async (label: string) => {
    const m = await measure(label + scaleSuffix(factor), 'rows', async () => {
      const started = performance.now();
      let rows = 0;
      let changes = 0;
      for (const file of files) {
        const report = await importer.execute(file.bytes, {
          fileName: file.name,
          ...(file.sector ? { sector: file.sector } : {}),
        });
        rows += report.totalRows;
        for (const c of Object.values(report.counts))
          changes += c.registered + c.updated + c.closed;
      }
      const imported = performance.now() - started;
      while (await pending()) await new Promise((r) => setTimeout(r, 50));
      return {
        items: rows,
        extra: {
          events: changes,
          importS: (imported / 1000).toFixed(2),
          lastEventS: ((performance.now() - started) / 1000).toFixed(2),
        },
      };
    });
    return { ...m, scale: factor };
  };
  try {
    const cold = await run('registry import, cold');
    context.log(`cold import done: ${JSON.stringify(cold.extra)}`);
    const again = await run('registry re-import, unchanged');
    if (again.extra?.['events'] !== 0)
      throw new Error(`an unchanged re-import emitted ${again.extra?.['events']} events`);
    return [cold, again];
  } finally {
    await app.close();
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  }
}

async function rawRun(context: BenchContext, files: Input[], factor: number): Promise<Measurement> {
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
  const topic = `${context.runId}.raw${factor}.registry`;
  // kafkajs's own wait for leaders fails on a just-created topic (see
  // libs/messaging's provisioning); the idempotent producer retries until the
  // partitions have leaders, so the baseline does not wait here.
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: false });
  try {
    const m = await measure(
      `raw: driver insertMany + kafkajs${scaleSuffix(factor)}`,
      'rows',
      async () => {
        const started = performance.now();
        let rows = 0;
        let events = 0;
        for (const file of files) {
          const parsed = parseDuoFile(file.bytes, file.sector ? { sector: file.sector } : {});
          rows += parsed.totalRows;
          const docs =
            parsed.kind === 'boards'
              ? (parsed.rows as BoardRow[]).map((r) => ({
                  _id: r.bevoegdGezagNummer,
                  ...boardFacts(r),
                }))
              : (parsed.rows as VestigingRow[]).map((r) => ({
                  _id: r.vestigingCode,
                  ...vestigingFacts(r),
                }));
          const collection = db.collection<{ _id: string }>(parsed.kind);
          // Same chunking as the service (FerretDB v1 limits, see WRITE_CHUNK).
          for (let i = 0; i < docs.length; i += 1000)
            await collection.insertMany(docs.slice(i, i + 1000), { ordered: false });
          for (let i = 0; i < docs.length; i += 500) {
            await producer.send({
              topic,
              acks: -1,
              messages: docs
                .slice(i, i + 500)
                .map((d) => ({ key: d._id, value: JSON.stringify(d) })),
            });
          }
          events += docs.length;
        }
        return {
          items: rows,
          extra: { events, lastEventS: ((performance.now() - started) / 1000).toFixed(2) },
        };
      },
    );
    return { ...m, scale: factor };
  } finally {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await Promise.all([producer.disconnect(), admin.disconnect()]);
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  }
}

export const benchmark: Benchmark = {
  name: 'registry: DUO import (national size)',
  async run(context) {
    const national = inputs(context.log);
    return atScales('REGISTRY', async (factor) => {
      const files = scaled(national, factor);
      const raw = await rawRun(context, files, factor);
      context.log(`raw baseline ${factor}× done in ${(raw.elapsedMs / 1000).toFixed(2)} s`);
      return [raw, ...(await serviceRun(context, files, factor))];
    });
  },
};
