import { inputHash } from '../domain/canonical';
import { type RunInputs, runYears } from '../domain/inputs';
import { PUBLISHED_FROM } from './published';
import { readRealDuo } from './real-files';
import { type DuoImports, inputsFromDuo, provincies } from './to-inputs';

const duo = readRealDuo();
const inputs = inputsFromDuo(duo, '2026-09-01');
const ids = (i: RunInputs) => new Set(i.vestigingen.map((v) => v.vestiging));
const hash = (i: RunInputs) => inputHash(i as unknown as Record<string, unknown>);

describe('run inputs from the real DUO statistics', () => {
  // Every so and vso vestiging the pupils file names, closed ones too (a
  // run now leaves those out), with the provincie the statistics give it.
  const provincieOf = provincies(duo);
  const bySector = (sector: string) =>
    duo.poLeerlingen
      .filter(
        (r) => (r.soort === 'VSO' ? 'vso' : r.soort.startsWith('SO') ? 'so' : 'po') === sector,
      )
      .map((r) => ({ vestiging: r.vestiging, provincie: provincieOf(r.vestiging) }));

  it('gives so and vso vestigingen the provincie of their gemeente (the statistics name none)', () => {
    // De Bolster VSO ZMOK in Voorst (gemeente 285): Gelderland, as Voorst's bo schools say.
    expect(inputs.vestigingen.find((v) => v.vestiging === '00AO00')).toMatchObject({
      sector: 'vso',
      provincie: 'Gelderland',
    });
    // Before, every so and vso vestiging was in provincie "onbekend" (1,259 of 1,264).
    for (const sector of ['so', 'vso']) {
      const all = bySector(sector);
      const without = all.filter((v) => v.provincie === null);
      expect(all.length).toBeGreaterThan(500);
      expect(without.length / all.length).toBeLessThan(0.05);
    }
    const open = inputs.vestigingen.filter((v) => v.sector === 'so' || v.sector === 'vso');
    expect(open.length).toBeGreaterThan(500);
    expect(open.filter((v) => v.provincie === null)).toEqual([]);
  });

  it('keeps the provincie the eindscores give a po vestiging', () => {
    // 00AP00 WereldWijs, Zoetermeer: Zuid-Holland in the eindscores file.
    expect(inputs.vestigingen.find((v) => v.vestiging === '00AP00')?.provincie).toBe(
      'Zuid-Holland',
    );
  });
});

describe('a run dated in the past', () => {
  it('uses only the statistics published by its day', () => {
    const then = inputsFromDuo(duo, '2020-06-01');
    expect(runYears(then)).toEqual({
      financien: 2015,
      examens: '2018-2019',
      eindscores: '2018-2019',
      leerlingen: 2019,
      monitoring: null,
    });
    expect(then.leerlingen.every((l) => l.year <= 2019)).toBe(true);
    expect(then.examens.every((r) => r.years.every((y) => y.schooljaar <= '2018-2019'))).toBe(true);
  });

  it('keeps its input hash when statistics published after its day are imported', () => {
    // A slice of the real files (hashing them whole takes long), then a
    // financial year and an exam schooljaar that came out after 1 June 2020.
    const slice: DuoImports = {
      balans: duo.balans.filter((r) => r.bevoegdGezag === '10249'),
      batenLasten: duo.batenLasten.filter((r) => r.bevoegdGezag === '10249'),
      examens: duo.examens.filter((r) => r.vestiging === '00AH00'),
      eindscores: duo.eindscores.slice(0, 20),
      poLeerlingen: duo.poLeerlingen.slice(0, 50),
      voLeerlingen: [],
    };
    const later: DuoImports = {
      ...slice,
      balans: [...slice.balans, { ...slice.balans[0], jaar: 2019 }],
      examens: slice.examens.map((r, i) =>
        i === 0 ? { ...r, years: [...r.years, { ...r.years[0], schooljaar: '2024-2025' }] } : r,
      ),
    };
    const on = (d: DuoImports, asOf: string) => hash(inputsFromDuo(d, asOf));
    expect(on(later, '2020-06-01')).toBe(on(slice, '2020-06-01'));
    // Once published, they are an input.
    expect(on(later, '2026-09-01')).not.toBe(on(slice, '2026-09-01'));
  });

  it('takes each statistic from its publication day on', () => {
    expect(PUBLISHED_FROM.leerlingen(2025)).toBe('2026-04-01');
    expect(PUBLISHED_FROM.schooljaar('2023-2024')).toBe('2025-01-01');
    expect(PUBLISHED_FROM.financien(2015)).toBe('2017-01-01');
    expect(runYears(inputsFromDuo(duo, '2026-03-31')).leerlingen).toBe(2024);
    expect(runYears(inputsFromDuo(duo, '2026-04-01')).leerlingen).toBe(2025);
  });
});

describe('closed vestigingen, without registry events', () => {
  it('leaves out a po vestiging without pupils in the latest count known on the day', () => {
    // 00BA00 OBS De Klimboom, Overbetuwe: 61 pupils on 1 October 2019, none from 2020 on.
    expect(ids(inputsFromDuo(duo, '2020-06-01')).has('00BA00')).toBe(true);
    expect(ids(inputsFromDuo(duo, '2021-06-01')).has('00BA00')).toBe(false);
    expect(ids(inputs).has('00BA00')).toBe(false);
    // Every po, so and vso vestiging of a run now has pupils (or a masked count) on 1 October 2025.
    const counted = new Map(
      inputs.leerlingen.filter((l) => l.year === 2025).map((l) => [l.vestiging, l.leerlingen]),
    );
    const without = inputs.vestigingen.filter(
      (v) => v.sector !== 'vo' && (!counted.has(v.vestiging) || counted.get(v.vestiging) === 0),
    );
    expect(without).toEqual([]);
    expect(inputs.vestigingen.filter((v) => v.sector !== 'vo').length).toBeGreaterThan(6500);
  });

  it('leaves out a vo vestiging without exam candidates in the latest schooljaar known', () => {
    // 18WS02 Anna van Ryn College, Nieuwegein: 8 candidates in 2017-2018, none after.
    expect(ids(inputsFromDuo(duo, '2019-06-01')).has('18WS02')).toBe(true);
    expect(ids(inputs).has('18WS02')).toBe(false);
    const vo = inputs.vestigingen.filter((v) => v.sector === 'vo').length;
    expect(vo).toBeGreaterThan(1000);
  });
});

describe('provincie of vestigingen known only from the statistics', () => {
  it("gives a vo vestiging outside the pupils file its gemeente's provincie", () => {
    // 19ZP07 Maris College, 's-Gravenhage: in the exams of 2019-2024, not in the 2019 pupils file.
    expect(inputs.vestigingen.find((v) => v.vestiging === '19ZP07')).toMatchObject({
      sector: 'vo',
      provincie: 'Zuid-Holland',
    });
    expect(inputs.vestigingen.filter((v) => v.provincie === null)).toEqual([]);
  });
});
