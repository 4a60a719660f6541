/**
 * ISO-8601 calendar durations as case types use them for terms (`P14D`,
 * `P6W`, `P3M`, `P1Y2M`). Only whole years, months, weeks and days: terms in
 * law are counted in calendar units, never in hours.
 */
export interface CalendarDuration {
  years: number;
  months: number;
  days: number;
}

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export function parseDuration(text: string): CalendarDuration {
  const match = PATTERN.exec(text);
  if (!match || text === 'P') {
    throw new Error(
      `'${text}' is not an ISO-8601 duration in years, months, weeks and days (e.g. P14D, P6W, P3M)`,
    );
  }
  const [, y, m, w, d] = match;
  return {
    years: Number(y ?? 0),
    months: Number(m ?? 0),
    days: Number(w ?? 0) * 7 + Number(d ?? 0),
  };
}

export function isDuration(text: string): boolean {
  return PATTERN.test(text) && text !== 'P';
}

/**
 * `date` (YYYY-MM-DD) plus a duration, in calendar arithmetic: months first,
 * clamped to the end of a shorter month (31 January + P1M = 28/29 February),
 * then days.
 */
export function addDuration(date: string, duration: CalendarDuration | string): string {
  const d = typeof duration === 'string' ? parseDuration(duration) : duration;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const totalMonths = year * 12 + (month - 1) + d.years * 12 + d.months;
  const y = Math.floor(totalMonths / 12);
  const m = totalMonths % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const base = Date.UTC(y, m, Math.min(day, lastDay));
  return new Date(base + d.days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
