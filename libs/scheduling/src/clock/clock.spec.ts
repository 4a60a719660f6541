import { amsterdamMidnight } from '../time/amsterdam';
import { Clock, FixedClock, SettableClock, SystemClock } from './clock';

describe('clocks', () => {
  it('SystemClock tells real time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('FixedClock stands still, and can be set and advanced', () => {
    const clock: Clock = new FixedClock('2024-07-31T21:00:00Z');
    const fixed = clock as FixedClock;
    expect(clock.now().toISOString()).toBe('2024-07-31T21:00:00.000Z');
    expect(clock.now()).toEqual(clock.now());
    expect(fixed.advance({ hours: 1 }).toISOString()).toBe('2024-07-31T22:00:00.000Z');
    expect(fixed.advance(1_500).toISOString()).toBe('2024-07-31T22:00:01.500Z');
    expect(fixed.advance({ days: 1, minutes: -1, milliseconds: -1_500 }).toISOString()).toBe(
      '2024-08-01T21:59:00.000Z',
    );
    expect(fixed.set(amsterdamMidnight('2024-10-27')).toISOString()).toBe(
      '2024-10-26T22:00:00.000Z',
    );
  });

  it('hands out copies, so callers cannot move it by mutating a Date', () => {
    const clock = new SettableClock(0);
    clock.now().setTime(1e12);
    expect(clock.now().getTime()).toBe(0);
  });

  it('refuses an invalid instant', () => {
    expect(() => new FixedClock('yesterday')).toThrow(RangeError);
  });
});
