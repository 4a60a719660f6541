import { readRealDuo } from '../duo/real-files';
import { inputsFromDuo } from '../duo/to-inputs';
import type { RunInputs, VestigingInput } from './inputs';
import { validateModel } from './model';
import firstModel from './models/risicomodel-v1.json';
import secondModel from './models/risicomodel-v2.json';
import { runModel } from './run';
import { whatIf } from './what-if';

const model = validateModel(secondModel);
const school = (vestiging: string): VestigingInput => ({
  vestiging,
  bevoegdGezag: null,
  naam: vestiging,
  sector: 'po',
  provincie: 'Zeeland',
});

// Four vestigingen with a casework record each; casework not complete, so
// a vestiging without a record has missing data, not a clean one.
const inputs: RunInputs = {
  asOf: '2026-09-01',
  boards: [],
  vestigingen: ['00AA00', '00BB00', '00CC00', '00DD00', '00EE00'].map(school),
  balans: [],
  batenLasten: [],
  examens: [],
  eindscores: [],
  leerlingen: [],
  monitoring: [],
  casework: {
    complete: false,
    vestigingen: [
      {
        vestiging: '00AA00',
        meldingen: 3,
        vertrouwensdossiers: 6,
        herstelopdrachtNietVoldaan: false,
        oordelen: [],
      },
      {
        vestiging: '00BB00',
        meldingen: 1,
        vertrouwensdossiers: null,
        herstelopdrachtNietVoldaan: false,
        oordelen: [],
      },
      {
        vestiging: '00CC00',
        meldingen: 0,
        vertrouwensdossiers: 0,
        herstelopdrachtNietVoldaan: false,
        oordelen: [
          { date: '2023-05-01', oordeel: 'Voldoende' },
          { date: '2026-03-02', oordeel: 'Zeer zwak' },
        ],
      },
      {
        vestiging: '00DD00',
        meldingen: 0,
        vertrouwensdossiers: 0,
        herstelopdrachtNietVoldaan: false,
        // A report after the day of the analysis is not yet part of it.
        oordelen: [
          { date: '2024-01-10', oordeel: 'Goed' },
          { date: '2026-10-01', oordeel: 'Onvoldoende' },
        ],
      },
    ],
  },
};
const result = runModel(model, inputs);
const indicator = (id: string, ind: string) =>
  result.assessments.find((a) => a.id === id)!.indicators.find((i) => i.indicator === ind)!;

describe("the second model version: casework's signals and eindoordelen", () => {
  it('counts meldingen and published vertrouwensdossiers together, shown without a norm', () => {
    expect(indicator('00AA00', 'signalen')).toMatchObject({
      status: 'shown',
      contribution: 0,
      parts: [{ value: 9, norm: null, signal: null }],
    });
  });

  it('leaves the count missing when the vertrouwensdossiers were all under 5 (never 0)', () => {
    const s = indicator('00BB00', 'signalen');
    expect(s.parts[0]).toMatchObject({
      value: null,
      missing: 'vertrouwensdossiers fewer than 5 a month, not published',
    });
    expect(indicator('00EE00', 'signalen').parts[0].missing).toBe('no casework data');
  });

  it('shows the latest eindoordeel up to the day of the analysis on its scale, with its date', () => {
    expect(indicator('00CC00', 'laatste-eindoordeel').parts[0]).toMatchObject({
      value: 1,
      year: '2026-03-02',
    });
    expect(indicator('00DD00', 'laatste-eindoordeel').parts[0]).toMatchObject({
      value: 4,
      year: '2024-01-10',
    });
    expect(indicator('00AA00', 'laatste-eindoordeel').parts[0]).toMatchObject({
      value: null,
      missing: 'no report on record',
    });
    // Zeer zwak within 24 months also signals through the first version's indicator.
    expect(indicator('00CC00', 'oordeel-onvoldoende').status).toBe('signal');
    expect(indicator('00DD00', 'oordeel-onvoldoende').status).toBe('ok');
  });

  it('changes no level against the first version on the real files (it only adds shown indicators)', () => {
    const real = inputsFromDuo(readRealDuo(), '2026-09-01', {
      casework: { complete: true, vestigingen: [] },
    });
    const diff = whatIf(runModel(validateModel(firstModel), real), runModel(model, real));
    expect(diff.changes).toEqual([]);
    expect(model.version).toBe(2);
  });
});
