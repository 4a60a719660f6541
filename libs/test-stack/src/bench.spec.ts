import { type Measurement, baselineOf, benchScales, report, scaleOf } from './bench';

const m = (label: string, elapsedMs: number, over: Partial<Measurement> = {}): Measurement => ({
  label,
  items: 10,
  unit: 'rows',
  elapsedMs,
  peakRssMiB: 1,
  ...over,
});

describe('benchmark scales and baselines', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('takes <NAME>_BENCH_SCALES, else BENCH_SCALES, else the fallback', () => {
    delete process.env['BENCH_SCALES'];
    delete process.env['X_BENCH_SCALES'];
    expect(benchScales('X')).toEqual([1]);
    process.env['BENCH_SCALES'] = '1,2,4';
    expect(benchScales('X')).toEqual([1, 2, 4]);
    process.env['X_BENCH_SCALES'] = '2';
    expect(benchScales('X')).toEqual([2]);
  });

  it('refuses scales that are not whole numbers of at least 1, naming the variable', () => {
    process.env['X_BENCH_SCALES'] = '1,0.5';
    expect(() => benchScales('X')).toThrow(/X_BENCH_SCALES=1,0\.5: must be whole numbers ≥ 1/);
  });

  it('compares each measurement with the raw baseline of its own scale, or the one it names', () => {
    const all = [
      m('raw', 100),
      m('service', 150),
      m('raw (2×)', 200, { scale: 2 }),
      m('service (2×)', 500, { scale: 2 }),
      m('raw sweep (2×)', 50, { scale: 2 }),
      m('sweep (2×)', 100, { scale: 2, baseline: 'raw sweep (2×)' }),
      m('risk-analysis 4×: run', 1),
    ];
    expect(baselineOf(all[1]!, all)!.label).toBe('raw');
    expect(baselineOf(all[3]!, all)!.label).toBe('raw (2×)');
    expect(baselineOf(all[5]!, all)!.label).toBe('raw sweep (2×)');
    expect(baselineOf(all[4]!, all)!.label).toBe('raw sweep (2×)');
    expect(scaleOf(all[6]!)).toBe(4);
    const text = report('x', all);
    expect(text).toMatch(/service \(2×\)\s.*2\.50×/);
    expect(text).toMatch(/sweep \(2×\)\s.*2\.00×/);
  });
});
