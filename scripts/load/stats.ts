/*
 * The figures of `npm run load`, kept apart from the processes so they can be
 * tested: per route its latency and errors, per service its memory over time
 * and the slope of a least-squares line through it (a leak is a slope).
 */

export interface RouteFigures {
  route: string;
  /**
   * Requests per second asked for (autocannon's overallRate): a ceiling, as each
   * connection waits for its answer before the next request (closed loop).
   */
  rate: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
  /** The statuses that count as success for this route. */
  ok: number[];
  /** Connection errors and timeouts (no answer at all). */
  failures: number;
}

/** Answers outside the route's expected statuses, and requests without an answer. */
export function errorsOf(r: RouteFigures): number {
  const unexpected = Object.entries(r.statuses)
    .filter(([status]) => !r.ok.includes(Number(status)))
    .reduce((sum, [, n]) => sum + n, 0);
  return unexpected + r.failures;
}

/** Errors over all requests (answered or not), 0 when there were none. */
export function errorRate(r: RouteFigures): number {
  const total = Object.values(r.statuses).reduce((a, b) => a + b, 0) + r.failures;
  return total === 0 ? 0 : errorsOf(r) / total;
}

export interface RssSample {
  /** Seconds since the measured load began (negative: during the warm-up). */
  t: number;
  mib: number;
}

/** The slope of the least-squares line through the samples, in MiB per minute (null under two samples). */
export function slopePerMinute(samples: RssSample[]): number | null {
  if (samples.length < 2) return null;
  const n = samples.length;
  const mt = samples.reduce((s, x) => s + x.t, 0) / n;
  const mm = samples.reduce((s, x) => s + x.mib, 0) / n;
  let num = 0;
  let den = 0;
  for (const x of samples) {
    num += (x.t - mt) * (x.mib - mm);
    den += (x.t - mt) ** 2;
  }
  return den === 0 ? null : (num / den) * 60;
}

export interface MemoryFigures {
  service: string;
  startMiB: number;
  endMiB: number;
  maxMiB: number;
  /** Over the measured part (t ≥ 0), not the warm-up. */
  slopeMiBPerMin: number | null;
  samples: RssSample[];
}

export function memoryFigures(service: string, samples: RssSample[]): MemoryFigures {
  const measured = samples.filter((s) => s.t >= 0);
  const use = measured.length ? measured : samples;
  return {
    service,
    startMiB: use[0]?.mib ?? 0,
    endMiB: use.at(-1)?.mib ?? 0,
    maxMiB: Math.max(0, ...use.map((s) => s.mib)),
    slopeMiBPerMin: slopePerMinute(measured),
    samples,
  };
}

/** VmRSS of a process in MiB, from the text of /proc/<pid>/status (null when not there). */
export function rssFromStatus(text: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(text);
  return match ? Number(match[1]) / 1024 : null;
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The two tables `npm run load` prints. */
export function loadTables(routes: RouteFigures[], memory: MemoryFigures[], seconds: number) {
  const width = Math.max(5, ...routes.map((r) => r.route.length));
  const lines = [
    `${'route'.padEnd(width)}  ${pad('asked', 5)}  ${pad('req/s', 7)}  ${pad('requests', 8)}  ${pad('p50 ms', 8)}  ${pad('p99 ms', 8)}  ${pad('errors', 6)}  ${pad('rate', 8)}  statuses`,
  ];
  for (const r of routes)
    lines.push(
      `${r.route.padEnd(width)}  ${pad(r.rate, 5)}  ${pad((r.requests / seconds).toFixed(1), 7)}  ${pad(r.requests, 8)}  ${pad(r.p50Ms, 8)}  ${pad(r.p99Ms, 8)}  ${pad(errorsOf(r), 6)}  ${pad(pct(errorRate(r)), 8)}  ${Object.entries(
        r.statuses,
      )
        .map(([s, n]) => `${s}:${n}`)
        .join(' ')}${r.failures ? ` no answer:${r.failures}` : ''}`,
    );
  const all = routes.reduce(
    (t, r) => ({
      requests: t.requests + r.requests,
      errors: t.errors + errorsOf(r),
      answered: t.answered + Object.values(r.statuses).reduce((a, b) => a + b, 0) + r.failures,
    }),
    { requests: 0, errors: 0, answered: 0 },
  );
  lines.push(
    `${'all'.padEnd(width)}  ${pad(
      routes.reduce((a, r) => a + r.rate, 0),
      5,
    )}  ${pad((all.requests / seconds).toFixed(1), 7)}  ${pad(all.requests, 8)}  ${pad('', 8)}  ${pad('', 8)}  ${pad(all.errors, 6)}  ${pad(pct(all.answered ? all.errors / all.answered : 0), 8)}`,
    '',
    `${'service'.padEnd(18)}  ${pad('start MiB', 9)}  ${pad('end MiB', 8)}  ${pad('max MiB', 8)}  ${pad('MiB/min', 8)}`,
  );
  for (const m of memory)
    lines.push(
      `${m.service.padEnd(18)}  ${pad(m.startMiB.toFixed(0), 9)}  ${pad(m.endMiB.toFixed(0), 8)}  ${pad(m.maxMiB.toFixed(0), 8)}  ${pad(m.slopeMiBPerMin === null ? '-' : m.slopeMiBPerMin.toFixed(2), 8)}`,
    );
  return lines.join('\n');
}
