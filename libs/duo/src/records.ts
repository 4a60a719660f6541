/**
 * DUO's lists as records: `;`-separated cells, double quotes around a cell
 * that holds `;`, a line break or a quote (doubled inside: `"BS ""X"""`).
 * Text goes in in pieces of any size (as a stream delivers it) and records
 * come out whole, each with the line it starts on (the header is line 1),
 * so a bad row is reported where a person finds it in the file.
 */
export interface DuoRecord {
  cells: string[];
  /** The line the record starts on; a quoted line break makes it span more. */
  line: number;
  /** Set on a last record whose quoted cell is never closed (the file ended inside it). */
  unclosedQuote?: true;
}

/** A record whose quoted cell goes on on the next line. */
interface Partial_ {
  cells: string[];
  cell: string;
  line: number;
}

export class RecordSplitter {
  /** Text after the last line break, waiting for the rest of its line. */
  private carry = '';
  private lineNo = 0;
  private partial: Partial_ | null = null;

  /** Adds text; every record it completes goes to `out`. Blank lines are skipped. */
  push(text: string, out: DuoRecord[]): void {
    let data = this.carry + text;
    let start = 0;
    // The next LF and CR, looked up again only once passed (most files have no CR at all).
    let lf = -2;
    let cr = -2;
    for (;;) {
      if (lf !== -1 && lf < start) lf = data.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = data.indexOf('\r', start);
      const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      // A CR at the very end may be the first half of a CRLF: wait for the next piece.
      if (end < 0 || (end === cr && end === data.length - 1)) break;
      this.line(data.slice(start, end), out);
      start = end === cr && data[end + 1] === '\n' ? end + 2 : end + 1;
    }
    data = data.slice(start);
    this.carry = data;
  }

  /** The end of the text: the last line, if it had no line break. */
  end(out: DuoRecord[]): void {
    if (this.carry !== '') this.line(this.carry.replace(/\r$/, ''), out);
    this.carry = '';
    if (this.partial) {
      const { cells, cell, line } = this.partial;
      out.push({ cells: [...cells, cell], line, unclosedQuote: true });
      this.partial = null;
    }
  }

  private line(text: string, out: DuoRecord[]): void {
    this.lineNo += 1;
    let state = this.partial;
    if (state === null) {
      if (text.trim() === '') return;
      // Most lines have no quote at all: split them directly.
      if (!text.includes('"')) {
        out.push({ cells: text.split(';'), line: this.lineNo });
        return;
      }
      state = { cells: [], cell: '', line: this.lineNo };
      this.partial = null;
      if (splitInto(text, state, false)) this.partial = state;
      else out.push({ cells: state.cells, line: state.line });
      return;
    }
    // Inside a quoted cell: the line break is part of it.
    state.cell += '\n';
    if (splitInto(text, state, true)) return;
    this.partial = null;
    out.push({ cells: state.cells, line: state.line });
  }
}

/**
 * Splits one line into `state`, starting inside a quoted cell when `quoted`.
 * Returns whether the line ends inside a quoted cell (the record goes on).
 * A quote opens a quoted cell only at the cell's start (after spaces); one
 * anywhere else is kept as text, as is text after a closing quote.
 */
function splitInto(text: string, state: Partial_, quoted: boolean): boolean {
  let inQuotes = quoted;
  let wasQuoted = quoted;
  let cell = state.cell;
  let i = 0;
  // Jumps from quote to quote and from delimiter to delimiter (a cell at a time, not a character).
  while (i < text.length) {
    if (inQuotes) {
      const q = text.indexOf('"', i);
      if (q < 0) {
        cell += text.slice(i);
        i = text.length;
      } else if (text[q + 1] === '"') {
        cell += `${text.slice(i, q)}"`;
        i = q + 2;
      } else {
        cell += text.slice(i, q);
        inQuotes = false;
        i = q + 1;
      }
      continue;
    }
    const semi = text.indexOf(';', i);
    const quote = text.indexOf('"', i);
    if (quote >= 0 && (semi < 0 || quote < semi)) {
      const before = text.slice(i, quote);
      if (!wasQuoted && (cell + before).trim() === '') {
        inQuotes = true;
        wasQuoted = true;
        cell = '';
      } else cell += `${before}"`;
      i = quote + 1;
    } else if (semi >= 0) {
      state.cells.push(cell + text.slice(i, semi));
      cell = '';
      wasQuoted = false;
      i = semi + 1;
      // A delimiter at the very end opens one more, empty, cell.
      if (i === text.length) break;
    } else {
      cell += text.slice(i);
      i = text.length;
    }
  }
  if (inQuotes) {
    state.cell = cell;
    return true;
  }
  state.cells.push(cell);
  state.cell = '';
  return false;
}

/** The cells of one record (a line without a line break inside quotes). */
export function splitRecord(record: string): string[] {
  const out: DuoRecord[] = [];
  const splitter = new RecordSplitter();
  splitter.push(record, out);
  splitter.end(out);
  return out[0]?.cells ?? [''];
}
