import type { DuoEncoding } from './decode';
import { fieldCountProblem, normaliseHeader } from './header';
import { type DuoRead, type RecordSink, readDuoBytes, readDuoStream } from './read';
import { type DuoRecord, RecordSplitter } from './records';
import { DuoFileRejected } from './rejected';

/**
 * A DUO list read by a spec: which list it is comes from the header names
 * (DUO renames files every year and has two generations of column names),
 * never from the file name. A header that is not the expected list refuses
 * the whole file; a bad row is reported with its line number and skipped.
 */

/** A row that was not used: its line in the file (the header is line 1) and why. */
export interface RowError {
  line: number;
  message: string;
}

/** What a list's reader does with the header and with each row. */
export interface TableSpec<Row, Columns> {
  /** Human name of the list, for messages ("vo examenkandidaten en geslaagden"). */
  name: string;
  /** The columns this list needs (from the normalised header), or a sentence saying what is missing. */
  columns(header: readonly string[]): Columns | string;
  /** One row, or the reason it cannot be used. */
  row(cells: readonly string[], columns: Columns): Row | string;
}

export interface TableRead<Row> {
  rows: Row[];
  errors: RowError[];
  totalRows: number;
}

/** The header of a list, checked: refuses what has too few columns to be a DUO list. */
export function readHeader(cells: readonly string[], listName: string): string[] {
  const header = cells.map(normaliseHeader);
  if (header.length < 3) {
    throw new DuoFileRejected(
      `not a ${listName} list: the header has ${header.length} column(s) ('${cells.join(';').slice(0, 80)}'); DUO lists have many columns separated by ';'`,
    );
  }
  return header;
}

export class TableReader<Row, Columns> implements RecordSink<TableRead<Row>> {
  private columns: Columns | null = null;
  private width = 0;
  readonly rows: Row[] = [];
  readonly errors: RowError[] = [];
  private total = 0;
  private splitter: RecordSplitter | null = null;

  constructor(
    private readonly spec: TableSpec<Row, Columns>,
    /** Called per row instead of collecting rows (for streaming imports). */
    private readonly onRow?: (row: Row, line: number) => void,
  ) {}

  /** One line of text (without its line break), for a caller that splits lines itself. */
  push(line: string): void {
    this.splitter ??= new RecordSplitter();
    const records: DuoRecord[] = [];
    this.splitter.push(`${line}\n`, records);
    for (const record of records) this.record(record);
  }

  record({ cells, line, unclosedQuote }: DuoRecord): void {
    if (this.columns === null) {
      const header = readHeader(cells, this.spec.name);
      const columns = this.spec.columns(header);
      if (typeof columns === 'string')
        throw new DuoFileRejected(`not a ${this.spec.name} list: ${columns}`);
      this.width = header.length;
      this.columns = columns;
      return;
    }
    this.total += 1;
    const problem = unclosedQuote
      ? 'a quoted field is never closed'
      : fieldCountProblem(cells, this.width);
    if (problem) {
      this.errors.push({ line, message: problem });
      return;
    }
    const row = this.spec.row(cells, this.columns);
    if (typeof row === 'string') this.errors.push({ line, message: row });
    else if (this.onRow) this.onRow(row, line);
    else this.rows.push(row);
  }

  finish(): TableRead<Row> {
    if (this.splitter) {
      const records: DuoRecord[] = [];
      this.splitter.end(records);
      for (const record of records) this.record(record);
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
  const { result, encoding } = readDuoBytes(bytes, new TableReader(spec));
  return { ...result, encoding };
}

/** A file as it arrives through `spec`, without holding the event loop. */
export async function readTableStream<Row, Columns>(
  spec: TableSpec<Row, Columns>,
  source: Uint8Array | AsyncIterable<Uint8Array>,
): Promise<TableRead<Row> & { encoding: DuoEncoding }> {
  const { result, encoding }: DuoRead<TableRead<Row>> = await readDuoStream(
    source,
    () => new TableReader(spec),
  );
  return { ...result, encoding };
}
