import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { type Kafka, Partitioners } from 'kafkajs';
import { MongoClient } from 'mongodb';

/**
 * The benchmark harness: every benchmark measures the service's way and a raw
 * baseline (the same work done directly with the mongodb driver and kafkajs)
 * in the same run, so the ratio means something on any machine.
 *
 * A benchmark is `services/<name>/bench/<what>.bench.ts` exporting
 * `benchmark: Benchmark`; `npm run bench [filter]` runs them all in turn.
 */
export interface Measurement {
  label: string;
  /** Work items done (rows, submissions, letters...). */
  items: number;
  unit: string;
  elapsedMs: number;
  /** Peak RSS in MiB during the measurement (sampled every 20 ms). */
  peakRssMiB: number;
  /** Other figures worth printing (time to last event, sweep time...). */
  extra?: Record<string, string | number>;
  /** Times national size (see benchScales); 1 when not given. */
  scale?: number;
  /**
   * The label of the raw baseline this is compared with, when not the first
   * "raw…" measurement of the same scale (the intake's sweep has its own).
   */
  baseline?: string;
  /** The machine's load average (1, 5, 15 min) as it began: the machine is shared. */
  loadavg?: number[];
}

export interface BenchContext {
  kafkaBrokers: string[];
  mongodbUri: string;
  /** A unique prefix for this run's databases and topics. */
  runId: string;
  log(message: string): void;
}

export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<Measurement[]>;
}

/** Runs `fn` and reports its duration and the process's peak RSS meanwhile. */
export async function measure<T>(
  label: string,
  unit: string,
  fn: () => Promise<{ items: number; extra?: Record<string, string | number>; value?: T }>,
): Promise<Measurement> {
  global.gc?.();
  const load = loadavg().map((l) => Number(l.toFixed(2)));
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const started = performance.now();
  try {
    const result = await fn();
    const elapsedMs = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage.rss());
    return {
      label,
      unit,
      items: result.items,
      elapsedMs,
      peakRssMiB: peak / 1024 / 1024,
      loadavg: load,
      ...(result.extra ? { extra: result.extra } : {}),
    };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * The sizes a benchmark runs at, in times national size: `<NAME>_BENCH_SCALES`,
 * else `BENCH_SCALES` (e.g. "1,2,4" for the growth figures), else `fallback`
 * ("1": the default `npm run bench` stays short).
 */
export function benchScales(name: string, fallback = '1'): number[] {
  const own = `${name}_BENCH_SCALES`;
  const variable = process.env[own] ? own : process.env['BENCH_SCALES'] ? 'BENCH_SCALES' : null;
  const text = variable ? process.env[variable]! : fallback;
  const scales = text.split(',').map((s) => Number(s.trim()));
  if (scales.some((s) => !Number.isInteger(s) || s < 1))
    throw new Error(
      `${variable ?? 'the default scales'}=${text}: must be whole numbers ≥ 1 separated by commas, e.g. 1,2,4`,
    );
  return scales;
}

/** ` (2×)` after a label at that size, nothing at 1× (the labels of the earlier figures). */
export const scaleSuffix = (factor: number): string => (factor === 1 ? '' : ` (${factor}×)`);

/** `run` at each of the benchmark's sizes (benchScales), their measurements in one list. */
export async function atScales(
  name: string,
  run: (factor: number) => Promise<Measurement[]>,
): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (const factor of benchScales(name)) out.push(...(await run(factor)));
  return out;
}

/** The checkout's commit (short), for a results file; null outside git. */
export function gitCommit(dir: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
  } catch {
    return null;
  }
}

/** A measurement's size: its `scale`, else an "N×" in its label (the risk benchmark's), else 1. */
export function scaleOf(m: Measurement): number {
  return m.scale ?? Number(/(\d+)×/.exec(m.label)?.[1] ?? 1);
}

/**
 * The raw baseline a measurement is compared with: its `baseline`, else the
 * first "raw…" of its scale; a raw measurement is its own.
 */
export function baselineOf(m: Measurement, all: Measurement[]): Measurement | undefined {
  if (m.label.startsWith('raw')) return m;
  if (m.baseline) return all.find((b) => b.label === m.baseline);
  return all.find((b) => b.label.startsWith('raw') && scaleOf(b) === scaleOf(m));
}

/** A table of measurements, each with its ratio to its raw baseline (baselineOf). */
export function report(name: string, measurements: Measurement[]): string {
  const width = Math.max(34, ...measurements.map((m) => m.label.length));
  const rows = measurements.map((m) => {
    const rate = m.items / (m.elapsedMs / 1000);
    const baseline = baselineOf(m, measurements);
    const ratio = baseline ? (m.elapsedMs / baseline.elapsedMs).toFixed(2) + '×' : '-';
    const extra = m.extra
      ? Object.entries(m.extra)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')
      : '';
    return [
      m.label.padEnd(width),
      `${m.items}`.padStart(7),
      `${(m.elapsedMs / 1000).toFixed(2)} s`.padStart(10),
      `${rate.toFixed(0)} ${m.unit}/s`.padStart(18),
      `${m.peakRssMiB.toFixed(0)} MiB`.padStart(9),
      `${ratio}`.padStart(8),
      extra,
    ].join('  ');
  });
  const header = [
    'measurement'.padEnd(width),
    'items'.padStart(7),
    'time'.padStart(10),
    'rate'.padStart(18),
    'peak RSS'.padStart(9),
    'vs raw'.padStart(8),
    'more',
  ].join('  ');
  return `\n== ${name}\n${header}\n${rows.join('\n')}\n`;
}

/**
 * Produces records as the raw baselines and set-ups do: the idempotent
 * producer with acks from every replica (what the services' relay uses), in
 * batches of 500.
 */
export async function produceAll(
  kafka: Kafka,
  topic: string,
  records: { key: string; value: string }[],
): Promise<void> {
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  try {
    for (let i = 0; i < records.length; i += 500) {
      await producer.send({ topic, acks: -1, messages: records.slice(i, i + 500) });
    }
  } finally {
    await producer.disconnect();
  }
}

/** Drops a benchmark's own database when it is done; a database already gone is fine. */
export async function dropBenchDatabase(mongodbUri: string, database: string): Promise<void> {
  const client = await MongoClient.connect(mongodbUri);
  try {
    await client
      .db(database)
      .dropDatabase()
      .catch(() => undefined);
  } finally {
    await client.close();
  }
}
