/**
 * Header cells compared without case, quotes, a byte-order mark, surrounding
 * space or doubled spaces: DUO's own headers vary in all of these.
 */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .replace(/^"|"$/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toUpperCase();
}

/** Index of the first of `names` in a normalised header; undefined when none is there. */
export function column(header: readonly string[], ...names: readonly string[]): number | undefined {
  for (const name of names) {
    const index = header.indexOf(name);
    if (index >= 0) return index;
  }
  return undefined;
}

/** A sentence listing required columns that are missing, or null when all are there. */
export function missingColumns(required: Record<string, number | undefined>): string | null {
  const missing = Object.entries(required)
    .filter(([, index]) => index === undefined)
    .map(([label]) => label);
  return missing.length === 0 ? null : `the header lacks ${missing.join(', ')}`;
}

/** A row whose field count differs from the header's: the reason, or null when it matches. */
export function fieldCountProblem(cells: readonly string[], width: number): string | null {
  return cells.length === width
    ? null
    : `the row has ${cells.length} fields, the header has ${width}`;
}
