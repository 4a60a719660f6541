import { allocate, DEFAULT_SIZE_CLASSES, drawSample, prng, type SampleInputs } from './sample';

// A population of 300 vestigingen in 2 sectors × 3 provincies × pupil sizes.
const PROVINCIES = ['Drenthe', 'Utrecht', 'Zeeland'];
const population: SampleInputs['population'] = Array.from({ length: 300 }, (_, i) => ({
  vestiging: `${String(10 + (i % 90)).padStart(2, '0')}${String.fromCharCode(65 + Math.floor(i / 90))}A00`,
  sector: i % 4 === 0 ? 'vo' : 'po',
  provincie: PROVINCIES[i % 3],
  leerlingen: i % 7 === 0 ? null : 50 + ((i * 37) % 600),
}));

const base: SampleInputs = {
  date: '2026-09-01',
  size: 40,
  population,
  investigated: [
    { vestiging: population[0].vestiging, date: '2025-09-02' }, // inside 12 months
    { vestiging: population[1].vestiging, date: '2025-09-01' }, // exactly 12 months: outside
    { vestiging: population[2].vestiging, date: '2024-01-15' },
  ],
  verscherptToezicht: [population[3].vestiging],
  sizeClasses: DEFAULT_SIZE_CLASSES,
};

describe('largest-remainder allocation', () => {
  it.each([
    [[5, 3, 2], 5, [3, 1, 1]], // quotas 2.5, 1.5, 1.0: the tie goes to the first
    [[10, 10, 10], 10, [4, 3, 3]],
    [[1, 1, 98], 10, [0, 0, 10]],
    [[2, 3], 50, [2, 3]], // never more than a stratum holds
    [[0, 0], 3, [0, 0]],
  ])('%p, %i → %p', (counts, size, expected) => {
    expect(allocate(counts, size)).toEqual(expected);
  });
});

describe('the sko draw', () => {
  const draw = drawSample(base, 'sko-2026');

  it('draws the sample size, allocated proportionally over sector × provincie × size class', () => {
    expect(draw.drawn).toHaveLength(40);
    expect(draw.strata.reduce((s, x) => s + x.allocated, 0)).toBe(40);
    const eligible = draw.strata.reduce((s, x) => s + x.eligible, 0);
    for (const stratum of draw.strata) {
      const quota = (stratum.eligible * 40) / eligible;
      expect(stratum.allocated).toBeGreaterThanOrEqual(Math.floor(quota));
      expect(stratum.allocated).toBeLessThanOrEqual(Math.ceil(quota));
    }
    expect(new Set(draw.drawn.map((d) => d.vestiging)).size).toBe(40);
    expect(draw.strata.map((s) => s.sizeClass)).toContain('onbekend');
  });

  it('is reproducible from seed and inputs, and records both', () => {
    expect(drawSample(base, 'sko-2026')).toEqual(draw);
    expect(drawSample({ ...base, population: [...population].reverse() }, 'sko-2026')).toEqual(
      draw,
    );
    expect(draw.seed).toBe('sko-2026');
    expect(draw.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(drawSample(base, 'sko-2026-b').drawn).not.toEqual(draw.drawn);
  });

  it('excludes schools investigated in the last 12 months and under verscherpt toezicht', () => {
    expect(draw.excluded).toEqual(
      [
        { vestiging: population[0].vestiging, reason: 'investigated or judged after 2025-09-01' },
        { vestiging: population[3].vestiging, reason: 'verscherpt toezicht' },
      ].sort((a, b) => (a.vestiging < b.vestiging ? -1 : 1)),
    );
    // Whatever the seed, the excluded never come up.
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const drawn = drawSample({ ...base, size: 296 }, seed).drawn.map((d) => d.vestiging);
      expect(drawn).toHaveLength(298 - 0 - 2);
      expect(drawn).not.toContain(population[0].vestiging);
      expect(drawn).not.toContain(population[3].vestiging);
      expect(drawn).toContain(population[1].vestiging);
    }
  });

  it('refuses a size that is not a whole number of at least 1', () => {
    expect(() => drawSample({ ...base, size: 0 }, 's')).toThrow(
      'sample size 0 is not a whole number of at least 1',
    );
  });

  it('the PRNG gives the same stream for the same seed', () => {
    const a = prng('x');
    const b = prng('x');
    const stream = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(stream);
    expect(stream.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
