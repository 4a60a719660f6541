import {
  addDays,
  amsterdamDate,
  amsterdamMidnight,
  amsterdamOffsetMs,
  isValidDate,
} from './amsterdam';

const HOUR = 3_600_000;

describe('amsterdamDate', () => {
  it.each([
    // winter (CET, UTC+1)
    ['2024-01-15T22:59:59.999Z', '2024-01-15'],
    ['2024-01-15T23:00:00.000Z', '2024-01-16'],
    // summer (CEST, UTC+2)
    ['2024-06-30T21:59:59.999Z', '2024-06-30'],
    ['2024-06-30T22:00:00.000Z', '2024-07-01'],
    // new year's eve
    ['2023-12-31T22:59:59Z', '2023-12-31'],
    ['2023-12-31T23:00:00Z', '2024-01-01'],
    // the DST days themselves (last Sunday of March / October 2024)
    ['2024-03-30T23:00:00Z', '2024-03-31'],
    ['2024-03-31T01:00:00Z', '2024-03-31'], // 03:00 CEST, just after the switch
    ['2024-10-26T22:00:00Z', '2024-10-27'],
    ['2024-10-27T22:59:59Z', '2024-10-27'],
    ['2024-10-27T23:00:00Z', '2024-10-28'],
    // leap day
    ['2024-02-28T23:00:00Z', '2024-02-29'],
  ])('%s is %s in Amsterdam', (instant, date) => {
    expect(amsterdamDate(new Date(instant))).toBe(date);
  });

  it('refuses an invalid Date', () => {
    expect(() => amsterdamDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('amsterdamMidnight', () => {
  it.each([
    ['2024-01-15', '2024-01-14T23:00:00.000Z'], // CET
    ['2024-07-01', '2024-06-30T22:00:00.000Z'], // CEST
    ['2024-08-01', '2024-07-31T22:00:00.000Z'],
    // spring forward 2024-03-31 02:00 → 03:00: that midnight is still CET
    ['2024-03-30', '2024-03-29T23:00:00.000Z'],
    ['2024-03-31', '2024-03-30T23:00:00.000Z'],
    ['2024-04-01', '2024-03-31T22:00:00.000Z'],
    // fall back 2024-10-27 03:00 → 02:00: that midnight is still CEST
    ['2024-10-27', '2024-10-26T22:00:00.000Z'],
    ['2024-10-28', '2024-10-27T23:00:00.000Z'],
    // other years' switches (last Sundays: 2023-03-26, 2023-10-29, 2025-03-30, 2025-10-26)
    ['2023-03-26', '2023-03-25T23:00:00.000Z'],
    ['2023-03-27', '2023-03-26T22:00:00.000Z'],
    ['2023-10-29', '2023-10-28T22:00:00.000Z'],
    ['2023-10-30', '2023-10-29T23:00:00.000Z'],
    ['2025-03-30', '2025-03-29T23:00:00.000Z'],
    ['2025-10-26', '2025-10-25T22:00:00.000Z'],
    ['2024-02-29', '2024-02-28T23:00:00.000Z'],
  ])('%s starts at %s', (date, instant) => {
    expect(amsterdamMidnight(date).toISOString()).toBe(instant);
  });

  it('is the inverse of amsterdamDate on every day of a leap year', () => {
    let date = '2024-01-01';
    while (date !== '2025-01-01') {
      const midnight = amsterdamMidnight(date);
      expect(amsterdamDate(midnight)).toBe(date);
      expect(amsterdamDate(new Date(midnight.getTime() - 1))).toBe(addDays(date, -1));
      date = addDays(date, 1);
    }
  });

  it('gives a 23-hour day in March and a 25-hour day in October', () => {
    const length = (date: string) =>
      amsterdamMidnight(addDays(date, 1)).getTime() - amsterdamMidnight(date).getTime();
    expect(length('2024-03-31')).toBe(23 * HOUR);
    expect(length('2024-10-27')).toBe(25 * HOUR);
    expect(length('2024-07-01')).toBe(24 * HOUR);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-7-1', '01-07-2024', ''])('refuses %j', (date) => {
    expect(() => amsterdamMidnight(date)).toThrow(RangeError);
  });
});

describe('amsterdamOffsetMs', () => {
  it.each([
    ['2024-03-31T00:59:59Z', 1],
    ['2024-03-31T01:00:00Z', 2],
    ['2024-10-27T00:59:59Z', 2],
    ['2024-10-27T01:00:00Z', 1],
  ])('at %s Amsterdam is UTC+%i', (instant, hours) => {
    expect(amsterdamOffsetMs(new Date(instant))).toBe(hours * HOUR);
  });
});

describe('addDays and isValidDate', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-07-31', 1, '2024-08-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-03-30', 2, '2024-04-01'],
    ['2024-08-01', 365, '2025-08-01'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-04-31', false],
    ['2024-00-10', false],
    ['2024-1-10', false],
    [20240110, false],
  ])('isValidDate(%j) is %s', (value, valid) => {
    expect(isValidDate(value)).toBe(valid);
  });
});
