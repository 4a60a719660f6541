import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuoFileRejected, type ListKind, parseDuoFile } from './parse';

/** Where the team keeps real public DUO files (see its README). */
export const SHARED_DATA_DIR = resolve(__dirname, '../../../../../shared/data');

export interface RealDuoFile {
  path: string;
  kind: ListKind;
}

/**
 * The real DUO lists in `dir`, recognised by their header (the same check the
 * import does), not by file name: DUO's names change every year. Tests and
 * the benchmark use these when present and generate lists otherwise.
 */
export function findRealDuoFiles(dir = SHARED_DATA_DIR): RealDuoFile[] {
  if (!existsSync(dir)) return [];
  const found: RealDuoFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(csv|txt)$/i.test(name)) continue;
    const path = join(dir, name);
    try {
      // Lists without a sector column are read as po only to recognise them.
      found.push({ path, kind: parseDuoFile(readFileSync(path), { sector: 'po' }).kind });
    } catch (error) {
      if (!(error instanceof DuoFileRejected)) throw error;
    }
  }
  return found;
}
