import { existsSync, readFileSync } from 'node:fs';
import { eindscoreSpec } from './eindscores';
import { examenSpec } from './examens';
import { balansSpec, batenLastenSpec } from './financien';
import { poLeerlingenSpec, voLeerlingenSpec } from './leerlingen';
import { readTable } from './table';
import type { DuoImports } from './to-inputs';
import { basename, join } from 'node:path';
import { sharedDuoDir } from '@inspectorate/duo';

/** Where the team keeps real public DUO files: `shared/data/duo` beside the repo clone (libs/duo). */
export const SHARED_DUO_DIR = sharedDuoDir();

export const REAL_FILES = {
  examens2014: 'vo/examens/examenkandidaten-en-geslaagden-2014-2019.csv',
  examens2019: 'vo/examens/duo_examen_raw_all.csv',
  voLeerlingen2019: 'vo/leerlingen/leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv',
  eindscores2019: 'po/eindscores/gemiddelde-eindscores-bo-sbo-2018-2019.csv',
  poLeerlingen: 'po/leerlingen/06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv',
  balans: 'po/financien/01.-po-(mab)-balans-2011-2015.csv',
  batenLasten: 'po/financien/02.-po-(mb)-staat-van-baten-en-lasten-2011-2015.csv',
  poVestigingen2026: 'po/2026-04/02.-alle-schoolvestigingen-basisonderwijs.csv',
  voVestigingen2020: 'vo/2020/alle-vestigingen-vo.csv',
} as const;

/** The real statistics files a run reads (the others are registry lists). */
export const STATISTICS_FILES = [
  'examens2014',
  'examens2019',
  'eindscores2019',
  'poLeerlingen',
  'voLeerlingen2019',
  'balans',
  'batenLasten',
] as const satisfies readonly (keyof typeof REAL_FILES)[];

/** The path of a real file, or null when shared/ is not beside this checkout. */
export function realFile(name: keyof typeof REAL_FILES, dir = SHARED_DUO_DIR): string | null {
  const path = join(dir, REAL_FILES[name]);
  return existsSync(path) ? path : null;
}

/** A real file's bytes and name, for tests; throws when shared/ is absent. */
export function realBytes(name: keyof typeof REAL_FILES): { bytes: Buffer; fileName: string } {
  const path = realFile(name);
  if (!path) throw new Error(`real DUO file ${REAL_FILES[name]} is missing (shared/data/duo)`);
  return { bytes: readFileSync(path), fileName: basename(path) };
}

/** Every real statistics file, read (for tests and the benchmark). Throws when shared/ is absent. */
export function readRealDuo(dir = SHARED_DUO_DIR): DuoImports {
  const bytes = (name: keyof typeof REAL_FILES) => {
    const path = realFile(name, dir);
    if (!path) throw new Error(`real DUO file ${REAL_FILES[name]} not found under ${dir}`);
    return readFileSync(path);
  };
  return {
    balans: readTable(balansSpec, bytes('balans')).rows,
    batenLasten: readTable(batenLastenSpec, bytes('batenLasten')).rows,
    examens: [
      ...readTable(examenSpec, bytes('examens2014')).rows,
      ...readTable(examenSpec, bytes('examens2019')).rows,
    ],
    eindscores: readTable(eindscoreSpec, bytes('eindscores2019')).rows,
    poLeerlingen: readTable(poLeerlingenSpec, bytes('poLeerlingen')).rows,
    voLeerlingen: [
      { year: 2019, rows: readTable(voLeerlingenSpec, bytes('voLeerlingen2019')).rows },
    ],
  };
}
