import type { Assessment, RunResult } from './run';
import { stelselCsv, stelselFigures } from './stelsel';

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
        'po;Zeeland;2026;<5;<5;<5;<5;0;0\n',
    );
  });
});
