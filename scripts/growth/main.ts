/*
 * `npm run bench:chart -- [results.json …] [--svg=docs/performance-growth.svg] [--json=out.json] [--title=…]`:
 * draws the growth figures of one or more results files (later files win for a
 * flow and scale they share) and prints the Markdown table for
 * docs/performance.md. Default input: bench/results/growth.json. `--json`
 * writes the inputs as one results file (runs of one size each, put together).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ResultsFile, flowSeries, growthChart, growthTable } from './chart';

const root = path.resolve(__dirname, '../..');
const args = process.argv.slice(2);
const svg = args.find((a) => a.startsWith('--svg='))?.slice(6) ?? 'docs/performance-growth.svg';
const title = args.find((a) => a.startsWith('--title='))?.slice(8);
const json = args.find((a) => a.startsWith('--json='))?.slice(7);
const inputs = args.filter((a) => !a.startsWith('--'));
if (inputs.length === 0) inputs.push('bench/results/growth.json');
const files = inputs.map((file) => {
  try {
    return JSON.parse(readFileSync(path.resolve(root, file), 'utf8')) as ResultsFile;
  } catch (error) {
    throw new Error(`${file}: not a results file of npm run bench (${(error as Error).message})`);
  }
});
if (json)
  writeFileSync(
    path.resolve(root, json),
    `${JSON.stringify(
      {
        startedAt: files.map((f) => f.startedAt).sort()[0],
        commit: [...new Set(files.map((f) => f.commit))].join(', '),
        parts: files.map((f) => ({ startedAt: f.startedAt, commit: f.commit })),
        benchmarks: files.flatMap((f) => f.benchmarks),
      },
      null,
      2,
    )}\n`,
  );
const series = flowSeries(files);
if (series.length === 0) throw new Error(`${inputs.join(', ')}: no growth figures in it`);
const commits = [...new Set(files.map((f) => f.commit ?? '?'))].join(', ');
const dates = [...new Set(files.map((f) => f.startedAt.slice(0, 10)))].join(', ');
writeFileSync(
  path.resolve(root, svg),
  growthChart(
    series,
    `${title ?? 'How cost grows: service against raw baseline'} (${dates}, ${commits})`,
  ),
);
console.log(growthTable(series));
console.error(`chart: ${svg}`);
