import { closeSync, existsSync, openSync, readSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SECTORS, type Sector } from '@inspectorate/contracts';
import { sharedDuoDir } from '@inspectorate/duo';
import { DuoFileRejected, type ListKind, parseDuoFile } from './parse';

/** Where the team keeps real public DUO files: ../shared/data/duo (see its README). */
export const SHARED_DUO_DIR = sharedDuoDir();

export interface RealDuoFile {
  path: string;
  kind: ListKind;
  /** The sector, from the folder (`po/…`, `vo/…`): DUO's address lists have no sector column. */
  sector: Sector | undefined;
}

/** The header and the first row: enough to recognise a list without reading it all. */
function head(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const first = buffer.indexOf(0x0a);
    const second = first < 0 ? -1 : buffer.indexOf(0x0a, first + 1);
    return buffer.subarray(0, second < 0 ? length : second + 1);
  } finally {
    closeSync(fd);
  }
}

function* csvFiles(dir: string): Iterable<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* csvFiles(path);
    else if (/\.(csv|txt)$/i.test(entry.name)) yield path;
  }
}

/**
 * The real DUO lists of vestigingen and boards under `dir` and its folders
 * (`po/2026-04/…`, `vo/2020/…`), recognised by their header (the same check
 * the import does), not by file name: DUO's names change every year. The
 * other files there (exam results, pupils, finances) are not such lists and
 * are left out. Tests and the benchmark use these when present and generate
 * lists otherwise.
 */
export function findRealDuoFiles(dir = SHARED_DUO_DIR): RealDuoFile[] {
  if (!existsSync(dir)) return [];
  const found: RealDuoFile[] = [];
  for (const path of csvFiles(dir)) {
    const folder = relative(dir, path).split(sep)[0] ?? '';
    const sector = (SECTORS as readonly string[]).includes(folder) ? (folder as Sector) : undefined;
    try {
      // A list without a sector column is read as po here only to recognise it.
      const kind = parseDuoFile(head(path), { sector: sector ?? 'po' }).kind;
      found.push({ path, kind, sector });
    } catch (error) {
      if (!(error instanceof DuoFileRejected)) throw error;
    }
  }
  return found;
}
