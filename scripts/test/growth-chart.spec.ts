import { type ResultsFile, flowSeries, growth, growthChart, growthTable } from '../growth/chart';

const file = (scales: [number, number, number][], commit = 'abc1234'): ResultsFile => ({
  startedAt: '2026-12-07T03:00:00.000Z',
  commit,
  benchmarks: [
    {
      name: 'registry',
      file: 'services/registry/bench/import.bench.ts',
      loadavgBefore: [20, 18, 15],
      measurements: scales.flatMap(([scale, raw, service]) => {
        const suffix = scale === 1 ? '' : ` (${scale}×)`;
        return [
          {
            label: `raw: driver${suffix}`,
            items: 1000 * scale,
            unit: 'rows',
            elapsedMs: raw,
            scale,
            msPerItem: raw / (1000 * scale),
          },
          {
            label: `registry import, cold${suffix}`,
            items: 1000 * scale,
            unit: 'rows',
            elapsedMs: service,
            scale,
            msPerItem: service / (1000 * scale),
            baseline: `raw: driver${suffix}`,
            ratio: service / raw,
          },
          {
            label: `registry re-import, unchanged${suffix}`,
            items: 1000 * scale,
            unit: 'rows',
            elapsedMs: 1,
            scale,
            msPerItem: 0,
          },
        ];
      }),
    },
  ],
});

describe('growth chart', () => {
  it('pairs each flow with its raw baseline per scale and says whether the goal is met', () => {
    const [registry] = flowSeries([
      file([
        [1, 1000, 1500],
        [2, 2000, 5000],
      ]),
    ]);
    expect(registry!.points).toEqual([
      expect.objectContaining({ scale: 1, rawS: 1, serviceS: 1.5, ratio: 1.5 }),
      expect.objectContaining({ scale: 2, rawS: 2, serviceS: 5, ratio: 2.5 }),
    ]);
    const table = growthTable([registry!]);
    expect(table).toContain(
      '| registry import (cold) | 1× | 1000 | 1.0 s | 1.5 s | 1.50× | ≤ 2× (met) |',
    );
    expect(table).toContain('| 2× | 2000 | 2.0 s | 5.0 s | 2.50× | ≤ 2× (not met) |');
  });

  it('measures growth as time per item at the largest size over 1× (1.00 is linear)', () => {
    const [linear] = flowSeries([
      file([
        [1, 1000, 2000],
        [4, 4000, 8000],
      ]),
    ]);
    expect(growth(linear!)).toBeCloseTo(1);
    const [worse] = flowSeries([
      file([
        [1, 1000, 2000],
        [4, 4000, 16000],
      ]),
    ]);
    expect(growth(worse!)).toBeCloseTo(2);
  });

  it('takes a later file’s figure for a scale both have', () => {
    const [s] = flowSeries([file([[1, 1000, 9000]]), file([[1, 1000, 1000]], 'def5678')]);
    expect(s!.points).toHaveLength(1);
    expect(s!.points[0]!.serviceS).toBe(1);
  });

  it('draws an SVG with one panel per flow, its ratios and its goal', () => {
    const svg = growthChart(
      flowSeries([
        file([
          [1, 1000, 1500],
          [2, 2000, 5000],
        ]),
      ]),
      'a & b',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('a &amp; b');
    expect(svg).toContain('registry import (cold)');
    expect(svg).toContain('>1.5×<');
    expect(svg).toContain('>2.5×<');
    expect(svg).toContain('goal ≤ 2×');
    expect((svg.match(/<polyline/g) ?? []).length).toBe(3);
  });
});
