/**
 * DUO suppresses small counts (`<5`, in older files `x`) and leaves unknown
 * values empty. Such a cell is unknown, never 0: reading it as 0 would
 * invent pupils, pass rates and declines. Each reader may know more markers
 * of its own list (e.g. `-1` in the address lists' counts).
 */
const MASKED = new Set(['<5', 'x', 'X', '']);

export function isMasked(cell: string | undefined, ...alsoMasked: readonly string[]): boolean {
  const value = (cell ?? '').trim();
  return MASKED.has(value) || alsoMasked.includes(value);
}
