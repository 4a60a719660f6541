/*
 * `npm run bench [filter]`: runs every services/<name>/bench/*.bench.ts, then
 * e2e/bench/*.bench.ts (runs across services), against the local stack.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Benchmark, markScopeLive, pruneTestTopics, report } from '@inspectorate/test-stack';

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
  await pruneTestTopics(brokers.split(','));
  for (const file of files) {
    const { benchmark } = require(file) as { benchmark: Benchmark };
    const runId = `bench_${randomBytes(3).toString('hex')}`;
    markScopeLive(runId);
    const measurements = await benchmark.run({
      kafkaBrokers: brokers.split(','),
      mongodbUri,
      runId,
      log: (message) => console.log(`  [${benchmark.name}] ${message}`),
    });
    console.log(report(benchmark.name, measurements));
  }
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
