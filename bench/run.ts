/*
 * `npm run bench [filter]`: runs every services/<name>/bench/*.bench.ts, then
 * e2e/bench/*.bench.ts (runs across services), against the local stack.
 *
 * Every run's figures go to tmp/bench/last-run.json, and also to the file
 * BENCH_RESULTS names (e.g. bench/results/growth.json, committed so the next
 * change can be compared; scripts/growth-chart.ts draws it), written after
 * each benchmark so a run cut short keeps what it measured. A benchmark that
 * fails is recorded with its error and the others still run (exit code 1).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import {
  type Benchmark,
  type Measurement,
  baselineOf,
  gitCommit,
  markScopeLive,
  pruneTestTopics,
  report,
  scaleOf,
} from '@inspectorate/test-stack';

const load = () => loadavg().map((l) => Number(l.toFixed(2)));

/** A measurement as the results file keeps it: its scale, its baseline and the ratio to it. */
function resultOf(m: Measurement, all: Measurement[]) {
  const baseline = baselineOf(m, all);
  return {
    ...m,
    scale: scaleOf(m),
    msPerItem: Number((m.elapsedMs / Math.max(m.items, 1)).toFixed(3)),
    ...(baseline && baseline !== m
      ? { baseline: baseline.label, ratio: Number((m.elapsedMs / baseline.elapsedMs).toFixed(3)) }
      : {}),
  };
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const root = join(__dirname, '..');
  const files = readdirSync(join(root, 'services'))
    .map((service) => join(root, 'services', service, 'bench'))
    .concat(join(root, 'e2e', 'bench'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .map((f) => join(dir, f)),
    )
    // Matched on the path inside the repository: a checkout's own path (say
    // /work/wt/gateway2) would otherwise match every benchmark.
    .filter((file) => relative(root, file).includes(filter));
  const brokers = process.env['KAFKA_BROKERS'];
  const mongodbUri = process.env['MONGODB_URI'];
  if (!brokers || !mongodbUri)
    throw new Error('KAFKA_BROKERS and MONGODB_URI must be set (npm run bench sets them)');
  if (files.length === 0) console.log(`no benchmarks match '${filter}'`);
  // Other runs on the shared broker prune at the same time: a topic gone under this
  // prune is not a reason to measure nothing.
  await pruneTestTopics(brokers.split(',')).catch((error: Error) =>
    console.warn(`stale test topics not pruned: ${error.message}`),
  );
  const results = {
    startedAt: new Date().toISOString(),
    finishedAt: null as string | null,
    commit: gitCommit(root),
    filter,
    scales: process.env['BENCH_SCALES'] ?? null,
    machine: { cpus: cpus().length, shared: true },
    loadavgAtStart: load(),
    benchmarks: [] as object[],
  };
  const targets = [join(root, 'tmp/bench/last-run.json')];
  if (process.env['BENCH_RESULTS']) targets.push(resolve(process.env['BENCH_RESULTS']));
  const save = () => {
    for (const target of targets) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `${JSON.stringify(results, null, 2)}\n`);
    }
  };
  let failed = 0;
  for (const file of files) {
    const { benchmark } = require(file) as { benchmark: Benchmark };
    const runId = `bench_${randomBytes(3).toString('hex')}`;
    markScopeLive(runId);
    const entry = {
      name: benchmark.name,
      file: relative(root, file),
      startedAt: new Date().toISOString(),
      loadavgBefore: load(),
    };
    try {
      const measurements = await benchmark.run({
        kafkaBrokers: brokers.split(','),
        mongodbUri,
        runId,
        log: (message) => console.log(`  [${benchmark.name}] ${message}`),
      });
      console.log(report(benchmark.name, measurements));
      results.benchmarks.push({
        ...entry,
        loadavgAfter: load(),
        measurements: measurements.map((m) => resultOf(m, measurements)),
      });
    } catch (error) {
      failed += 1;
      console.error(`${benchmark.name} failed:`, error);
      results.benchmarks.push({ ...entry, loadavgAfter: load(), error: String(error) });
    }
    save();
  }
  results.finishedAt = new Date().toISOString();
  save();
  console.log(`figures in ${targets.map((t) => relative(root, t)).join(' and ')}`);
  if (failed > 0) throw new Error(`${failed} of ${files.length} benchmarks failed (see above)`);
}

// Exit once stdout is flushed (a pipe is written asynchronously), even if a
// client library still holds a timer.
const exit = (code: number) => process.stdout.write('', () => process.exit(code));
main().then(
  () => exit(0),
  (error: unknown) => {
    console.error(error);
    exit(1);
  },
);
