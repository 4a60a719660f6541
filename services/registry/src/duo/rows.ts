import type { Sector } from '@inspectorate/contracts';
import { type DuoRecord, fieldCountProblem } from '@inspectorate/duo';
import type { ColumnName } from './columns';
import type {
  AddressRead,
  BoardRow,
  GemeenteRead,
  RowError,
  RowWarning,
  VestigingRow,
} from './parse';
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

/**
 * The rows of a DUO list, checked one record at a time as the file streams
 * in. A bad row becomes a RowError with its line and the others are kept;
 * what spans rows (a vestiging twice, a BRIN under two boards) is checked
 * against the rows read before it.
 */

const TEXT_MAX = 300;
type Columns = Partial<Record<ColumnName, number>>;

/** Collects the per-row problems; `read` returns the value or notes the error. */
class RowReader {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  constructor(
    private readonly cells: string[],
    private readonly columns: Columns,
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

abstract class Rows<Row> {
  readonly rows: Row[] = [];
  readonly errors: RowError[] = [];
  readonly warnings: RowWarning[] = [];
  constructor(
    protected readonly width: number,
    protected readonly columns: Columns,
  ) {}

  read(record: DuoRecord): void {
    const countProblem = fieldCountProblem(record.cells, this.width);
    if (countProblem) {
      this.errors.push({ line: record.line, reason: countProblem });
      return;
    }
    this.readRow(new RowReader(record.cells, this.columns), record.line);
  }

  protected abstract readRow(r: RowReader, line: number): void;

  protected refuse(r: RowReader, line: number, key: string | undefined): void {
    this.errors.push({ line, reason: r.problems.join('; '), ...(key ? { key } : {}) });
  }

  protected warn(r: RowReader, line: number, key: string | undefined): void {
    for (const message of r.warnings)
      this.warnings.push({ line, message, ...(key ? { key } : {}) });
  }
}

export class VestigingRows extends Rows<VestigingRow> {
  private readonly seen = new Map<string, number>();
  private readonly boardOfBrin = new Map<string, { board: string; line: number }>();
  private readonly sectorSet = new Set<Sector>();

  constructor(
    width: number,
    columns: Columns,
    private readonly defaultSector: Sector | undefined,
  ) {
    super(width, columns);
  }

  get sectors(): Sector[] {
    return [...this.sectorSet].sort();
  }

  protected readRow(r: RowReader, line: number): void {
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
      this.columns.sector === undefined && this.defaultSector
        ? this.defaultSector
        : r.required(readSector(r.cell('sector')));
    const instellingsnaam = r.text('instellingsnaam', 'INSTELLINGSNAAM');
    const vestigingsnaam = r.text('vestigingsnaam', 'VESTIGINGSNAAM') ?? instellingsnaam;
    if (vestigingsnaam === null) r.problems.push('the name (VESTIGINGSNAAM) is empty');
    const onderwijsstructuren = r.required(readOnderwijsstructuur(r.cell('onderwijsstructuur')));
    const leerlingen =
      this.columns.leerlingen === undefined ? null : r.optional(readCount(r.cell('leerlingen')));
    const address = r.address();
    const gemeente = r.gemeente();
    const denominatie = r.text('denominatie', 'DENOMINATIE', 100);
    const provincie = r.text('provincie', 'PROVINCIE', 100);
    const key = brin && vestigingsnummer ? `${brin}${vestigingsnummer}` : brin;
    if (key && vestigingsnummer) {
      const earlier = this.seen.get(key);
      if (earlier !== undefined)
        r.problems.push(`vestiging ${key} appears again (first on line ${earlier})`);
    }
    if (brin && board) {
      const known = this.boardOfBrin.get(brin);
      if (known && known.board !== board)
        r.problems.push(
          `BRIN ${brin} has board ${known.board} on line ${known.line}, here ${board}; a school has one board`,
        );
    }
    this.warn(r, line, key);
    if (
      r.problems.length > 0 ||
      !brin ||
      !vestigingsnummer ||
      !board ||
      !sector ||
      !vestigingsnaam ||
      !onderwijsstructuren
    ) {
      this.refuse(r, line, key);
      return;
    }
    const vestigingCode = `${brin}${vestigingsnummer}`;
    this.seen.set(vestigingCode, line);
    if (!this.boardOfBrin.has(brin)) this.boardOfBrin.set(brin, { board, line });
    this.sectorSet.add(sector);
    this.rows.push({
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
}

export class BoardRows extends Rows<BoardRow> {
  private readonly seen = new Map<string, number>();

  protected readRow(r: RowReader, line: number): void {
    const board = r.required(readBoardNumber(r.cell('bevoegdGezagNummer')));
    const name = r.text('boardName', 'BEVOEGD GEZAG NAAM');
    if (name === null) r.problems.push('the name (BEVOEGD GEZAG NAAM) is empty');
    const address = r.address();
    const gemeente = r.gemeente();
    const denominatie = r.text('denominatie', 'DENOMINATIE', 100);
    if (board) {
      const earlier = this.seen.get(board);
      if (earlier !== undefined)
        r.problems.push(`board ${board} appears again (first on line ${earlier})`);
    }
    this.warn(r, line, board);
    if (r.problems.length > 0 || !board || !name) {
      this.refuse(r, line, board);
      return;
    }
    this.seen.set(board, line);
    this.rows.push({ line, bevoegdGezagNummer: board, name, address, gemeente, denominatie });
  }
}
