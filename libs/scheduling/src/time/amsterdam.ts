/** The domain's time zone: deadlines and dates mean Dutch local time. Fixed, not configurable. */
export const DOMAIN_TIME_ZONE = 'Europe/Amsterdam';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building a DateTimeFormat is slow; one serves every call.
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: DOMAIN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function localParts(instant: Date): LocalParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

/** How far Amsterdam local time is ahead of UTC at `instant`, in ms (+1h in winter, +2h in summer). */
export function amsterdamOffsetMs(instant: Date): number {
  const p = localParts(instant);
  const localAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return localAsUtc - wholeSeconds;
}

/** The calendar date in Amsterdam at `instant`, e.g. 2024-06-30T22:30Z → `2024-07-01`. */
export function amsterdamDate(instant: Date): IsoDate {
  assertValidInstant(instant);
  const p = localParts(instant);
  return formatDate(p.year, p.month, p.day);
}

/**
 * The instant at which `date` begins in Amsterdam (00:00 local; CET or CEST as
 * it applies that day). Midnight always exists there: the DST switches happen
 * at 02:00/03:00.
 */
export function amsterdamMidnight(date: IsoDate): Date {
  const [year, month, day] = parseDate(date);
  const localAsUtc = Date.UTC(year, month - 1, day);
  // The offset at the UTC guess may differ from the one at the answer only
  // when a DST switch falls in between; a second look settles it.
  let instant = localAsUtc - amsterdamOffsetMs(new Date(localAsUtc));
  instant = localAsUtc - amsterdamOffsetMs(new Date(instant));
  return new Date(instant);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parseDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (so not 2023-02-29). */
export function isValidDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  return (
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day
  );
}

function parseDate(date: IsoDate): [number, number, number] {
  if (!isValidDate(date))
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return date.split('-').map(Number) as [number, number, number];
}

function formatDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function assertValidInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('not a valid instant: Invalid Date');
}
