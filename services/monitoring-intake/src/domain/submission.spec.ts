import { headlineOf, submissionIssues, type SubmissionInput } from './submission';

const TODAY = '2026-06-15';

function valid(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    vestigingCode: '12AB00',
    schooljaar: '2025-2026',
    instrument: { name: 'Monitor', version: '1' },
    measuringPeriod: { from: '2026-02-01', to: '2026-03-01' },
    invited: 100,
    respondents: 80,
    responseRate: 0.8,
    results: [
      { scale: 'feels-safe', group: { kind: 'overall' }, respondents: 80, share: 0.9 },
      { scale: 'bullied', group: { kind: 'overall' }, respondents: 80, share: 0.1 },
    ],
    ...overrides,
  };
}

const paths = (body: unknown) => submissionIssues(body, TODAY).map((i) => i.path);

describe('submission validation', () => {
  it('accepts a valid delivery, with masked small groups', () => {
    const body = valid({
      results: [
        ...valid().results,
        { scale: 'bullied', group: { kind: 'grade', value: '7' }, respondents: null, share: null },
        { scale: 'bullied', group: { kind: 'grade', value: '8' }, respondents: 3, share: 0.33 },
      ],
    });
    expect(submissionIssues(body, TODAY)).toEqual([]);
    expect(headlineOf(body)).toEqual({ shareFeelingSafe: 0.9, shareBullied: 0.1 });
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', 'x', ['']],
    ['a missing field', (({ instrument: _i, ...rest }) => rest)(valid()), ['']],
    ['an unknown field', { ...valid(), extra: 1 }, ['']],
    ['a share above 1', valid({ responseRate: 1.2 }), ['/responseRate']],
    ['a bad vestiging code', valid({ vestigingCode: '12ab00' }), ['/vestigingCode']],
    ['non-consecutive years', valid({ schooljaar: '2025-2027' }), ['/schooljaar']],
    [
      'a future schooljaar',
      valid({ schooljaar: '2026-2027' }),
      ['/schooljaar', '/measuringPeriod/from', '/measuringPeriod/to'],
    ],
    [
      'a schooljaar too long ago',
      valid({ schooljaar: '2019-2020', measuringPeriod: { from: '2020-02-01', to: '2020-03-01' } }),
      ['/schooljaar'],
    ],
    [
      'a period outside the year',
      valid({ measuringPeriod: { from: '2025-07-01', to: '2026-03-01' } }),
      ['/measuringPeriod/from'],
    ],
    [
      'a period backwards',
      valid({ measuringPeriod: { from: '2026-03-01', to: '2026-02-01' } }),
      ['/measuringPeriod/to'],
    ],
    [
      'a period ending in the future',
      valid({ measuringPeriod: { from: '2026-02-01', to: '2026-06-20' } }),
      ['/measuringPeriod/to'],
    ],
    ['more respondents than invited', valid({ respondents: 120 }), ['/respondents']],
    ['a response rate that does not add up', valid({ responseRate: 0.5 }), ['/responseRate']],
  ])('reports %s', (_what, body, expected) => {
    const found = paths(body);
    for (const path of expected) {
      if (path === '') expect(found.length).toBeGreaterThan(0);
      else expect(found).toContain(path);
    }
  });

  it('checks the results against each other and the respondents', () => {
    const body = valid({
      results: [
        {
          scale: 'feels-safe',
          group: { kind: 'overall', value: 'x' },
          respondents: 80,
          share: 0.9,
        },
        { scale: 'feels-safe', group: { kind: 'grade' }, respondents: 90, share: 0.5 },
        { scale: 'bullied', group: { kind: 'grade', value: '8' }, respondents: 0, share: 0 },
        { scale: 'bullied', group: { kind: 'grade', value: '8' }, respondents: 3, share: 0.5 },
      ],
    });
    expect(paths(body)).toEqual(
      expect.arrayContaining([
        '/results/0/group/value',
        '/results/1/group/value',
        '/results/1/respondents',
        '/results/2/share',
        '/results/3',
        '/results/3/share',
        '/results',
      ]),
    );
  });

  it('needs the overall headline scales, but lets them be masked', () => {
    const noBullied = valid({ results: [valid().results[0]!] });
    expect(submissionIssues(noBullied, TODAY)).toEqual([
      { path: '/results', message: expect.stringContaining('bullied') },
    ]);
    const masked = valid({
      results: [
        { scale: 'feels-safe', group: { kind: 'overall' }, respondents: null, share: null },
        { scale: 'bullied', group: { kind: 'overall' }, respondents: null, share: null },
      ],
    });
    expect(submissionIssues(masked, TODAY)).toEqual([]);
    expect(headlineOf(masked)).toEqual({ shareFeelingSafe: null, shareBullied: null });
  });
});
