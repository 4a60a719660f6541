import { decodeDuo, type DuoEncoding } from './decode';

/**
 * A DUO semicolon list read one line at a time, so an importer can feed it
 * from a stream without holding the file: `TableReader.push(line)` per line,
 * `finish()` at the end. Which list it is comes from the header names (DUO
 * renames files every year and has two generations of column names), never
 * from the file name. A header that is not the expected list refuses the
 * whole file; a bad row is reported with its line number and skipped.
 */

/** The file is not the list we expected, as a whole: nothing of it is used. */
export class DuoFileRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DuoFileRejected';
  }
}

/** A row that was not used: its line in the file (the header is line 1) and why. */
export interface RowError {
  line: number;
  message: string;
}

/** What a list's reader does with the header and with each row. */
export interface TableSpec<Row, Columns> {
  /** Human name of the list, for messages ("vo examenkandidaten en geslaagden"). */
  name: string;
  /** The columns this list needs, or a sentence saying what is missing. */
  columns(header: readonly string[]): Columns | string;
  /** One row, or the reason it cannot be used. */
  row(cells: readonly string[], columns: Columns): Row | string;
}

export interface TableRead<Row> {
  rows: Row[];
  errors: RowError[];
  totalRows: number;
}

/** Splits one CSV record (`;`, double quotes, `""` inside quotes). */
export function splitRecord(record: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i];
    if (quoted) {
      if (ch === '"' && record[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ';') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** Whether a record has an open quote (a field that goes on on the next line). */
function openQuote(record: string): boolean {
  let count = 0;
  for (const ch of record) if (ch === '"') count += 1;
  return count % 2 === 1;
}

export class TableReader<Row, Columns> {
  private columns: Columns | null = null;
  private header: string[] = [];
  private lineNo = 0;
  private pending: { text: string; line: number } | null = null;
  readonly rows: Row[] = [];
  readonly errors: RowError[] = [];
  private total = 0;

  constructor(
    private readonly spec: TableSpec<Row, Columns>,
    /** Called per row instead of collecting rows (for streaming imports). */
    private readonly onRow?: (row: Row, line: number) => void,
  ) {}

  push(rawLine: string): void {
    this.lineNo += 1;
    const line = rawLine.replace(/\r$/, '');
    const record = this.pending
      ? { text: `${this.pending.text}\n${line}`, line: this.pending.line }
      : { text: line, line: this.lineNo };
    if (openQuote(record.text)) {
      this.pending = record;
      return;
    }
    this.pending = null;
    this.record(record.text, record.line);
  }

  private record(text: string, line: number): void {
    if (this.columns === null) {
      this.readHeader(text);
      return;
    }
    if (text.trim() === '') return;
    this.total += 1;
    const cells = splitRecord(text);
    if (cells.length !== this.header.length) {
      this.errors.push({
        line,
        message: `the row has ${cells.length} fields, the header has ${this.header.length}`,
      });
      return;
    }
    const row = this.spec.row(cells, this.columns);
    if (typeof row === 'string') this.errors.push({ line, message: row });
    else if (this.onRow) this.onRow(row, line);
    else this.rows.push(row);
  }

  private readHeader(text: string): void {
    const header = splitRecord(text.replace(/^\uFEFF/, '')).map((c) => c.trim().toUpperCase());
    if (header.length < 3) {
      throw new DuoFileRejected(
        `not a ${this.spec.name} list: the header has ${header.length} column(s) ('${text.slice(0, 80)}'); DUO lists have many columns separated by ';'`,
      );
    }
    const columns = this.spec.columns(header);
    if (typeof columns === 'string') {
      throw new DuoFileRejected(`not a ${this.spec.name} list: ${columns}`);
    }
    this.header = header;
    this.columns = columns;
  }

  finish(): TableRead<Row> {
    if (this.pending) {
      this.errors.push({ line: this.pending.line, message: 'a quoted field is never closed' });
      this.pending = null;
    }
    if (this.columns === null) throw new DuoFileRejected('the file is empty');
    if (this.total === 0) {
      throw new DuoFileRejected(`the ${this.spec.name} list has a header but no rows`);
    }
    return { rows: this.rows, errors: this.errors, totalRows: this.total };
  }
}

/** A whole file (bytes as DUO published them) through `spec`. */
export function readTable<Row, Columns>(
  spec: TableSpec<Row, Columns>,
  bytes: Uint8Array,
): TableRead<Row> & { encoding: DuoEncoding } {
  const { text, encoding } = decodeDuo(bytes);
  if (text.trim() === '') throw new DuoFileRejected('the file is empty');
  const reader = new TableReader(spec);
  for (const line of text.split('\n')) reader.push(line);
  return { ...reader.finish(), encoding };
}

/** Index of the first header name among `names`; undefined when none is there. */
export function column(header: readonly string[], ...names: string[]): number | undefined {
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
