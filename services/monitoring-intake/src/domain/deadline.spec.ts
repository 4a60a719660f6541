import {
  deadlineInstant,
  deadlineProblem,
  defaultDeadline,
  isLate,
  parseDeadlineOverrides,
} from './deadline';

describe('the monitoring deadline', () => {
  it.each([
    ['2025-2026', '2026-07-01'],
    ['2023-2024', '2024-07-01'],
    ['1999-2000', '2000-07-01'],
  ])('defaults to 1 July at the end of %s', (schooljaar, deadline) => {
    expect(defaultDeadline(schooljaar)).toBe(deadline);
  });

  it('starts at 00:00 Amsterdam summer time (22:00 UTC the day before)', () => {
    expect(deadlineInstant('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it.each([
    ['2026-06-30T21:59:59.999Z', false], // 30 June 23:59:59.999 in Amsterdam
    ['2026-06-30T22:00:00.000Z', true], // 1 July 00:00 in Amsterdam
    ['2026-06-30T23:30:00.000Z', true],
    ['2026-09-01T10:00:00.000Z', true],
  ])('a delivery received at %s is late: %s', (at, late) => {
    expect(isLate(new Date(at), '2026-07-01')).toBe(late);
  });

  it.each([
    ['2025-2026', '2026-07-01', null],
    ['2025-2026', '2026-06-15', null],
    ['2025-2026', '2025-08-01', 'must lie after 2025-08-01'],
    ['2025-2026', '2027-08-01', 'not after 2027-07-31'],
    ['2025-2026', '2026-02-30', 'calendar date'],
  ])('deadline for %s on %s: problem %p', (sj, deadline, problem) => {
    const found = deadlineProblem(sj, deadline);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('reads MONITORING_DEADLINES and refuses a nonsensical one', () => {
    expect([...parseDeadlineOverrides('2025-2026=2026-06-15,2026-2027=2027-07-01')]).toEqual([
      ['2025-2026', '2026-06-15'],
      ['2026-2027', '2027-07-01'],
    ]);
    expect(parseDeadlineOverrides('').size).toBe(0);
    expect(() => parseDeadlineOverrides('2025-2026=2024-01-01')).toThrow(/2025-2026=2024-01-01/);
  });
});
