import { eindscoreSpec } from '../duo/eindscores';
import { examenSpec } from '../duo/examens';
import { balansSpec, batenLastenSpec } from '../duo/financien';
import { poLeerlingenSpec, voLeerlingenSpec } from '../duo/leerlingen';
import { normaliseHeader } from '@inspectorate/duo';
import { DuoFileRejected, type TableSpec, splitRecord } from '../duo/table';

/**
 * The DUO statistics lists risk-analysis imports, each with the period a
 * file covers. A file replaces the stored data of its list and period (a
 * corrected republication), and lives beside the other periods (the exam
 * results of 2014-2019 and of 2019-2024 are two files of one list).
 */
export const LIST_NAMES = [
  'examens',
  'eindscores',
  'poLeerlingen',
  'voLeerlingen',
  'balans',
  'batenLasten',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

interface ListDef {
  // The specs differ in their row and column types; the import treats rows as data.
  spec: TableSpec<unknown, unknown>;
  label: string;
  /** The period the rows cover, e.g. "2014-2015..2018-2019" or "2011..2015". */
  period(rows: unknown[], year: number | null): string;
}

const span = (values: (string | number)[]): string => {
  const sorted = [...new Set(values.map(String))].sort();
  return sorted.length === 1 ? sorted[0] : `${sorted[0]}..${sorted.at(-1)}`;
};

type Years = { years: { schooljaar: string }[] };
type Jaar = { jaar: number };

export const LISTS: Record<ListName, ListDef> = {
  examens: {
    spec: examenSpec as TableSpec<unknown, unknown>,
    label: 'vo examenkandidaten en geslaagden',
    period: (rows) => span((rows as Years[]).flatMap((r) => r.years.map((y) => y.schooljaar))),
  },
  eindscores: {
    spec: eindscoreSpec as TableSpec<unknown, unknown>,
    label: 'gemiddelde eindscores po',
    period: (rows) => span((rows as { schooljaar: string }[]).map((r) => r.schooljaar)),
  },
  poLeerlingen: {
    spec: poLeerlingenSpec as TableSpec<unknown, unknown>,
    label: 'historisch overzicht leerlingen po',
    period: (rows) =>
      span(
        (rows as { perYear: { year: number }[] }[]).flatMap((r) => r.perYear.map((y) => y.year)),
      ),
  },
  voLeerlingen: {
    spec: voLeerlingenSpec as TableSpec<unknown, unknown>,
    label: 'leerlingen vo per vestiging',
    period: (_rows, year) => String(year),
  },
  balans: {
    spec: balansSpec as TableSpec<unknown, unknown>,
    label: 'balans po per bevoegd gezag',
    period: (rows) => span((rows as Jaar[]).map((r) => r.jaar)),
  },
  batenLasten: {
    spec: batenLastenSpec as TableSpec<unknown, unknown>,
    label: 'staat van baten en lasten po per bevoegd gezag',
    period: (rows) => span((rows as Jaar[]).map((r) => r.jaar)),
  },
};

/** The header of a DUO file's text as the specs read it (normalised as libs/duo's reader does). */
export function headerOf(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  return splitRecord(first.replace(/\r$/, '')).map(normaliseHeader);
}

/**
 * Which list a file is, from its header names alone (DUO renames its files
 * every year). With `expected`, the file must be that list; without, exactly
 * one list must match. Anything else refuses the whole file, saying why.
 */
export function detectList(header: readonly string[], expected?: ListName): ListName {
  if (expected) {
    const columns = LISTS[expected].spec.columns(header);
    if (typeof columns === 'string')
      throw new DuoFileRejected(`not a ${LISTS[expected].label} list (${expected}): ${columns}`);
    return expected;
  }
  const matches = LIST_NAMES.filter((name) => typeof LISTS[name].spec.columns(header) !== 'string');
  if (matches.length === 1) return matches[0];
  if (matches.length > 1)
    throw new DuoFileRejected(
      `the header fits several lists (${matches.join(', ')}); say which with list=`,
    );
  throw new DuoFileRejected(
    `not one of the lists risk-analysis imports (${LIST_NAMES.join(', ')}): the header ` +
      `'${header.slice(0, 6).join(';')}${header.length > 6 ? ';...' : ''}' matches none of them`,
  );
}

/** DUO's vo pupils file has no year column: the year comes from the caller or the file name. */
export function yearFromFileName(fileName: string | undefined): number | null {
  const years = fileName?.match(/(19|20)[0-9]{2}/g);
  return years ? Number(years.at(-1)) : null;
}
