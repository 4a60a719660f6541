/* The printed table of a chaos run. */
import type { CheckResult } from './checks';
import type { FaultRecord } from './faults';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (s: string | number | null, n: number) => (s === null ? '-' : String(s)).padStart(n);

export function report(run: {
  size: string;
  seed: number;
  runId: string;
  faults: FaultRecord[];
  result: CheckResult;
  crashed: string[];
  seconds: number;
}): string {
  const lines = [
    '',
    `== chaos run: size ${run.size}, seed ${run.seed}, ${run.seconds.toFixed(0)} s (${run.runId})`,
    '',
    `${pad('fault injected', 32)} ${num('at s', 7)} ${num('pause s', 8)} ${num('recovery s', 11)}  note`,
    ...run.faults.map(
      (f) =>
        `${pad(f.fault, 32)} ${num(f.atS, 7)} ${num(f.pauseS, 8)} ${num(f.recoveryS, 11)}  ${f.note}`,
    ),
    '',
    `${pad('expected exactly once', 42)} ${num('expected', 8)} ${num('found', 7)} ${num('dupl.', 6)} ${num('lost', 5)} ${num('extra', 6)}  note`,
    ...run.result.rows.map(
      (r) =>
        `${pad(r.what, 42)} ${num(r.expected, 8)} ${num(r.found, 7)} ${num(r.duplicates, 6)} ${num(r.losses, 5)} ${num(r.extras, 6)}  ${r.note ?? ''}`,
    ),
    '',
    `events produced: ${run.result.events.produced}; not consumed: ${run.result.events.unconsumed.length}${run.result.events.unconsumed.length ? `\n  ${run.result.events.unconsumed.slice(0, 10).join('\n  ')}` : ''}`,
    `dead letters: ${run.result.deadLetters.length}`,
    ...summarise(run.result.deadLetters.map((d) => `${d.topic}: ${d.reason} ${d.error}`)),
    `half-written: ${run.result.halfWritten.length ? run.result.halfWritten.join('; ') : 'none'}`,
    `processes that died on their own: ${run.crashed.length ? run.crashed.join('; ') : 'none'}`,
    `duplicates: ${run.result.rows.reduce((n, r) => n + r.duplicates, 0)}, losses: ${run.result.rows.reduce((n, r) => n + r.losses, 0)}, extra: ${run.result.rows.reduce((n, r) => n + r.extras, 0)}`,
    '',
  ];
  return lines.join('\n');
}

function summarise(items: string[]): string[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].map(([what, n]) => `  ${n} × ${what}`);
}
