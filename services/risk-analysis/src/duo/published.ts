import type { DuoImports } from './to-inputs';

/**
 * When each of DUO's statistics of a data year is public, so that a run
 * about a day uses only what was known on it: a run dated in the past then
 * neither takes figures published after its day nor changes its input hash
 * when later files are imported. DUO publishes each of these once a year;
 * the days below are on the late side of its calendar, so a run never uses
 * a figure before it was out (at worst a few weeks after):
 * - pupils counted on 1 October of year Y: from 1 April of Y+1;
 * - exam results and eindtoets scores of schooljaar S-(S+1): from 1 January of S+2;
 * - a board's annual figures of year J (the annual report is due by
 *   1 July of J+1): from 1 January of J+2.
 */
export const PUBLISHED_FROM = {
  leerlingen: (year: number): string => `${year + 1}-04-01`,
  schooljaar: (schooljaar: string): string => `${Number(schooljaar.slice(0, 4)) + 2}-01-01`,
  financien: (jaar: number): string => `${jaar + 2}-01-01`,
};

/**
 * The statistics as they were known on `asOf` (ISO date): rows and years
 * published after it left out. Rows that keep all their years are the same
 * objects, so a current run copies almost nothing.
 */
export function knownOn(duo: DuoImports, asOf: string): DuoImports {
  const known = {
    leerlingen: (year: number) => PUBLISHED_FROM.leerlingen(year) <= asOf,
    schooljaar: (s: string) => PUBLISHED_FROM.schooljaar(s) <= asOf,
    financien: (jaar: number) => PUBLISHED_FROM.financien(jaar) <= asOf,
  };
  const examens = keepKnown(
    duo.examens,
    (r) => r.years,
    (y) => known.schooljaar(y.schooljaar),
    (r, years) => ({ ...r, years }),
  );
  const poLeerlingen = keepKnown(
    duo.poLeerlingen,
    (r) => r.perYear,
    (y) => known.leerlingen(y.year),
    (r, perYear) => ({ ...r, perYear }),
  );
  return {
    balans: duo.balans.filter((r) => known.financien(r.jaar)),
    batenLasten: duo.batenLasten.filter((r) => known.financien(r.jaar)),
    examens,
    eindscores: duo.eindscores.filter((r) => known.schooljaar(r.schooljaar)),
    poLeerlingen,
    voLeerlingen: duo.voLeerlingen.filter((f) => known.leerlingen(f.year)),
  };
}

/** Rows with only their known years; a row with none left out, one with all kept as it is. */
function keepKnown<R, Y>(
  rows: R[],
  yearsOf: (row: R) => Y[],
  known: (year: Y) => boolean,
  withYears: (row: R, years: Y[]) => R,
): R[] {
  const out: R[] = [];
  for (const r of rows) {
    const years = yearsOf(r);
    const kept = years.filter(known);
    if (kept.length === years.length) out.push(r);
    else if (kept.length > 0) out.push(withYears(r, kept));
  }
  return out;
}
