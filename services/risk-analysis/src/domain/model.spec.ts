import { ModelInvalid, validateModel } from './model';
import firstModel from './models/risicomodel-v1.json';

const problemsOf = (document: unknown): string[] => {
  try {
    validateModel(document);
  } catch (error) {
    if (error instanceof ModelInvalid) return error.problems;
    throw error;
  }
  return [];
};

const withIndicator = (index: number, change: Record<string, unknown>) => ({
  ...firstModel,
  indicators: firstModel.indicators.map((i, j) => (j === index ? { ...i, ...change } : i)),
});

describe('validating a model document', () => {
  it('takes the first version', () => {
    expect(problemsOf(firstModel)).toEqual([]);
  });

  it.each([
    [
      'no version',
      (({ version: _v, ...rest }) => rest)(firstModel),
      /^\/version: Expected required property/,
    ],
    [
      'a date that is not yyyy-mm-dd',
      { ...firstModel, effectiveDate: '1-1-2026' },
      /^\/effectiveDate: /,
    ],
    ['an unknown field', { ...firstModel, extra: 1 }, /Unexpected property/],
    [
      'a negative weight',
      withIndicator(0, { weight: -1 }),
      /^\/indicators\/0\/weight: Expected number to be greater or equal to 0/,
    ],
  ])('refuses %s, naming where', (_what, document, message) => {
    expect(problemsOf(document).some((p) => message.test(p))).toBe(true);
  });

  it.each([
    [
      'an unknown computation',
      withIndicator(1, { computation: 'financien.ebitda' }),
      "/indicators/1/computation: no computation 'financien.ebitda'",
    ],
    [
      'an id used twice',
      withIndicator(1, { id: 'solvabiliteit-2' }),
      "/indicators/1/id: 'solvabiliteit-2' is used twice",
    ],
    [
      'a computation of another subject',
      withIndicator(0, { subject: 'vestiging' }),
      "/indicators/0/subject: 'financien.solvabiliteit2' computes a bestuur, not a vestiging",
    ],
    [
      'a param the computation does not take',
      withIndicator(0, { params: { years: 3 } }),
      "/indicators/0/params/years: 'financien.solvabiliteit2' takes no params",
    ],
    [
      'a percentile on an ungrouped computation',
      withIndicator(0, { norm: { kind: 'belowPercentile', percentile: 10 } }),
      "/indicators/0/norm: a percentile norm needs a grouped computation; 'financien.solvabiliteit2' is not",
    ],
    [
      'bands that do not go up',
      withIndicator(1, {
        norm: {
          kind: 'belowByBand',
          bandBy: 'totaalBaten',
          bands: [
            { below: 12e6, value: 1 },
            { below: 3e6, value: 1.5 },
            { below: null, value: 0.75 },
          ],
        },
      }),
      "/indicators/1/norm/bands: the bands' 'below' bounds must go up",
    ],
    [
      'levels out of order',
      {
        ...firstModel,
        rules: {
          ...firstModel.rules,
          levels: [
            { level: 'hoog', minScore: 1 },
            { level: 'laag', minScore: 2 },
          ],
        },
      },
      '/rules/levels/1: levels go from low to high (laag, verhoogd, hoog), each once',
    ],
  ])('refuses %s with a clear message', (_what, document, message) => {
    expect(problemsOf(document)).toEqual([expect.stringContaining(message)]);
  });

  it('lists every problem at once', () => {
    const document = withIndicator(1, { computation: 'x', id: 'solvabiliteit-2' });
    expect(problemsOf(document)).toHaveLength(2);
    expect(() => validateModel(document)).toThrow(/^the model document is not valid: /);
  });
});
