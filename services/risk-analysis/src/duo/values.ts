import { isMasked } from '@inspectorate/duo';

/**
 * Reading single cells of DUO's statistics files. Each reader returns the
 * value, null for "unknown" (empty, or masked by DUO), or throws a
 * CellError naming what is wrong. Masked small counts (`<5`) are unknown,
 * never 0: treating them as 0 would invent pass rates and declines.
 */

export class CellError extends Error {}

/** DUO's masked counts (libs/duo), and `-`, which the statistics files use for "none known". */
const masked = (raw: string) => isMasked(raw, '-');

export const BRIN = /^[0-9]{2}[A-Z]{2}$/;

export function readBrin(cell: string): string {
  const value = cell.trim().toUpperCase();
  if (!BRIN.test(value)) throw new CellError(`bad BRIN '${value}' (two digits and two letters)`);
  return value;
}

/** The six-character vestigingscode from a full code or a one- or two-digit suffix. */
export function readVestiging(cell: string, brin: string): string {
  const value = cell.trim().toUpperCase();
  if (/^[0-9]{1,2}$/.test(value)) return `${brin}${value.padStart(2, '0')}`;
  if (/^[0-9]{2}[A-Z]{2}[0-9]{2}$/.test(value)) {
    if (!value.startsWith(brin))
      throw new CellError(`vestigingscode '${value}' does not start with the row's BRIN ${brin}`);
    return value;
  }
  throw new CellError(`bad vestigingscode '${value}' (BRIN plus two digits, e.g. 12AB00)`);
}

export function readBoard(cell: string): string {
  const value = cell.trim();
  if (/^[0-9]{1,5}$/.test(value) && Number(value) > 0) return value.padStart(5, '0');
  throw new CellError(`bad board number '${value}' (five digits)`);
}

/** A board number where DUO writes 0 for "no known board" (old rows of closed vestigingen). */
export function readOptionalBoard(cell: string): string | null {
  return cell.trim() === '0' ? null : readBoard(cell);
}

/** A count of people; `<5` and empty are unknown (null). */
export function readCount(cell: string, label: string): number | null {
  const raw = cell.trim();
  if (masked(raw)) return null;
  const compact = raw.replace(/\./g, '');
  if (!/^[0-9]+$/.test(compact)) throw new CellError(`${label} '${raw}' is not a count`);
  return Number(compact);
}

/**
 * An amount in Dutch notation: thousands dots, decimal comma, optional minus
 * (`40.010,00`, `-118.284`). Empty is missing (null).
 */
export function readDutchNumber(cell: string, label: string): number | null {
  const raw = cell.trim();
  if (masked(raw)) return null;
  if (!/^-?[0-9.]*(,[0-9]*)?%?$/.test(raw) || !/[0-9]/.test(raw))
    throw new CellError(`${label} '${raw}' is not a number`);
  const value = Number(raw.replace(/%$/, '').replace(/\./g, '').replace(',', '.'));
  if (!Number.isFinite(value)) throw new CellError(`${label} '${raw}' is not a number`);
  return value;
}

/** A number with a decimal point (`90.9`), as in the newer exam file. */
export function readPointNumber(cell: string, label: string): number | null {
  const raw = cell.trim();
  if (masked(raw)) return null;
  if (!/^-?[0-9]+(\.[0-9]+)?$/.test(raw)) throw new CellError(`${label} '${raw}' is not a number`);
  return Number(raw);
}

export function text(cell: string | undefined): string {
  return (cell ?? '').trim().replace(/\s+/g, ' ');
}

/** Runs a row reader; a CellError becomes the row's error message. */
export function tryRow<T>(read: () => T): T | string {
  try {
    return read();
  } catch (error) {
    if (error instanceof CellError) return error.message;
    throw error;
  }
}
