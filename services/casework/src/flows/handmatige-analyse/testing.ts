import type { RiskFlaggedData } from '@inspectorate/contracts';

/** A RiskFlagged's data as risk-analysis sends it, for the unit and integration tests. */
export function riskFlaggedData(over: Partial<RiskFlaggedData> = {}): RiskFlaggedData {
  return {
    runId: 'run-2026-1',
    model: { id: 'risicomodel', version: 1 },
    inputHash: 'c'.repeat(64),
    asOf: '2026-10-01',
    subjectKind: 'vestiging',
    subjectId: '12AB00',
    level: 'hoog',
    score: 3.5,
    naam: 'De Schakel locatie 0',
    bevoegdGezag: '41234',
    reasons: ['twee indicatoren signaleren: slaagpercentage en leerlingdaling'],
    indicators: [
      {
        indicator: 'vo.slaagpercentage',
        label: 'Slaagpercentage over drie jaar',
        status: 'signal',
        contribution: 2,
        parts: [
          {
            part: 'HAVO',
            value: 0.71,
            norm: 0.83,
            signal: true,
            source: 'DUO examens',
            year: '2022-2024',
            missing: null,
          },
          {
            part: 'VWO',
            value: null,
            norm: 0.85,
            signal: null,
            source: 'DUO examens',
            year: null,
            missing: 'minder dan 5 kandidaten',
          },
        ],
      },
    ],
    ...over,
  };
}
