/**
 * The kenmerk (reference) of an outgoing letter: the year it was issued and
 * a sequence number within that year, `2026-0001234`. The sequence comes from
 * one counter document per year, incremented atomically, so replicas never
 * hand out the same number; a number taken by a letter that was then not
 * stored (a duplicate command, a crash) is simply never used.
 */
export const KENMERK_PATTERN = /^[0-9]{4}-[0-9]{7,}$/;

export function formatKenmerk(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`kenmerk year must be a four-digit year, got ${year}`);
  }
  if (!Number.isInteger(seq) || seq < 1) {
    throw new RangeError(`kenmerk sequence must be a whole number >= 1, got ${seq}`);
  }
  // Seven digits is room for ten million letters a year; past that the number
  // grows a digit, which keeps every kenmerk unique.
  return `${year}-${String(seq).padStart(7, '0')}`;
}

export function kenmerkCounterId(year: number): string {
  return `kenmerk:${year}`;
}
