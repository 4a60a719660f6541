import { normaliseHeader } from './header';
import { splitRecord } from './records';

/**
 * National size times `factor`: each DUO file with its rows repeated
 * `factor - 1` more times under made-up identifiers, so a 2× run has twice
 * the vestigingen, schools and boards with the same distribution of
 * figures. Copy k gives every BRIN and board number one that no real file
 * uses (taken in order from the top of the number space), the same in every
 * file, so a copied vestiging keeps its pupils, exams and board. Files are
 * handled as latin1 text: byte for byte, whatever DUO's encoding.
 */
export function scaleFiles(
  files: { name: string; bytes: Buffer }[],
  factor: number,
): { name: string; bytes: Buffer }[] {
  if (factor === 1) return files;
  const parsed = files.map((f) => parse(f));
  const used = { brin: new Set<string>(), board: new Set<string>() };
  for (const p of parsed)
    for (const cells of p.rows) {
      if (p.brin !== undefined) used.brin.add(cells[p.brin].trim());
      if (p.vestiging !== undefined) used.brin.add(cells[p.vestiging].trim().slice(0, 4));
      if (p.board !== undefined) used.board.add(cells[p.board].trim().padStart(5, '0'));
    }
  const brins = freeBrins(used.brin);
  const boards = freeBoards(used.board);
  const brinOf = new Map<string, string>();
  const boardOf = new Map<string, string>();
  const newBrin = (k: number, brin: string) => {
    const key = `${k}|${brin}`;
    let value = brinOf.get(key);
    if (!value) {
      value = next(brins, 'BRIN');
      brinOf.set(key, value);
    }
    return value;
  };
  const newBoard = (k: number, board: string) => {
    // 0 is DUO's "no known board": it stays 0.
    if (Number(board) === 0) return board;
    const key = `${k}|${board.padStart(5, '0')}`;
    let value = boardOf.get(key);
    if (!value) {
      value = next(boards, 'board number');
      boardOf.set(key, value);
    }
    return value;
  };
  return parsed.map((p) => {
    const lines = [p.header];
    for (const cells of p.rows) lines.push(join(cells, p.quoted));
    for (let k = 1; k < factor; k++)
      for (const original of p.rows) {
        const cells = [...original];
        if (p.brin !== undefined) cells[p.brin] = newBrin(k, cells[p.brin].trim());
        if (p.vestiging !== undefined) {
          const code = cells[p.vestiging].trim();
          if (code.length === 6) cells[p.vestiging] = newBrin(k, code.slice(0, 4)) + code.slice(4);
        }
        if (p.board !== undefined) cells[p.board] = newBoard(k, cells[p.board].trim());
        lines.push(join(cells, p.quoted));
      }
    return { name: p.name, bytes: Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1') };
  });
}

const BOM = /^\u00EF\u00BB\u00BF/;

interface Parsed {
  name: string;
  header: string;
  quoted: boolean;
  rows: string[][];
  brin?: number;
  vestiging?: number;
  board?: number;
}

function parse(file: { name: string; bytes: Buffer }): Parsed {
  const lines = file.bytes.toString('latin1').split(/\r?\n/);
  const header = lines[0];
  // A UTF-8 byte-order mark, read as latin1, is three characters before the first name.
  const names = splitRecord(header.replace(BOM, '')).map((c) =>
    normaliseHeader(c).replace(/_/g, ' '),
  );
  const find = (...wanted: string[]) => {
    const i = names.findIndex((n) => wanted.includes(n));
    return i < 0 ? undefined : i;
  };
  return {
    name: file.name,
    header,
    quoted: header.replace(BOM, '').startsWith('"'),
    rows: lines
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => splitRecord(l)),
    brin: find('BRIN NUMMER', 'INSTELLINGSCODE'),
    vestiging: find('VESTIGINGSNUMMER', 'VESTIGINGSCODE'),
    board: find('BEVOEGD GEZAG NUMMER'),
  };
}

function join(cells: string[], quoted: boolean): string {
  return cells.map((c) => (quoted || /[;"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';');
}

const LETTERS = 'ZYXWVUTSRQPONMLKJIHGFEDCBA';

function* freeBrins(used: Set<string>): Generator<string> {
  for (let d = 99; d >= 0; d--)
    for (const a of LETTERS)
      for (const b of LETTERS) {
        const brin = `${String(d).padStart(2, '0')}${a}${b}`;
        if (!used.has(brin)) yield brin;
      }
}

function* freeBoards(used: Set<string>): Generator<string> {
  for (let n = 99999; n > 0; n--) {
    const board = String(n).padStart(5, '0');
    if (!used.has(board)) yield board;
  }
}

function next(free: Generator<string>, what: string): string {
  const { value, done } = free.next();
  if (done) throw new Error(`no free ${what} left to scale the DUO files`);
  return value;
}
