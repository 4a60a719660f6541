import { normaliseHeader, splitRecord } from '@inspectorate/duo';

type DuoFile = { name: string; bytes: Buffer };

const BOM = /^\u00EF\u00BB\u00BF/;

/** Lines of a file as latin1 text (byte for byte, whatever DUO's encoding), the header first. */
function lines(bytes: Buffer): string[] {
  return bytes
    .toString('latin1')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
}

function columnOf(header: string, name: string): number {
  const names = splitRecord(header.replace(BOM, '')).map((c) =>
    normaliseHeader(c).replace(/_/g, ' '),
  );
  return names.indexOf(name);
}

/**
 * GENERATED DATA. DUO publishes no financial figures of vo boards (only
 * po's, shared/data's README), so a run on the public files assesses no vo
 * board. For national size (the benchmark), every board of the real vo
 * vestigingen list that the financial files do not name gets the rows of
 * a po board of those files (the n-th vo board by number the
 * (n × 7 mod count)-th po board, the same in both files, so its balans and
 * its baten en lasten belong together), under its own number and
 * groepering `VO`. The rows are appended to the real balans and staat van
 * baten en lasten files, so they are imported and read as the real ones.
 * Files that are neither pass unchanged.
 */
export function withVoBoards(files: DuoFile[], voVestigingen: Buffer): DuoFile[] {
  const vo = lines(voVestigingen);
  const boardColumn = columnOf(vo[0], 'BEVOEGD GEZAG NUMMER');
  if (boardColumn < 0) throw new Error('the vo vestigingen list has no BEVOEGD GEZAG NUMMER');
  const financial = files.map((f) => {
    const all = lines(f.bytes);
    const header = all[0];
    const at = {
      board: columnOf(header, 'BEVOEGD GEZAG NUMMER'),
      groepering: columnOf(header, 'GROEPERING'),
      naam: columnOf(header, 'BEVOEGD GEZAG NAAM'),
    };
    return { file: f, all, header, rows: all.slice(1).map(splitRecord), at };
  });
  const isFinancial = (f: (typeof financial)[number]) =>
    f.at.board >= 0 && f.at.groepering >= 0 && f.at.naam >= 0;
  const named = new Set<string>();
  const perBoard = financial.filter(isFinancial).map((f) => {
    const rows = new Map<string, string[][]>();
    for (const cells of f.rows) {
      const board = cells[f.at.board].trim().padStart(5, '0');
      named.add(board);
      rows.set(board, [...(rows.get(board) ?? []), cells]);
    }
    return rows;
  });
  // Templates: the po boards every financial file names, by number.
  const templates = [...named].filter((b) => perBoard.every((rows) => rows.has(b))).sort();
  const voBoards = [
    ...new Set(vo.slice(1).map((l) => splitRecord(l)[boardColumn]?.trim().padStart(5, '0'))),
  ]
    .filter((b): b is string => !!b && Number(b) > 0 && !named.has(b))
    .sort();
  if (templates.length === 0) return files;
  let k = 0;
  return financial.map((f) => {
    if (!isFinancial(f)) return f.file;
    const rows = perBoard[k++];
    const added = voBoards.flatMap((board, n) =>
      rows.get(templates[(n * 7) % templates.length])!.map((template) => {
        const cells = [...template];
        cells[f.at.board] = board;
        cells[f.at.groepering] = 'VO';
        cells[f.at.naam] = `Gegenereerd vo-bestuur ${board}`;
        return cells.join(';');
      }),
    );
    const text = [...f.all, ...added].join('\r\n');
    return { name: f.file.name, bytes: Buffer.from(`${text}\r\n`, 'latin1') };
  });
}
