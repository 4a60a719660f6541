import { type DutyFacts, dutyOf } from './duty';

const rules = { sectors: ['po', 'so', 'vso', 'vo'], minOpenDays: 90 };
const open: DutyFacts = {
  sector: 'po',
  status: 'open',
  closedOn: null,
  registeredOn: '2019-05-01',
};

describe('who owes monitoring results (deadline 2026-07-01)', () => {
  it.each<[string, Partial<DutyFacts>, ReturnType<typeof dutyOf>]>([
    ['an open po vestiging', {}, { owes: true }],
    ['an open vo vestiging', { sector: 'vo' }, { owes: true }],
    ['mbo', { sector: 'mbo' }, { owes: false, reason: 'sector-not-covered' }],
    ['ho', { sector: 'ho' }, { owes: false, reason: 'sector-not-covered' }],
    [
      'closed the day before the deadline',
      { status: 'closed', closedOn: '2026-06-30' },
      { owes: false, reason: 'closed-before-deadline' },
    ],
    ['closed on the deadline date', { status: 'closed', closedOn: '2026-07-01' }, { owes: true }],
    ['closed after the deadline', { status: 'closed', closedOn: '2026-07-20' }, { owes: true }],
    ['registered exactly 90 days before', { registeredOn: '2026-04-02' }, { owes: true }],
    [
      'registered 89 days before',
      { registeredOn: '2026-04-03' },
      { owes: false, reason: 'opened-too-late' },
    ],
    [
      'registered after the deadline',
      { registeredOn: '2026-08-01' },
      { owes: false, reason: 'opened-too-late' },
    ],
    ['registration never seen', { registeredOn: null }, { owes: true }],
  ])('%s', (_what, facts, expected) => {
    expect(dutyOf({ ...open, ...facts }, '2026-07-01', rules)).toEqual(expected);
  });

  it('follows the configured sectors', () => {
    expect(
      dutyOf({ ...open, sector: 'mbo' }, '2026-07-01', { ...rules, sectors: ['mbo'] }),
    ).toEqual({ owes: true });
    expect(dutyOf(open, '2026-07-01', { ...rules, sectors: ['vo'] }).owes).toBe(false);
  });
});
