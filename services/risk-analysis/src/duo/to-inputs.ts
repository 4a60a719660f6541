import type { CaseworkInput, MonitoringInput, RunInputs, VestigingInput } from '../domain/inputs';
import type { EindscoreRow } from './eindscores';
import type { ExamRow } from './examens';
import type { Balans, BatenLasten, FinanceRow } from './financien';
import type { PoLeerlingenRow, VoLeerlingenRow } from './leerlingen';
import { knownOn } from './published';

export interface DuoImports {
  balans: FinanceRow<Balans>[];
  batenLasten: FinanceRow<BatenLasten>[];
  examens: ExamRow[];
  eindscores: EindscoreRow[];
  poLeerlingen: PoLeerlingenRow[];
  /** Per file year: DUO's vo pupils file has no year column. */
  voLeerlingen: { year: number; rows: VoLeerlingenRow[] }[];
}

export const emptyDuoImports = (): DuoImports => ({
  balans: [],
  batenLasten: [],
  examens: [],
  eindscores: [],
  poLeerlingen: [],
  voLeerlingen: [],
});

const PO_SOORT: Record<string, VestigingInput['sector']> = {
  BO: 'po',
  SBO: 'po',
  SO: 'so',
  'SO/VSO': 'so',
  VSO: 'vso',
};

/**
 * Run inputs from DUO's statistics alone, for when registry events are not
 * there (tests, the benchmark): the statistics known on `asOf` (see
 * published.ts), and the vestigingen they name that were open then, with
 * their provincie. The service takes vestigingen from registry events.
 */
export function inputsFromDuo(
  all: DuoImports,
  asOf: string,
  extra: { monitoring?: MonitoringInput[]; casework?: CaseworkInput } = {},
): RunInputs {
  const duo = knownOn(all, asOf);
  const closed = closedVestigingen(duo);
  const vestigingen = new Map<string, VestigingInput>();
  for (const r of duo.poLeerlingen) {
    const sector = PO_SOORT[r.soort];
    if (!sector || r.bevoegdGezag === null || closed.has(r.vestiging)) continue;
    vestigingen.set(r.vestiging, {
      vestiging: r.vestiging,
      bevoegdGezag: r.bevoegdGezag,
      naam: r.naam,
      sector,
      provincie: null,
    });
  }
  for (const r of duo.eindscores) {
    if (closed.has(r.vestiging)) continue;
    const known = vestigingen.get(r.vestiging);
    vestigingen.set(r.vestiging, {
      vestiging: r.vestiging,
      bevoegdGezag: r.bevoegdGezag,
      naam: r.naam,
      sector: known?.sector ?? 'po',
      provincie: null,
    });
  }
  for (const r of duo.examens) {
    if (vestigingen.has(r.vestiging) || closed.has(r.vestiging)) continue;
    vestigingen.set(r.vestiging, {
      vestiging: r.vestiging,
      bevoegdGezag: null,
      naam: r.naam,
      sector: 'vo',
      provincie: null,
    });
  }
  const provincieOf = provincies(duo);
  for (const v of vestigingen.values()) v.provincie = provincieOf(v.vestiging);
  const boards = new Map<string, string>();
  for (const r of duo.balans) boards.set(r.bevoegdGezag, r.naam);
  const leerlingen: RunInputs['leerlingen'] = [];
  for (const r of duo.poLeerlingen)
    for (const y of r.perYear)
      leerlingen.push({ vestiging: r.vestiging, year: y.year, leerlingen: y.leerlingen });
  for (const file of duo.voLeerlingen) {
    const sums = new Map<string, number | null>();
    for (const r of file.rows) {
      const before = sums.has(r.vestiging) ? sums.get(r.vestiging)! : 0;
      sums.set(
        r.vestiging,
        before === null || r.leerlingen === null ? null : before + r.leerlingen,
      );
    }
    for (const [vestiging, n] of sums)
      leerlingen.push({ vestiging, year: file.year, leerlingen: n });
  }
  return {
    asOf,
    boards: [...boards].map(([bevoegdGezag, naam]) => ({ bevoegdGezag, naam })),
    vestigingen: [...vestigingen.values()],
    balans: duo.balans,
    batenLasten: duo.batenLasten,
    examens: duo.examens,
    eindscores: duo.eindscores,
    leerlingen,
    monitoring: extra.monitoring ?? [],
    casework: extra.casework ?? { complete: false, vestigingen: [] },
  };
}

/**
 * The vestigingen the statistics name that had closed by the day they were
 * known on (a closed school gets no assessment for the years after it
 * closed). po, so and vso: no pupils (0) in the latest count, or absent
 * from the pupils file although it counts a later year than their
 * eindscores. vo: no exam candidates in the latest schooljaar (a masked
 * count is some), unless a pupils file at least as recent counts pupils
 * there. A list that is not there decides nothing: without the pupils
 * file, no po vestiging counts as closed.
 */
export function closedVestigingen(duo: DuoImports): Set<string> {
  const closed = new Set<string>();
  let lastCount: number | null = null;
  for (const r of duo.poLeerlingen)
    for (const y of r.perYear) if (lastCount === null || y.year > lastCount) lastCount = y.year;
  const counted = new Set<string>();
  for (const r of duo.poLeerlingen) {
    counted.add(r.vestiging);
    const last = r.perYear.find((y) => y.year === lastCount);
    if (!last || last.leerlingen === 0) closed.add(r.vestiging);
  }
  for (const r of duo.eindscores)
    if (!counted.has(r.vestiging) && lastCount !== null && lastCount > startYear(r.schooljaar))
      closed.add(r.vestiging);
  let lastExam: string | null = null;
  for (const r of duo.examens)
    for (const y of r.years)
      if (lastExam === null || y.schooljaar > lastExam) lastExam = y.schooljaar;
  if (lastExam === null) return closed;
  const open = new Set<string>();
  for (const r of duo.examens)
    if (r.years.some((y) => y.schooljaar === lastExam && y.kandidaten !== 0)) open.add(r.vestiging);
  for (const file of duo.voLeerlingen)
    if (file.year >= startYear(lastExam))
      for (const r of file.rows) if (r.leerlingen !== 0) open.add(r.vestiging);
  for (const r of duo.examens) if (!open.has(r.vestiging)) closed.add(r.vestiging);
  return closed;
}

const startYear = (schooljaar: string) => Number(schooljaar.slice(0, 4));

/**
 * Each vestiging's provincie as DUO's statistics give it: its own where a
 * file names one (eindscores for po, the pupils file for vo), else its
 * gemeente's (so, vso, po without eindscores, vo outside the pupils file
 * have only a gemeente). `gemeente` is for a vestiging the statistics do
 * not name (one only the registry knows); null when neither is known.
 */
export function provincies(
  duo: DuoImports,
): (vestiging: string, gemeente?: string | null) => string | null {
  const own = new Map<string, string>();
  for (const r of duo.eindscores) if (r.provincie) own.set(r.vestiging, r.provincie);
  for (const file of duo.voLeerlingen)
    for (const r of file.rows) if (r.provincie) own.set(r.vestiging, r.provincie);
  const gemeenteOf = new Map<string, string>();
  for (const r of duo.poLeerlingen) if (r.gemeente) gemeenteOf.set(r.vestiging, r.gemeente);
  for (const r of duo.examens) if (r.gemeente) gemeenteOf.set(r.vestiging, r.gemeente);
  const byGemeente = provinciePerGemeente(own, gemeenteOf);
  return (vestiging, gemeente = null) =>
    own.get(vestiging) ?? byGemeente.get(key(gemeenteOf.get(vestiging) ?? gemeente ?? '')) ?? null;
}

/** Gemeenten are matched by name, case and spaces aside. */
const key = (gemeente: string) => gemeente.trim().toUpperCase();

/**
 * Each gemeente's provincie, from the vestigingen whose statistics give
 * both: po (gemeente in the pupils file, provincie in the eindscores) and
 * vo (gemeente in the exams, provincie in the pupils file). A gemeente lies
 * in one provincie; should the files disagree, the provincie most of its
 * vestigingen give wins (the first by name on a tie), so the result does not
 * hang on row order.
 */
function provinciePerGemeente(
  own: Map<string, string>,
  gemeenteOf: Map<string, string>,
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const [vestiging, gemeente] of gemeenteOf) {
    const p = own.get(vestiging);
    if (!p) continue;
    const v = votes.get(key(gemeente)) ?? new Map<string, number>();
    v.set(p, (v.get(p) ?? 0) + 1);
    votes.set(key(gemeente), v);
  }
  const out = new Map<string, string>();
  for (const [gemeente, v] of votes)
    out.set(gemeente, [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
  return out;
}
