import type { Afdeling, Sector } from '@inspectorate/contracts';
import { isMasked } from '@inspectorate/duo';

/**
 * Reading single DUO cells. Pure functions: each returns the value, or null
 * for "unknown", or an error message for a value that is plainly wrong.
 */

export const BRIN = /^[0-9]{2}[A-Z]{2}$/;
export const VESTIGING_CODE = /^[0-9]{2}[A-Z]{2}[0-9]{2}$/;
export const BOARD_NUMBER = /^[0-9]{5}$/;
export const POSTCODE = /^[1-9][0-9]{3} [A-Z]{2}$/;

/** DUO's masked counts (libs/duo), and `-1`, which the address lists use for "not known". */
const masked = (raw: string) => isMasked(raw, '-1');

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(error: string): Read<T> => ({ ok: false, error });

export function text(cell: string | undefined): string | null {
  const value = (cell ?? '').trim().replace(/\s+/g, ' ');
  return value === '' ? null : value;
}

export function readBrin(cell: string | undefined): Read<string> {
  const value = (cell ?? '').trim().toUpperCase();
  if (value === '') return fail('BRIN is empty');
  return BRIN.test(value)
    ? ok(value)
    : fail(`bad BRIN '${value}' (two digits and two letters, e.g. 12AB)`);
}

/**
 * Board numbers are five digits; spreadsheets that touched a file drop the
 * leading zeros ("1234" for 01234), so short all-digit values are padded.
 */
export function readBoardNumber(cell: string | undefined): Read<string> {
  const value = (cell ?? '').trim();
  if (value === '') return fail('missing board (BEVOEGD GEZAG NUMMER is empty)');
  if (/^[0-9]{1,5}$/.test(value) && Number(value) > 0) return ok(value.padStart(5, '0'));
  return fail(`bad board number '${value}' (five digits, e.g. 41234)`);
}

/**
 * The vestiging part, from a six-character VESTIGINGSCODE (which must start
 * with the row's BRIN) or a one- or two-digit VESTIGINGSNUMMER.
 */
export function readVestigingsnummer(cell: string | undefined, brin: string): Read<string> {
  const value = (cell ?? '').trim().toUpperCase();
  if (/^[0-9]{1,2}$/.test(value)) return ok(value.padStart(2, '0'));
  if (VESTIGING_CODE.test(value)) {
    return value.startsWith(brin)
      ? ok(value.slice(4))
      : fail(`vestigingscode '${value}' does not start with the row's BRIN ${brin}`);
  }
  if (value === '') return fail('vestigingscode is empty');
  return fail(`bad vestigingscode '${value}' (BRIN plus two digits, e.g. 12AB00)`);
}

/** "1234AB", "1234 ab" → "1234 AB"; null when empty or not a Dutch postcode. */
export function readPostcode(cell: string | undefined): Read<string | null> {
  const raw = (cell ?? '').trim();
  if (raw === '') return ok(null);
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  if (/^[1-9][0-9]{3}[A-Z]{2}$/.test(compact))
    return ok(`${compact.slice(0, 4)} ${compact.slice(4)}`);
  return fail(`postcode '${raw}' is not a Dutch postcode (1234 AB)`);
}

/** "12", "12a", "12 A", "12-14", "1 bis" → number plus addition. */
export function readHuisnummer(cell: string | undefined): Read<{
  huisnummer: number | null;
  huisnummerToevoeging: string | null;
}> {
  const raw = (cell ?? '').trim();
  if (raw === '') return ok({ huisnummer: null, huisnummerToevoeging: null });
  const match = /^([0-9]{1,5})\s*(.*)$/.exec(raw);
  const number = match ? Number(match[1]) : 0;
  if (!match || number < 1) return fail(`huisnummer '${raw}' does not start with a house number`);
  const addition = (match[2] ?? '').trim();
  if (addition.length > 20) return fail(`huisnummer addition '${addition}' is longer than 20`);
  return ok({ huisnummer: number, huisnummerToevoeging: addition === '' ? null : addition });
}

/** Gemeentecode with its leading zeros ("363" → "0363"). */
export function readGemeenteNummer(cell: string | undefined): Read<string | null> {
  const raw = (cell ?? '').trim();
  if (masked(raw)) return ok(null);
  return /^[0-9]{1,4}$/.test(raw)
    ? ok(raw.padStart(4, '0'))
    : fail(`gemeentenummer '${raw}' is not a number of at most four digits`);
}

/** A count; masked values (`<5`, `x`, `-1`) and empty cells are unknown (null), never 0. */
export function readCount(cell: string | undefined): Read<number | null> {
  const raw = (cell ?? '').trim();
  if (masked(raw)) return ok(null);
  const compact = raw.replace(/\./g, '');
  return /^[0-9]+$/.test(compact) ? ok(Number(compact)) : fail(`count '${raw}' is not a number`);
}

const SECTOR_WORDS: Record<string, Sector> = {
  PO: 'po',
  BO: 'po',
  BAS: 'po',
  BASISONDERWIJS: 'po',
  BASISSCHOOL: 'po',
  SBO: 'po',
  SBAS: 'po',
  'SPECIAAL BASISONDERWIJS': 'po',
  'SPECIALE SCHOOL VOOR BASISONDERWIJS': 'po',
  SO: 'so',
  'SPECIAAL ONDERWIJS': 'so',
  VSO: 'vso',
  'VOORTGEZET SPECIAAL ONDERWIJS': 'vso',
  VO: 'vo',
  'VOORTGEZET ONDERWIJS': 'vo',
  MBO: 'mbo',
  BVE: 'mbo',
  HO: 'ho',
  HBO: 'ho',
  WO: 'ho',
  'HOGER ONDERWIJS': 'ho',
};

export function readSector(cell: string | undefined): Read<Sector> {
  const raw = (cell ?? '').trim();
  const sector = SECTOR_WORDS[raw.toUpperCase().replace(/\s+/g, ' ')];
  if (sector) return ok(sector);
  return fail(
    raw === ''
      ? 'unknown sector (the sector column is empty)'
      : `unknown sector '${raw}' (expected po, so, vso, vo, mbo or ho)`,
  );
}

/** "VWO/HAVO/VMBO-GT" → ["VWO", "HAVO", "VMBO-GT"]: DUO's codes, kept as given (upper case). */
export function readOnderwijsstructuur(cell: string | undefined): Read<string[]> {
  const parts = (cell ?? '')
    .split('/')
    .map((part) => part.trim().toUpperCase().replace(/\s+/g, ' '))
    .filter((part) => part !== '');
  const tooLong = parts.find((part) => part.length > 40);
  if (tooLong) return fail(`onderwijsstructuur part '${tooLong}' is longer than 40 characters`);
  return ok([...new Set(parts)]);
}

/**
 * The afdelingen of a vo vestiging from its onderwijsstructuur. DUO writes
 * the leerwegen in several ways over the years: VMBO-GT, VMBO-(G)T, VMBO-T,
 * MAVO for the gemengde/theoretische leerweg; VMBO-B(B), VMBO-K(B) for the
 * basis and kader leerwegen; a bare VMBO (or VBO/MAVO) does not say which,
 * so it means all three (resp. basis + kader). PRO (praktijkonderwijs) and
 * unknown codes give no afdeling. Outside vo there are no afdelingen.
 */
export function afdelingenOf(sector: Sector, structuren: readonly string[]): Afdeling[] {
  if (sector !== 'vo') return [];
  const found = new Set<Afdeling>();
  for (const raw of structuren) {
    const code = raw.toUpperCase().replace(/[\s()]/g, '');
    if (code === 'VWO' || code === 'VWO-GYMNASIUM' || code === 'GYMNASIUM' || code === 'ATHENEUM')
      found.add('vwo');
    else if (code === 'HAVO') found.add('havo');
    else if (['VMBO-GT', 'VMBO-T', 'VMBO-G', 'VMBOGT', 'VMBO-TL', 'MAVO'].includes(code))
      found.add('vmbo-gt');
    else if (['VMBO-B', 'VMBO-BB', 'VMBOBB'].includes(code)) found.add('vmbo-b');
    else if (['VMBO-K', 'VMBO-KB', 'VMBOKB'].includes(code)) found.add('vmbo-k');
    else if (code === 'VBO') {
      found.add('vmbo-b');
      found.add('vmbo-k');
    } else if (code === 'VMBO') {
      found.add('vmbo-b');
      found.add('vmbo-k');
      found.add('vmbo-gt');
    }
  }
  // A stable order, so a re-import with the same structuur is "unchanged".
  const order: Afdeling[] = ['vmbo-b', 'vmbo-k', 'vmbo-gt', 'havo', 'vwo'];
  return order.filter((afdeling) => found.has(afdeling));
}
