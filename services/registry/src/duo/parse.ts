import type { Sector } from '@inspectorate/contracts';
import { parse } from 'csv-parse/sync';
import { type ColumnName, COLUMN_ALIASES, mapColumns } from './columns';
import { type DuoEncoding, decodeDuo } from './decode';
import {
  type Read,
  readBoardNumber,
  readBrin,
  readCount,
  readGemeenteNummer,
  readHuisnummer,
  readOnderwijsstructuur,
  readPostcode,
  readSector,
  readVestigingsnummer,
  text,
} from './values';

/** The file is not a DUO list we can read, as a whole: nothing is imported. */
export class DuoFileRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DuoFileRejected';
  }
}

export type ListKind = 'vestigingen' | 'boards';

/** A row that was not applied: its line in the file (the header is line 1) and why. */
export interface RowError {
  line: number;
  reason: string;
  /** The row's key when it could be read (BRIN, vestiging code or board number). */
  key?: string;
}

/** A row that was applied, with a value we could not use (stored as unknown). */
export interface RowWarning {
  line: number;
  message: string;
  key?: string;
}

export interface AddressRead {
  straat: string | null;
  huisnummer: number | null;
  huisnummerToevoeging: string | null;
  postcode: string | null;
  plaats: string | null;
}

export interface GemeenteRead {
  nummer: string;
  naam: string;
}

export interface VestigingRow {
  line: number;
  brin: string;
  vestigingsnummer: string;
  vestigingCode: string;
  bevoegdGezagNummer: string;
  vestigingsnaam: string;
  /** Name of the school, when the file has an INSTELLINGSNAAM column. */
  instellingsnaam: string | null;
  sector: Sector;
  address: AddressRead;
  gemeente: GemeenteRead | null;
  denominatie: string | null;
  onderwijsstructuren: string[];
  provincie: string | null;
  /** Pupils, when the file has a count column; masked counts are null. */
  leerlingen: number | null;
}

export interface BoardRow {
  line: number;
  bevoegdGezagNummer: string;
  name: string;
  address: AddressRead;
  gemeente: GemeenteRead | null;
  denominatie: string | null;
}

interface ParsedCommon {
  encoding: DuoEncoding;
  /** The header cells as found. */
  columns: string[];
  /** Data rows in the file (not counting the header and blank lines). */
  totalRows: number;
  errors: RowError[];
  warnings: RowWarning[];
}

export type ParsedDuoFile =
  | (ParsedCommon & { kind: 'vestigingen'; rows: VestigingRow[]; sectors: Sector[] })
  | (ParsedCommon & { kind: 'boards'; rows: BoardRow[] });

export interface ParseOptions {
  /** The sector of every row, for lists without a sector column (DUO publishes one list per sector). */
  sector?: Sector;
}

const TEXT_MAX = 300;

/** Signatures of files people upload by mistake instead of the CSV list. */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['a ZIP archive or an Excel/Word file (.xlsx, .docx)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a gzip file', [0x1f, 0x8b]],
  ['an old Excel/Word file (.xls, .doc)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
];

/**
 * Refuses, from its first bytes alone, a file that is not text: a known
 * binary signature, or NUL bytes (which no DUO list, in Windows-1252 or
 * UTF-8, contains). Cheap, so an upload is refused before the rest of it is
 * read; the full parse would refuse it too, much later.
 */
export function sniffDuoFile(head: Uint8Array): void {
  for (const [what, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, i) => head[i] === byte))
      throw new DuoFileRejected(`the file is ${what}, not a semicolon-separated DUO list`);
  }
  const window = head.subarray(0, 8192);
  const nul = window.indexOf(0);
  if (nul >= 0)
    throw new DuoFileRejected(
      `the file is binary (a NUL byte at offset ${nul}), not a semicolon-separated DUO list`,
    );
}

/**
 * Reads a DUO list: decodes it, recognises it by its header (a vestigingen or
 * a boards list, under any of DUO's column names), and checks every row.
 * Throws DuoFileRejected when the file as a whole is not such a list; a bad
 * row only becomes a RowError with its line number, and the others are kept.
 * Pure: no I/O, so the whole rule set is unit-tested.
 */
export function parseDuoFile(bytes: Uint8Array, options: ParseOptions = {}): ParsedDuoFile {
  sniffDuoFile(bytes);
  const { text: content, encoding } = decodeDuo(bytes);
  if (content.trim() === '') throw new DuoFileRejected('the file is empty');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Line endings to LF first: csv-parse counts a CRLF inside a quoted field as two lines.
    records = parse(content.replace(/\r\n?/g, '\n'), {
      delimiter: ';',
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new DuoFileRejected(
      `the file cannot be read as a semicolon-separated list${line ? ` (at line ${line})` : ''}: ${(error as Error).message}`,
    );
  }
  const [headerRecord, ...data] = records;
  if (!headerRecord) throw new DuoFileRejected('the file is empty');
  const header = headerRecord.record;
  const columns = mapColumns(header);
  const kind = detectKind(header, columns);
  if (data.length === 0)
    throw new DuoFileRejected('the file has a header but no rows; a DUO list is never empty');
  const common = { encoding, columns: header.map((c) => c.trim()), totalRows: data.length };
  if (kind === 'boards') return { kind, ...common, ...readBoards(data, header.length, columns) };
  if (columns.sector === undefined && !options.sector) {
    throw new DuoFileRejected(
      `the list has no sector column (${COLUMN_ALIASES.sector.join(', ')}); say which sector it is (sector=po, vo, ...)`,
    );
  }
  return { kind, ...common, ...readVestigingen(data, header.length, columns, options.sector) };
}

function detectKind(header: string[], columns: Partial<Record<ColumnName, number>>): ListKind {
  if (header.length < 3) {
    throw new DuoFileRejected(
      `not a DUO list: the header has ${header.length} column(s) ('${header.join(';').slice(0, 80)}'); DUO lists have many columns separated by ';'`,
    );
  }
  const has = (name: ColumnName) => columns[name] !== undefined;
  const hasVestiging =
    has('brin') && has('bevoegdGezagNummer') && (has('vestigingsnaam') || has('instellingsnaam'));
  if (hasVestiging) return 'vestigingen';
  if (has('bevoegdGezagNummer') && has('boardName') && !has('brin')) return 'boards';
  const missing = [
    !has('bevoegdGezagNummer') && 'BEVOEGD GEZAG NUMMER',
    !has('brin') && 'INSTELLINGSCODE (or BRIN NUMMER)',
    !has('vestigingsnaam') && !has('instellingsnaam') && 'VESTIGINGSNAAM or INSTELLINGSNAAM',
  ].filter(Boolean);
  throw new DuoFileRejected(
    `not a DUO list of vestigingen or boards: the header lacks ${missing.join(', ')} (a boards list needs BEVOEGD GEZAG NUMMER and BEVOEGD GEZAG NAAM); header was '${header.join(';').slice(0, 200)}'`,
  );
}

type Record_ = { record: string[]; info: { lines: number } };

/** The line a record starts on (csv-parse gives the line it ends on). */
function startLine(record: Record_): number {
  let breaks = 0;
  for (const cell of record.record) for (const ch of cell) if (ch === '\n') breaks += 1;
  return record.info.lines - breaks;
}

/** Collects the per-row problems; `read` returns the value or notes the error. */
class RowReader {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  constructor(
    private readonly cells: string[],
    private readonly columns: Partial<Record<ColumnName, number>>,
  ) {}
  cell(name: ColumnName): string | undefined {
    const index = this.columns[name];
    return index === undefined ? undefined : this.cells[index];
  }
  required<T>(result: Read<T>): T | undefined {
    if (result.ok) return result.value;
    this.problems.push(result.error);
    return undefined;
  }
  /** A value we can live without: a bad one is a warning and becomes unknown. */
  optional<T>(result: Read<T | null>): T | null {
    if (result.ok) return result.value;
    this.warnings.push(`${result.error}; stored as unknown`);
    return null;
  }
  text(name: ColumnName, label: string, max = TEXT_MAX): string | null {
    const value = text(this.cell(name));
    if (value !== null && value.length > max) {
      this.problems.push(`${label} is longer than ${max} characters`);
      return null;
    }
    return value;
  }
  address(): AddressRead {
    const number = this.optional(readHuisnummer(this.cell('huisnummer')));
    return {
      straat: this.text('straat', 'STRAATNAAM', 200),
      huisnummer: number?.huisnummer ?? null,
      huisnummerToevoeging: number?.huisnummerToevoeging ?? null,
      postcode: this.optional(readPostcode(this.cell('postcode'))),
      plaats: this.text('plaats', 'PLAATSNAAM', 200),
    };
  }
  gemeente(): GemeenteRead | null {
    const nummer = this.optional(readGemeenteNummer(this.cell('gemeenteNummer')));
    const naam = this.text('gemeenteNaam', 'GEMEENTENAAM', 200);
    return nummer && naam ? { nummer, naam } : null;
  }
}

function fieldCountProblem(record: Record_, expected: number): string | null {
  return record.record.length === expected
    ? null
    : `the row has ${record.record.length} fields, the header has ${expected}`;
}

function readVestigingen(
  data: Record_[],
  width: number,
  columns: Partial<Record<ColumnName, number>>,
  defaultSector: Sector | undefined,
): { rows: VestigingRow[]; errors: RowError[]; warnings: RowWarning[]; sectors: Sector[] } {
  const rows: VestigingRow[] = [];
  const errors: RowError[] = [];
  const warnings: RowWarning[] = [];
  const seen = new Map<string, number>();
  const boardOfBrin = new Map<string, { board: string; line: number }>();
  const sectors = new Set<Sector>();
  for (const record of data) {
    const line = startLine(record);
    const countProblem = fieldCountProblem(record, width);
    if (countProblem) {
      errors.push({ line, reason: countProblem });
      continue;
    }
    const r = new RowReader(record.record, columns);
    const brin = r.required(readBrin(r.cell('brin')));
    const vestigingCell = r.cell('vestigingCode') ?? r.cell('vestigingsnummer');
    // A list of hoofdvestigingen has no vestiging column: each row is the main location (00).
    const vestigingsnummer =
      brin === undefined
        ? undefined
        : vestigingCell === undefined
          ? '00'
          : r.required(readVestigingsnummer(vestigingCell, brin));
    const board = r.required(readBoardNumber(r.cell('bevoegdGezagNummer')));
    const sector =
      columns.sector === undefined && defaultSector
        ? defaultSector
        : r.required(readSector(r.cell('sector')));
    const instellingsnaam = r.text('instellingsnaam', 'INSTELLINGSNAAM');
    const vestigingsnaam = r.text('vestigingsnaam', 'VESTIGINGSNAAM') ?? instellingsnaam;
    if (vestigingsnaam === null) r.problems.push('the name (VESTIGINGSNAAM) is empty');
    const onderwijsstructuren = r.required(readOnderwijsstructuur(r.cell('onderwijsstructuur')));
    const leerlingen =
      columns.leerlingen === undefined ? null : r.optional(readCount(r.cell('leerlingen')));
    const address = r.address();
    const gemeente = r.gemeente();
    const denominatie = r.text('denominatie', 'DENOMINATIE', 100);
    const provincie = r.text('provincie', 'PROVINCIE', 100);
    const key = brin && vestigingsnummer ? `${brin}${vestigingsnummer}` : brin;
    if (key && vestigingsnummer) {
      const earlier = seen.get(key);
      if (earlier !== undefined)
        r.problems.push(`vestiging ${key} appears again (first on line ${earlier})`);
    }
    if (brin && board) {
      const known = boardOfBrin.get(brin);
      if (known && known.board !== board)
        r.problems.push(
          `BRIN ${brin} has board ${known.board} on line ${known.line}, here ${board}; a school has one board`,
        );
    }
    for (const message of r.warnings) warnings.push({ line, message, ...(key ? { key } : {}) });
    if (
      r.problems.length > 0 ||
      !brin ||
      !vestigingsnummer ||
      !board ||
      !sector ||
      !vestigingsnaam ||
      !onderwijsstructuren
    ) {
      errors.push({ line, reason: r.problems.join('; '), ...(key ? { key } : {}) });
      continue;
    }
    const vestigingCode = `${brin}${vestigingsnummer}`;
    seen.set(vestigingCode, line);
    if (!boardOfBrin.has(brin)) boardOfBrin.set(brin, { board, line });
    sectors.add(sector);
    rows.push({
      line,
      brin,
      vestigingsnummer,
      vestigingCode,
      bevoegdGezagNummer: board,
      vestigingsnaam,
      instellingsnaam,
      sector,
      address,
      gemeente,
      denominatie,
      onderwijsstructuren,
      provincie,
      leerlingen,
    });
  }
  return { rows, errors, warnings, sectors: [...sectors].sort() };
}

function readBoards(
  data: Record_[],
  width: number,
  columns: Partial<Record<ColumnName, number>>,
): { rows: BoardRow[]; errors: RowError[]; warnings: RowWarning[] } {
  const rows: BoardRow[] = [];
  const errors: RowError[] = [];
  const warnings: RowWarning[] = [];
  const seen = new Map<string, number>();
  for (const record of data) {
    const line = startLine(record);
    const countProblem = fieldCountProblem(record, width);
    if (countProblem) {
      errors.push({ line, reason: countProblem });
      continue;
    }
    const r = new RowReader(record.record, columns);
    const board = r.required(readBoardNumber(r.cell('bevoegdGezagNummer')));
    const name = r.text('boardName', 'BEVOEGD GEZAG NAAM');
    if (name === null) r.problems.push('the name (BEVOEGD GEZAG NAAM) is empty');
    const address = r.address();
    const gemeente = r.gemeente();
    const denominatie = r.text('denominatie', 'DENOMINATIE', 100);
    if (board) {
      const earlier = seen.get(board);
      if (earlier !== undefined)
        r.problems.push(`board ${board} appears again (first on line ${earlier})`);
    }
    for (const message of r.warnings)
      warnings.push({ line, message, ...(board ? { key: board } : {}) });
    if (r.problems.length > 0 || !board || !name) {
      errors.push({ line, reason: r.problems.join('; '), ...(board ? { key: board } : {}) });
      continue;
    }
    seen.set(board, line);
    rows.push({ line, bevoegdGezagNummer: board, name, address, gemeente, denominatie });
  }
  return { rows, errors, warnings };
}
