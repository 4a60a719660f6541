import type { Sector } from '@inspectorate/contracts';
import {
  DuoFileRejected,
  type DuoEncoding,
  type DuoRecord,
  type RecordSink,
  normaliseHeader,
  readDuoBytes,
  readDuoStream,
} from '@inspectorate/duo';
import { type ColumnName, COLUMN_ALIASES, mapColumns } from './columns';
import { BoardRows, VestigingRows } from './rows';

export { DuoFileRejected, sniffDuoFile } from '@inspectorate/duo';

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

/**
 * Reads a DUO list as it streams in (an upload, a file): decodes it,
 * recognises it by its header (a vestigingen or a boards list, under any of
 * DUO's column names) and checks every row. Throws DuoFileRejected when the
 * file as a whole is not such a list, as soon as its header shows it; a bad
 * row only becomes a RowError with its line number, and the others are kept.
 * Nothing is written here: the caller applies the list once it is read whole.
 */
export async function readDuoList(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  options: ParseOptions = {},
): Promise<ParsedDuoFile> {
  const { result, encoding } = await readDuoStream(source, () => new DuoListReader(options));
  return { ...result, encoding };
}

/**
 * Only what refuses a file as a whole (not a DUO list by its header, no
 * sector, a quote never closed, empty, no rows), the rows counted but not
 * checked: what an upload waits for before it is accepted. Its rows are read
 * and checked (readDuoList) when the import is applied, in the background.
 */
export async function checkDuoList(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  options: ParseOptions = {},
): Promise<ParsedDuoFile> {
  const { result, encoding } = await readDuoStream(
    source,
    () => new DuoListReader({ ...options, rows: false }),
  );
  return { ...result, encoding };
}

/** The same, for a file in memory at once (tests, the benchmark's baseline). */
export function parseDuoFile(bytes: Uint8Array, options: ParseOptions = {}): ParsedDuoFile {
  const { result, encoding } = readDuoBytes(bytes, new DuoListReader(options));
  return { ...result, encoding };
}

type Read = Omit<ParsedCommon, 'encoding'> &
  (
    | { kind: 'vestigingen'; rows: VestigingRow[]; sectors: Sector[] }
    | { kind: 'boards'; rows: BoardRow[] }
  );

/** The header decides the kind of list; then each record goes to that kind's rows. */
class DuoListReader implements RecordSink<Read> {
  private header: string[] | null = null;
  private rows: VestigingRows | BoardRows | null = null;
  private totalRows = 0;

  /** `rows: false`: the header and the file's shape only, each row counted, not read (checkDuoList). */
  constructor(private readonly options: ParseOptions & { rows?: false }) {}

  record(record: DuoRecord): void {
    if (record.unclosedQuote)
      throw new DuoFileRejected(
        `the file cannot be read as a semicolon-separated list (at line ${record.line}): a quoted field is never closed`,
      );
    if (this.rows === null) {
      this.readHeader(record.cells);
      return;
    }
    this.totalRows += 1;
    if (this.options.rows !== false) this.rows.read(record);
  }

  private readHeader(header: string[]): void {
    const columns = mapColumns(header);
    const kind = detectKind(header, columns);
    this.header = header;
    if (kind === 'boards') {
      this.rows = new BoardRows(header.length, columns);
      return;
    }
    if (columns.sector === undefined && !this.options.sector) {
      throw new DuoFileRejected(
        `the list has no sector column (${COLUMN_ALIASES.sector.join(', ')}); say which sector it is (sector=po, vo, ...)`,
      );
    }
    this.rows = new VestigingRows(header.length, columns, this.options.sector);
  }

  finish(): Read {
    if (this.rows === null || this.header === null) throw new DuoFileRejected('the file is empty');
    if (this.totalRows === 0)
      throw new DuoFileRejected('the file has a header but no rows; a DUO list is never empty');
    const { rows, errors, warnings } = this.rows;
    const common = {
      columns: this.header.map((c) => c.trim()),
      totalRows: this.totalRows,
      errors,
      warnings,
    };
    return this.rows instanceof VestigingRows
      ? { kind: 'vestigingen', ...common, rows: rows as VestigingRow[], sectors: this.rows.sectors }
      : { kind: 'boards', ...common, rows: rows as BoardRow[] };
  }
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
  if (has('bevoegdGezagNummer') && has('boardName') && !has('brin')) {
    refuseOtherBoardLists(header, has('plaats'));
    return 'boards';
  }
  const missing = [
    !has('bevoegdGezagNummer') && 'BEVOEGD GEZAG NUMMER',
    !has('brin') && 'INSTELLINGSCODE (or BRIN NUMMER)',
    !has('vestigingsnaam') && !has('instellingsnaam') && 'VESTIGINGSNAAM or INSTELLINGSNAAM',
  ].filter(Boolean);
  throw new DuoFileRejected(
    `not a DUO list of vestigingen or boards: the header lacks ${missing.join(', ')} (a boards list needs BEVOEGD GEZAG NUMMER and BEVOEGD GEZAG NAAM); header was '${header.join(';').slice(0, 200)}'`,
  );
}

/**
 * DUO publishes more per board than its address list: its financial figures
 * (balans, baten en lasten) name BEVOEGD GEZAG NUMMER and NAAM too, one row
 * per board and year. Read as a boards list such a file would rename every
 * board to its abbreviated finance name and, as a complete list, close the
 * boards it lacks; so a boards list must be the address list (PLAATSNAAM),
 * one row per board (no JAAR).
 */
function refuseOtherBoardLists(header: string[], hasPlaats: boolean): void {
  const normalised = header.map(normaliseHeader);
  const perYear = ['JAAR', 'GROEPERING'].filter((name) => normalised.includes(name));
  if (perYear.length === 0 && hasPlaats) return;
  throw new DuoFileRejected(
    `not a DUO list of boards: ${
      perYear.length > 0
        ? `its ${perYear.join(' and ')} column${perYear.length > 1 ? 's' : ''} make it figures per board and year (such as DUO's financial data), not the address list of bevoegde gezagen`
        : 'the header lacks PLAATSNAAM; the boards list is the address list of bevoegde gezagen'
    }; header was '${header.join(';').slice(0, 200)}'`,
  );
}
