import type { Assessment, RunResult } from './run';
import { eindoordelenChart, signalChart } from '../stelsel/charts';
import {
  EINDOORDEEL_INDICATOR,
  eindoordelenOf,
  stelselCsv,
  stelselFigures,
  stelselYears,
} from './stelsel';

function school(
  id: string,
  provincie: string,
  signal: boolean,
  monitoring: 'ok' | 'signal' | 'missing',
): Assessment {
  return {
    kind: 'vestiging',
    id,
    naam: id,
    bevoegdGezag: null,
    sector: 'po',
    provincie,
    level: signal ? 'laag' : 'geen',
    score: signal ? 1 : 0,
    manualAnalysis: false,
    reasons: [],
    indicators: [
      {
        indicator: 'po-eindtoets',
        label: '',
        status: signal ? 'signal' : 'ok',
        contribution: signal ? 1 : 0,
        parts: [],
      },
      {
        indicator: 'monitoring-ontbreekt',
        label: '',
        status: monitoring,
        contribution: 0,
        parts: [],
      },
    ],
  };
}

const result = {
  model: { id: 'm', version: 1 },
  inputHash: 'h',
  asOf: '2026-09-01',
  norms: {},
  years: { financien: null, examens: null, eindscores: null, leerlingen: null, monitoring: null },
  assessments: [
    // Utrecht: 6 schools, 2 with a signal, 5 monitored of which 4 on time.
    ...['01', '02', '03', '04', '05', '06'].map((n, i) =>
      school(`10AA${n}`, 'Utrecht', i < 2, i === 5 ? 'missing' : i === 4 ? 'signal' : 'ok'),
    ),
    // Zeeland: 3 schools, suppressed.
    ...['01', '02', '03'].map((n) => school(`20BB${n}`, 'Zeeland', true, 'ok')),
  ],
} satisfies RunResult;

describe('stelsel figures', () => {
  const rows = stelselFigures(result, [
    { vestiging: '10AA01', oordeel: 'Voldoende' },
    { vestiging: '10AA02', oordeel: 'Voldoende' },
    { vestiging: '10AA03', oordeel: 'Voldoende' },
    { vestiging: '10AA04', oordeel: 'Voldoende' },
    { vestiging: '10AA05', oordeel: 'Voldoende' },
    { vestiging: '10AA06', oordeel: 'Onvoldoende' },
  ]);

  it('counts per sector × provincie, with shares and the spread of eindoordelen', () => {
    expect(rows[0]).toEqual({
      sector: 'po',
      provincie: 'Utrecht',
      jaar: '2026',
      scholen: 6,
      signalen: { 'monitoring-ontbreekt': 1 / 5, 'po-eindtoets': 2 / 6 },
      monitoringNaleving: 4 / 5,
      eindoordelen: { Onvoldoende: '<5', Voldoende: 5 },
    });
  });

  it('suppresses a cell of fewer than 5 schools as <5', () => {
    expect(rows[1]).toEqual({
      sector: 'po',
      provincie: 'Zeeland',
      jaar: '2026',
      scholen: '<5',
      signalen: { 'monitoring-ontbreekt': '<5', 'po-eindtoets': '<5' },
      monitoringNaleving: '<5',
      eindoordelen: {},
    });
  });

  it('writes CSV with one column per indicator and oordeel', () => {
    expect(stelselCsv(rows)).toBe(
      'sector;provincie;jaar;scholen;signaal monitoring-ontbreekt;signaal po-eindtoets;monitoring naleving;eindoordeel Onvoldoende;eindoordeel Voldoende\n' +
        'po;Utrecht;2026;6;0.2;0.3333;0.8;<5;5\n' +
        // A suppressed row says <5 in the eindoordeel columns too, never 0.
        'po;Zeeland;2026;<5;<5;<5;<5;<5;<5\n',
    );
  });
});

describe('the spread of eindoordelen from the run itself', () => {
  /** A school whose run recorded its latest eindoordeel (model version 2), or none on record. */
  const judged = (id: string, provincie: string, value: number | null): Assessment => {
    const a = school(id, provincie, false, 'ok');
    a.indicators.push({
      indicator: EINDOORDEEL_INDICATOR,
      label: '',
      status: value === null ? 'missing' : 'shown',
      contribution: 0,
      parts: [
        {
          part: null,
          value,
          norm: null,
          signal: false,
          source: 'casework: RapportVastgesteld',
          year: value === null ? null : '2025-03-01',
          ...(value === null ? { missing: 'no report on record' } : {}),
        },
      ],
    });
    return a;
  };
  const run = {
    ...result,
    assessments: [
      // Gelderland: 8 schools; 5 Voldoende, 1 Zeer zwak, 1 Goed, 1 without a report.
      ...[3, 3, 3, 3, 3, 1, 4, null].map((v, i) => judged(`30CC0${i}`, 'Gelderland', v)),
      // Drenthe: 2 schools, suppressed as a whole.
      judged('40DD00', 'Drenthe', 2),
      judged('40DD01', 'Drenthe', 3),
    ],
  } satisfies RunResult;

  it("reads each vestiging's latest eindoordeel from the run (none without a report)", () => {
    expect(eindoordelenOf(run).filter((o) => o.vestiging.startsWith('30CC'))).toEqual([
      ...['30CC00', '30CC01', '30CC02', '30CC03', '30CC04'].map((vestiging) => ({
        vestiging,
        oordeel: 'Voldoende',
      })),
      { vestiging: '30CC05', oordeel: 'Zeer zwak' },
      { vestiging: '30CC06', oordeel: 'Goed' },
    ]);
  });

  it('counts them per sector × provincie by default, small counts and cells as <5', () => {
    const [drenthe, gelderland] = stelselFigures(run);
    expect(gelderland.eindoordelen).toEqual({ Goed: '<5', Voldoende: 5, 'Zeer zwak': '<5' });
    expect(drenthe.eindoordelen).toEqual({ Onvoldoende: '<5', Voldoende: '<5' });
    expect(stelselCsv([drenthe, gelderland]).split('\n')[1].split(';').slice(-4)).toEqual([
      '<5',
      '<5',
      '<5',
      '<5',
    ]);
  });

  it('draws the spread as an SVG chart, leaving out suppressed cells', async () => {
    const svg = await eindoordelenChart(stelselFigures(run));
    expect(svg).toContain('<svg');
    expect(svg).toContain('Spreiding van de eindoordelen');
    expect(svg).toContain('4 cellen met minder dan 5 scholen weggelaten');
  });
});

describe('stelsel figures over several years', () => {
  // 2025: Utrecht 5 schools, Zeeland 6 (2 signalling); 2026: the run above (Utrecht 6, Zeeland 3).
  const earlier = {
    ...result,
    asOf: '2025-09-01',
    assessments: [
      ...['01', '02', '03', '04', '05'].map((n) => school(`10AA${n}`, 'Utrecht', false, 'ok')),
      ...['01', '02', '03', '04', '05', '06'].map((n, i) =>
        school(`20BB${n}`, 'Zeeland', i < 2, 'ok'),
      ),
    ],
  } satisfies RunResult;
  const rows = stelselYears([
    { jaar: '2025', rows: stelselFigures(earlier) },
    { jaar: '2026', rows: stelselFigures(result) },
  ]);

  it('puts each cell’s years after each other, suppressing per year', () => {
    expect(rows.map((r) => [r.provincie, r.jaar, r.scholen, r.signalen['po-eindtoets']])).toEqual([
      ['Utrecht', '2025', 5, 0],
      ['Utrecht', '2026', 6, 2 / 6],
      ['Zeeland', '2025', 6, 2 / 6],
      // Three schools in 2026: <5 that year, though 2025 is shown.
      ['Zeeland', '2026', '<5', '<5'],
    ]);
    expect(stelselCsv(rows).split('\n').slice(1, 5)).toEqual([
      'po;Utrecht;2025;5;0;0;1',
      'po;Utrecht;2026;6;0.2;0.3333;0.8',
      'po;Zeeland;2025;6;0;0.3333;1',
      'po;Zeeland;2026;<5;<5;<5;<5',
    ]);
  });

  it('draws one panel per year', async () => {
    const svg = await signalChart(rows, 'po-eindtoets');
    expect(svg).toContain('<svg');
    // The panels' headers are the years; one suppressed cell is left out.
    expect(svg).toMatch(/>2025<\/text>/);
    expect(svg).toMatch(/>2026<\/text>/);
    expect(svg).toContain('1 cellen met minder dan 5 scholen weggelaten');
    const single = await signalChart(stelselFigures(result), 'po-eindtoets');
    expect(single).not.toMatch(/>2026<\/text>/);
  });
});
