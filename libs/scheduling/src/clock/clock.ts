/**
 * Where domain code gets "now": deadlines, schooljaren, letter dates. One
 * injectable clock, so tests and operators can move through a schooljaar's
 * deadlines without waiting for them. (Leases do not use it: they must follow
 * real time even when domain time is shifted.)
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

export interface Duration {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

type Instant = Date | string | number;

/**
 * A clock that stands still until told otherwise, for tests and for
 * operators replaying a period. `advance` adds elapsed time (a day is 24
 * hours, also across a DST change); to land on a calendar day use
 * `set(amsterdamMidnight('2024-10-27'))`.
 */
export class FixedClock extends Clock {
  private current: number;

  constructor(start: Instant = Date.now()) {
    super();
    this.current = toMillis(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Instant): Date {
    this.current = toMillis(to);
    return this.now();
  }

  advance(by: number | Duration): Date {
    this.current += typeof by === 'number' ? by : durationMillis(by);
    return this.now();
  }
}

/** Same class: the name tests reach for when they move time around. */
export const SettableClock = FixedClock;
export type SettableClock = FixedClock;

export function durationMillis(d: Duration): number {
  return (
    (d.days ?? 0) * 86_400_000 +
    (d.hours ?? 0) * 3_600_000 +
    (d.minutes ?? 0) * 60_000 +
    (d.seconds ?? 0) * 1_000 +
    (d.milliseconds ?? 0)
  );
}

function toMillis(instant: Instant): number {
  const millis = instant instanceof Date ? instant.getTime() : new Date(instant).getTime();
  if (Number.isNaN(millis)) throw new RangeError(`not a valid instant: ${String(instant)}`);
  return millis;
}
