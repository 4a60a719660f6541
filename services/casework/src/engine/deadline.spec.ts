import { addDuration, parseDuration } from '../case-types/duration';
import {
  DeadlineError,
  extend,
  hasPassed,
  newDeadline,
  nextDueOn,
  resume,
  suspend,
} from './deadline';

describe('calendar durations', () => {
  it.each([
    ['2026-07-01', 'P14D', '2026-07-15'],
    ['2026-01-31', 'P1M', '2026-02-28'],
    ['2028-01-31', 'P1M', '2028-02-29'],
    ['2026-10-20', 'P2W', '2026-11-03'],
    ['2026-03-29', 'P1D', '2026-03-30'],
    ['2025-12-31', 'P1Y2M', '2027-02-28'],
  ])('%s + %s = %s', (date, duration, expected) => {
    expect(addDuration(date, duration)).toBe(expected);
  });

  it('refuses what is not a calendar duration, saying what it expects', () => {
    expect(() => parseDuration('PT12H')).toThrow(
      /ISO-8601 duration in years, months, weeks and days/,
    );
    expect(() => parseDuration('P')).toThrow();
    expect(() => parseDuration('14 days')).toThrow();
  });
});

describe('deadlines', () => {
  const base = newDeadline('herstelopdracht', '2026-11-01');

  it('has passed from its due date on (exclusive), not the day before', () => {
    expect(hasPassed(base, '2026-10-31')).toBe(false);
    expect(hasPassed(base, '2026-11-01')).toBe(true);
  });

  it('moves by the days it was suspended, and keeps the original date', () => {
    const suspended = suspend(base, '2026-10-01', 'school closed after a fire', 'inspecteur-1');
    expect(hasPassed(suspended, '2026-12-01')).toBe(false);
    const resumed = resume(suspended, '2026-10-11', 'school open again', 'inspecteur-1');
    expect(resumed.dueOn).toBe('2026-11-11');
    expect(resumed.originalDueOn).toBe('2026-11-01');
    expect(resumed.changes.map((c) => c.action)).toEqual(['suspended', 'resumed']);
  });

  it('extends by a duration or to a later date', () => {
    expect(extend(base, { duration: 'P2W' }, '2026-10-20', 'r', 'a').dueOn).toBe('2026-11-15');
    expect(extend(base, { until: '2026-12-01' }, '2026-10-20', 'r', 'a').dueOn).toBe('2026-12-01');
    expect(() => extend(base, { until: '2026-10-01' }, '2026-10-20', 'r', 'a')).toThrow(
      DeadlineError,
    );
    expect(() => extend(base, {}, '2026-10-20', 'r', 'a')).toThrow(/duration/);
  });

  it('refuses to resume what is not suspended, or before the suspension', () => {
    expect(() => resume(base, '2026-10-01', 'r', 'a')).toThrow(/not suspended/);
    const s = suspend(base, '2026-10-10', 'r', 'a');
    expect(() => resume(s, '2026-10-01', 'r', 'a')).toThrow(/before it was suspended/);
  });

  it('gives the earliest running due date for the work queues', () => {
    const z = newDeadline('zienswijze', '2026-07-15');
    expect(nextDueOn([base, z])).toBe('2026-07-15');
    expect(nextDueOn([base, { ...z, state: 'met' }])).toBe('2026-11-01');
    expect(nextDueOn([])).toBeNull();
  });
});
