import { readRealDuo } from './real-files';
import { inputsFromDuo } from './to-inputs';

describe('run inputs from the real DUO statistics', () => {
  const inputs = inputsFromDuo(readRealDuo(), '2026-09-01');
  const bySector = (sector: string) => inputs.vestigingen.filter((v) => v.sector === sector);

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
  });

  it('keeps the provincie the eindscores give a po vestiging', () => {
    // 00AP00 WereldWijs, Zoetermeer: Zuid-Holland in the eindscores file.
    expect(inputs.vestigingen.find((v) => v.vestiging === '00AP00')?.provincie).toBe(
      'Zuid-Holland',
    );
  });
});
