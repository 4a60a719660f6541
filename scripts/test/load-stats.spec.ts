import {
  type RouteFigures,
  errorRate,
  errorsOf,
  loadTables,
  memoryFigures,
  rssFromStatus,
  slopePerMinute,
} from '../load/stats';

const route = (over: Partial<RouteFigures> = {}): RouteFigures => ({
  route: 'GET /x',
  rate: 2,
  requests: 10,
  p50Ms: 5,
  p99Ms: 9,
  statuses: { 200: 8, 404: 1, 502: 1 },
  ok: [200, 404],
  failures: 0,
  ...over,
});

describe('npm run load figures', () => {
  it('counts answers outside the expected statuses and requests without an answer as errors', () => {
    expect(errorsOf(route())).toBe(1);
    expect(errorsOf(route({ failures: 2 }))).toBe(3);
    expect(errorRate(route({ failures: 2 }))).toBeCloseTo(3 / 12);
    expect(errorRate(route({ statuses: {}, failures: 0 }))).toBe(0);
  });

  it('gives the slope of RSS in MiB per minute, flat as 0, a leak as its rate', () => {
    const flat = [0, 10, 20, 30].map((t) => ({ t, mib: 100 }));
    expect(slopePerMinute(flat)).toBe(0);
    // 1 MiB every 10 s is 6 MiB per minute, noise or not.
    const leak = [0, 10, 20, 30, 40].map((t, i) => ({ t, mib: 100 + i + (i % 2 ? 0.2 : -0.2) }));
    expect(slopePerMinute(leak)).toBeCloseTo(6, 0);
    expect(slopePerMinute([{ t: 0, mib: 1 }])).toBeNull();
  });

  it('takes the slope over the measured part only, not the warm-up', () => {
    const samples = [
      { t: -20, mib: 50 },
      { t: -10, mib: 90 },
      { t: 0, mib: 100 },
      { t: 30, mib: 100 },
      { t: 60, mib: 100 },
    ];
    const m = memoryFigures('gateway', samples);
    expect(m.slopeMiBPerMin).toBe(0);
    expect(m).toMatchObject({ startMiB: 100, endMiB: 100, maxMiB: 100 });
  });

  it('reads VmRSS from /proc/<pid>/status', () => {
    expect(rssFromStatus('Name:\tnode\nVmRSS:\t  204800 kB\nThreads: 11\n')).toBe(200);
    expect(rssFromStatus('Name:\tzombie\n')).toBeNull();
  });

  it('prints one row per route with the errors and one per service with its slope', () => {
    const text = loadTables([route()], [memoryFigures('registry', [{ t: 0, mib: 10 }])], 10);
    expect(text).toMatch(/GET \/x\s+2\s+1\.0\s+10\s+5\s+9\s+1\s+10\.00 %\s+200:8 404:1 502:1/);
    expect(text).toMatch(/registry\s+10\s+10\s+10\s+-/);
  });
});
