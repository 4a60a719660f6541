import { readRealDuo } from '../duo/real-files';
import { inputsFromDuo } from '../duo/to-inputs';
import { inputHash } from './canonical';
import type { RunInputs } from './inputs';
import { type ModelDocument, validateModel } from './model';
import firstModel from './models/risicomodel-v1.json';
import { percentile, runModel, serialiseResult } from './run';
import { whatIf } from './what-if';

// The real DUO files (shared/data/duo), read once. Casework is taken as
// complete and empty, monitoring as absent: the real files have neither.
const duo = readRealDuo();
const inputs: RunInputs = inputsFromDuo(duo, '2026-09-01', {
  casework: { complete: true, vestigingen: [] },
});
const model = validateModel(firstModel);
const result = runModel(model, inputs);

const assessment = (id: string) => result.assessments.find((a) => a.id === id)!;
const indicator = (id: string, ind: string) =>
  assessment(id).indicators.find((i) => i.indicator === ind)!;

describe('the first model version', () => {
  it('is a valid model document', () => {
    expect(model.version).toBe(1);
    expect(model.indicators.map((i) => i.id)).toContain('solvabiliteit-2');
  });

  it('runs over every board and vestiging of the real files', () => {
    expect(result.years).toEqual({
      financien: 2015,
      examens: '2023-2024',
      eindscores: '2018-2019',
      leerlingen: 2025,
      monitoring: null,
    });
    expect(result.assessments.filter((a) => a.kind === 'bestuur').length).toBeGreaterThan(1000);
    expect(
      result.assessments.filter((a) => a.kind === 'vestiging' && a.sector === 'vo').length,
    ).toBeGreaterThan(600);
  });
});

describe('board finances, hand-computed from the 2015 DUO figures', () => {
  it.each([
    // board, solvabiliteit 2, liquiditeit, totaal baten → band, signals, level
    ['10249', (7347857 + 370237) / 13904452, 2264421 / 2808457, 0.75, false, false, 'geen'],
    ['27067', (971290 + 37501) / 1208848, 936620 / 200057, 1.5, false, false, 'geen'],
    ['10925', (865917 + 33688) / 2487713, 1349341 / 1588108, 1.0, false, true, 'laag'],
    ['21341', 110505 / 464668, 122388 / 354163, 1.5, true, true, 'verhoogd'],
  ] as const)(
    'board %s: solvabiliteit %d, liquiditeit %d against %d',
    (board, solv, liq, liqNorm, solvSignal, liqSignal, level) => {
      const s = indicator(board, 'solvabiliteit-2').parts[0];
      expect(s.value).toBeCloseTo(solv, 12);
      expect(s).toMatchObject({ norm: 0.3, signal: solvSignal, year: '2015' });
      const l = indicator(board, 'liquiditeit').parts[0];
      expect(l.value).toBeCloseTo(liq, 12);
      expect(l).toMatchObject({ norm: liqNorm, signal: liqSignal });
      expect(assessment(board).level).toBe(level);
    },
  );

  it('shows rentabiliteit, huisvestingsratio and weerstandsvermogen without a signal', () => {
    expect(indicator('10249', 'rentabiliteit')).toMatchObject({ status: 'shown', contribution: 0 });
    expect(indicator('10249', 'rentabiliteit').parts[0].value).toBeCloseTo(-592840 / 32933400, 12);
    expect(indicator('10249', 'huisvestingsratio').parts[0].value).toBeCloseTo(
      3131820 / 33769681,
      12,
    );
    expect(indicator('10249', 'weerstandsvermogen').parts[0].value).toBeCloseTo(
      7347857 / 32933400,
      12,
    );
    expect(indicator('10249', 'weerstandsvermogen').parts[0].signal).toBeNull();
  });

  it('asks a manual analysis for a board at verhoogd, and says why', () => {
    expect(assessment('21341')).toMatchObject({
      score: 2,
      manualAnalysis: true,
      reasons: ['risk level verhoogd (score 2)'],
    });
  });

  it('shows a board without figures in the financial year as missing, never as a pass', () => {
    const without = result.assessments.find(
      (a) =>
        a.kind === 'bestuur' && !duo.balans.some((r) => r.bevoegdGezag === a.id && r.jaar === 2015),
    )!;
    const s = without.indicators.find((i) => i.indicator === 'solvabiliteit-2')!;
    expect(s).toMatchObject({ status: 'missing', contribution: 0 });
    expect(s.parts[0]).toMatchObject({
      value: null,
      signal: null,
      missing: 'no financial figures for 2015',
    });
  });
});

describe('education results and pupils', () => {
  it('vo 00AH00 HAVO: pass rate over 2021-2024 from the known counts, against the HAVO percentile', () => {
    const part = indicator('00AH00', 'vo-slaagpercentage').parts.find((p) => p.part === 'HAVO')!;
    // N&T 10+14 of 11+15, N&G 20+25+33 of 23+36+41, E&M 30+39+27 of 32+48+31,
    // C&M 5+14+12 of 5+16+14, N&T/N&G 5+11+6 of 6+13+8; masked years left out.
    expect(part.value).toBeCloseTo(251 / 299, 12);
    expect(part.year).toBe('2021-2022..2023-2024');
    expect(part.norm).toBe(result.norms['vo-slaagpercentage'].HAVO);
    expect(part.signal).toBe(part.value! < part.norm!);
  });

  it('the percentile norm is the nearest-rank percentile of all vestigingen of that onderwijstype', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10)).toBe(1);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 10)).toBe(2);
    const havo = result.assessments
      .flatMap((a) => a.indicators.filter((i) => i.indicator === 'vo-slaagpercentage'))
      .flatMap((i) =>
        i.parts.filter((p) => p.part === 'HAVO' && p.value !== null).map((p) => p.value!),
      )
      .sort((a, b) => a - b);
    expect(result.norms['vo-slaagpercentage'].HAVO).toBe(havo[Math.ceil(havo.length * 0.1) - 1]);
    const below = havo.filter((v) => v < result.norms['vo-slaagpercentage'].HAVO).length;
    expect(below / havo.length).toBeLessThan(0.1);
  });

  it('po eindtoets per toets; vo schools are not judged on it', () => {
    const p = indicator('00AP00', 'po-eindtoets').parts;
    expect(p).toEqual([
      expect.objectContaining({
        part: 'CET',
        value: 538.636363636364,
        norm: result.norms['po-eindtoets'].CET,
      }),
    ]);
    expect(assessment('00AH00').indicators.some((i) => i.indicator === 'po-eindtoets')).toBe(false);
  });

  it('pupil decline over 2022-2025, and missing where a count is unknown', () => {
    const bolster = indicator('00AO00', 'leerlingendaling');
    // 150 in 2022, 86 in 2025 (DUO po leerlingen).
    expect(bolster.parts[0].value).toBeCloseTo((150 - 86) / 150, 12);
    expect(bolster).toMatchObject({ status: 'signal', contribution: 1 }); // beyond 0.2
    const vo = indicator('00AH00', 'leerlingendaling');
    expect(vo).toMatchObject({ status: 'missing', contribution: 0 });
    expect(vo.parts[0].missing).toBe('a pupil count is unknown');
  });

  it('monitoring with no data is missing; with casework complete a clean record is no signal', () => {
    expect(indicator('00AP00', 'monitoring-ontbreekt').status).toBe('missing');
    expect(indicator('00AP00', 'herstelopdracht-niet-voldaan').status).toBe('ok');
  });
});

describe('reproducibility', () => {
  it('the same model and inputs give byte-identical results and the same input hash', () => {
    const again = runModel(
      model,
      inputsFromDuo(readRealDuo(), '2026-09-01', { casework: { complete: true, vestigingen: [] } }),
    );
    expect(again.inputHash).toBe(result.inputHash);
    expect(serialiseResult(again)).toBe(serialiseResult(result));
    expect(result.inputHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the order rows arrive in changes neither hash nor result', () => {
    const shuffled: RunInputs = {
      ...inputs,
      boards: [...inputs.boards].reverse(),
      vestigingen: [...inputs.vestigingen].reverse(),
      balans: [...inputs.balans].reverse(),
      examens: [...inputs.examens].reverse(),
    };
    const again = runModel(model, shuffled);
    expect(again.inputHash).toBe(result.inputHash);
    expect(serialiseResult(again)).toBe(serialiseResult(result));
  });

  it('one changed figure changes the input hash', () => {
    const balans = inputs.balans.map((r) =>
      r.bevoegdGezag === '10249' && r.jaar === 2015
        ? { ...r, posten: { ...r.posten, eigenVermogen: 1 } }
        : r,
    );
    expect(inputHash({ ...inputs, balans })).not.toBe(result.inputHash);
  });
});

describe('what-if', () => {
  const candidate: ModelDocument = validateModel({
    ...firstModel,
    version: 2,
    indicators: firstModel.indicators.map((i) =>
      i.id === 'solvabiliteit-2' ? { ...i, norm: { kind: 'below', value: 0.4 } } : i,
    ),
  });
  const diff: ReturnType<typeof whatIf> = whatIf(result, runModel(candidate, inputs));

  it('lists exactly the boards whose solvabiliteit lies in [0.30, 0.40), with that indicator as cause', () => {
    const expected = result.assessments
      .filter((a) => {
        const v = a.indicators.find((i) => i.indicator === 'solvabiliteit-2')?.parts[0].value;
        return v !== null && v !== undefined && v >= 0.3 && v < 0.4;
      })
      .map((a) => a.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(diff.changes.map((c) => c.id)).toEqual(expected);
    for (const change of diff.changes) {
      expect(change.kind).toBe('bestuur');
      expect(change.indicators).toEqual([
        {
          indicator: 'solvabiliteit-2',
          from: { status: 'ok', contribution: 0 },
          to: { status: 'signal', contribution: 1 },
        },
      ]);
    }
    expect(diff).toMatchObject({
      sameInputs: true,
      current: { version: 1 },
      candidate: { version: 2 },
    });
  });

  it('the same model against itself changes nothing', () => {
    expect(whatIf(result, result).changes).toEqual([]);
  });
});
