import { createEvent, RiskAssessed, RiskFlagged, SampleDrawn } from '@inspectorate/contracts';
import { riskAssessedData, riskFlaggedData, sampleDrawnData } from './events';
import type { Assessment, RunResult } from './run';
import { DEFAULT_SIZE_CLASSES, drawSample } from './sample';

const flagged: Assessment = {
  kind: 'bestuur',
  id: '21341',
  naam: 'Stichting Leren is Leuk',
  bevoegdGezag: '21341',
  sector: null,
  provincie: null,
  level: 'verhoogd',
  score: 2,
  manualAnalysis: true,
  reasons: ['risk level verhoogd (score 2)'],
  indicators: [
    {
      indicator: 'solvabiliteit-2',
      label: 'Solvabiliteit 2',
      status: 'signal',
      contribution: 1,
      parts: [
        {
          part: null,
          value: 110505 / 464668,
          norm: 0.3,
          signal: true,
          source: 'DUO',
          year: '2015',
        },
      ],
    },
    {
      indicator: 'rentabiliteit',
      label: 'Rentabiliteit',
      status: 'missing',
      contribution: 0,
      parts: [
        {
          part: null,
          value: null,
          norm: null,
          signal: null,
          source: 'DUO',
          year: '2015',
          missing: 'no data',
        },
      ],
    },
  ],
};
const result: RunResult = {
  model: { id: 'risicomodel', version: 1 },
  inputHash: 'a'.repeat(64),
  asOf: '2026-09-01',
  years: { financien: 2015, examens: null, eindscores: null, leerlingen: null, monitoring: null },
  norms: {},
  assessments: [flagged],
};
const source = '/inspectorate/risk-analysis';

describe('event data of a run and a draw', () => {
  it('RiskAssessed and RiskFlagged pass their contracts, with the explanation', () => {
    const assessed = createEvent(RiskAssessed, {
      source,
      subject: '21341',
      correlationId: 'run-1',
      data: riskAssessedData('run-1', result, flagged),
    });
    expect(assessed.data.indicators).toEqual([
      { indicator: 'solvabiliteit-2', status: 'signal', contribution: 1 },
      { indicator: 'rentabiliteit', status: 'missing', contribution: 0 },
    ]);
    const data = riskFlaggedData('run-1', result, flagged)!;
    const event = createEvent(RiskFlagged, {
      source,
      subject: '21341',
      correlationId: 'run-1',
      data,
    });
    expect(event.data.indicators[0].parts[0]).toMatchObject({
      norm: 0.3,
      signal: true,
      missing: null,
    });
    expect(event.data.indicators[1].parts[0]).toMatchObject({ value: null, missing: 'no data' });
  });

  it('no RiskFlagged where no manual analysis is needed', () => {
    expect(
      riskFlaggedData('run-1', result, { ...flagged, manualAnalysis: false, reasons: [] }),
    ).toBeNull();
  });

  it('the contract refuses a bestuur with a vestiging code', () => {
    const data = { ...riskAssessedData('run-1', result, flagged), subjectId: '12AB00' };
    expect(() =>
      createEvent(RiskAssessed, { source, subject: '12AB00', correlationId: 'x', data }),
    ).toThrow(/\/data\/subjectId is not the id of a bestuur/);
  });

  it('SampleDrawn carries seed, input hash and the drawn vestigingen', () => {
    const draw = drawSample(
      {
        date: '2026-09-01',
        size: 2,
        population: ['10AA00', '10AB00', '10AC00'].map((vestiging) => ({
          vestiging,
          sector: 'po',
          provincie: 'Utrecht',
          leerlingen: 200,
        })),
        investigated: [],
        verscherptToezicht: [],
        sizeClasses: DEFAULT_SIZE_CLASSES,
      },
      'seed-1',
    );
    const event = createEvent(SampleDrawn, {
      source,
      subject: 'sko-2026-1',
      correlationId: 'draw',
      data: sampleDrawnData('sko-2026-1', draw),
    });
    expect(event.data.vestigingen).toHaveLength(2);
    expect(event.data).toMatchObject({ seed: 'seed-1', inputHash: draw.inputHash });
  });
});
