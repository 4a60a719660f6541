import { addDuration, parseDuration } from '../case-types/duration';
import {
  DeadlineError,
  end,
  extend,
  extensionsOf,
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

  it('extends at most by a limit, in calendar arithmetic, naming the latest date', () => {
    const d = newDeadline('afhandeling', '2026-03-31');
    expect(extend(d, { duration: 'P4W' }, '2026-03-20', 'r', 'a', { atMost: 'P4W' }).dueOn).toBe(
      '2026-04-28',
    );
    expect(() =>
      extend(d, { until: '2026-04-29' }, '2026-03-20', 'r', 'a', { atMost: 'P4W' }),
    ).toThrow(/at most P4W: to 2026-04-28 at the latest, not 2026-04-29/);
  });

  it('keeps written consent on the extension and counts extensions', () => {
    const once = extend(base, { duration: 'P4W' }, '2026-10-20', 'verdaagd', 'a');
    const consent = { givenBy: 'klager', givenOn: '2026-11-20', document: 'brief 20 nov' };
    const twice = extend(once, { until: '2026-12-15' }, '2026-11-25', 'instemming', 'a', {
      consent,
    });
    expect(twice.changes[1]!.consent).toEqual(consent);
    expect(extensionsOf(twice)).toEqual({ total: 2, withConsent: 1 });
    expect(() =>
      extend(once, { until: '2026-12-15' }, '2026-11-10', 'r', 'a', { consent }),
    ).toThrow(/consent given on 2026-11-20 is later than the extension/);
  });

  it('ends a running or suspended deadline once; an ended one stays as it was', () => {
    const s = suspend(base, '2026-10-01', 'r', 'a');
    expect(end(s, 'met')).toMatchObject({ state: 'met', suspendedOn: null });
    expect(end(end(base, 'passed'), 'met').state).toBe('passed');
  });
});
