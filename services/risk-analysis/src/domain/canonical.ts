import { createHash } from 'node:crypto';

/**
 * A canonical JSON text: object keys sorted, no whitespace, numbers as
 * JavaScript prints them, undefined properties left out. Two values that are
 * equal as data give the same text, so the same bytes and the same hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error(`canonical JSON has no ${value}`);
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/**
 * The canonical text of an object up to and after the value of one of its
 * keys: `${before}${canonicalJson(value)}${after}` is canonicalJson of the
 * object with that value, so a large value can be written piece by piece.
 */
export function canonicalJsonAround(
  value: Record<string, unknown>,
  key: string,
): [before: string, after: string] {
  const keys = Object.keys(value)
    .filter((k) => k === key || value[k] !== undefined)
    .sort();
  const at = keys.indexOf(key);
  const entry = (k: string) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`;
  const before = keys
    .slice(0, at)
    .map((k) => `${entry(k)},`)
    .join('');
  const after = keys
    .slice(at + 1)
    .map((k) => `,${entry(k)}`)
    .join('');
  return [`{${before}${JSON.stringify(key)}:`, `${after}}`];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The input hash: sha256 over the canonical text of the inputs with each
 * top-level list in canonical order (rows sorted by their canonical text),
 * so the order an import happened to deliver rows in changes neither the
 * hash nor, since runs sort subjects by code, the result. Lists inside a
 * row keep their order (a file's columns, which parsers read in order).
 * Each row is serialised once; the text is fed to the hash piecewise.
 */
export function inputHash(inputs: Record<string, unknown>): string {
  const hash = createHash('sha256');
  hash.update('{');
  Object.keys(inputs)
    .filter((k) => inputs[k] !== undefined)
    .sort()
    .forEach((k, i) => {
      hash.update(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`);
      const value = inputs[k];
      if (!Array.isArray(value)) {
        hash.update(canonicalJson(value));
        return;
      }
      const rows = value.map((row) => canonicalJson(row ?? null)).sort();
      hash.update('[');
      rows.forEach((row, j) => hash.update(j > 0 ? `,${row}` : row));
      hash.update(']');
    });
  hash.update('}');
  return hash.digest('hex');
}
