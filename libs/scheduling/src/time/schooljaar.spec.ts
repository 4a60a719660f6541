import { isValidSchooljaar, schooljaarBounds, schooljaarOf, shiftSchooljaar } from './schooljaar';

describe('schooljaarOf', () => {
  it.each([
    // the boundary at midnight Amsterdam time (summer: UTC+2)
    ['2024-07-31T21:59:59.999Z', '2023-2024'], // 31 July 23:59:59.999 local
    ['2024-07-31T22:00:00.000Z', '2024-2025'], // 1 August 00:00 local
    // the same instants judged naively in UTC would be wrong: 22:30Z on 31 July is already 1 August here
    ['2024-07-31T22:30:00.000Z', '2024-2025'],
    ['2024-08-01T00:00:00.000Z', '2024-2025'],
    ['2024-01-01T00:00:00.000Z', '2023-2024'],
    ['2023-12-31T23:30:00.000Z', '2023-2024'],
    ['2024-10-27T01:30:00.000Z', '2024-2025'], // during the fall-back hour
    ['2000-08-01T00:00:00.000Z', '2000-2001'],
  ])('%s is in %s', (instant, schooljaar) => {
    expect(schooljaarOf(new Date(instant))).toBe(schooljaar);
  });

  it.each([
    ['2024-07-31', '2023-2024'],
    ['2024-08-01', '2024-2025'],
    ['2025-01-15', '2024-2025'],
  ])('calendar date %s is in %s', (date, schooljaar) => {
    expect(schooljaarOf(date)).toBe(schooljaar);
  });

  it('refuses what is not a date', () => {
    expect(() => schooljaarOf('2024-02-30')).toThrow(RangeError);
    expect(() => schooljaarOf(new Date(NaN))).toThrow(RangeError);
  });
});

describe('schooljaarBounds', () => {
  it('runs from 1 August 00:00 to the next 1 August 00:00, Amsterdam time', () => {
    const bounds = schooljaarBounds('2023-2024');
    expect(bounds).toEqual({
      schooljaar: '2023-2024',
      firstDay: '2023-08-01',
      lastDay: '2024-07-31',
      start: new Date('2023-07-31T22:00:00.000Z'),
      end: new Date('2024-07-31T22:00:00.000Z'),
    });
  });

  it('agrees with schooljaarOf at its edges', () => {
    for (const sj of ['1999-2000', '2023-2024', '2024-2025', '2030-2031']) {
      const { start, end } = schooljaarBounds(sj);
      expect(schooljaarOf(start)).toBe(sj);
      expect(schooljaarOf(new Date(end.getTime() - 1))).toBe(sj);
      expect(schooljaarOf(end)).toBe(shiftSchooljaar(sj, 1));
    }
  });

  it.each(['2023-2025', '2023/2024', '23-24', '2024-2023', ''])('refuses %j', (value) => {
    expect(() => schooljaarBounds(value)).toThrow(RangeError);
  });
});

describe('isValidSchooljaar and shiftSchooljaar', () => {
  it.each([
    ['2023-2024', true],
    ['1999-2000', true],
    ['2023-2023', false],
    ['2023-2025', false],
    ['2023 - 2024', false],
    [2023, false],
    [null, false],
  ])('isValidSchooljaar(%j) is %s', (value, valid) => {
    expect(isValidSchooljaar(value)).toBe(valid);
  });

  it('moves by whole years', () => {
    expect(shiftSchooljaar('2023-2024', -1)).toBe('2022-2023');
    expect(shiftSchooljaar('2023-2024', 2)).toBe('2025-2026');
  });
});
