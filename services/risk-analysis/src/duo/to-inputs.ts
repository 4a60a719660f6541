import type { CaseworkInput, MonitoringInput, RunInputs, VestigingInput } from '../domain/inputs';
import type { EindscoreRow } from './eindscores';
import type { ExamRow } from './examens';
import type { Balans, BatenLasten, FinanceRow } from './financien';
import type { PoLeerlingenRow, VoLeerlingenRow } from './leerlingen';

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
 * there (tests, the benchmark): vestigingen and their provincie as the
 * statistics name them. The service takes vestigingen from registry events.
 */
export function inputsFromDuo(
  duo: DuoImports,
  asOf: string,
  extra: { monitoring?: MonitoringInput[]; casework?: CaseworkInput } = {},
): RunInputs {
  const vestigingen = new Map<string, VestigingInput>();
  for (const r of duo.poLeerlingen) {
    const sector = PO_SOORT[r.soort];
    if (!sector || r.bevoegdGezag === null) continue;
    vestigingen.set(r.vestiging, {
      vestiging: r.vestiging,
      bevoegdGezag: r.bevoegdGezag,
      naam: r.naam,
      sector,
      provincie: null,
    });
  }
  for (const r of duo.eindscores) {
    const known = vestigingen.get(r.vestiging);
    vestigingen.set(r.vestiging, {
      vestiging: r.vestiging,
      bevoegdGezag: r.bevoegdGezag,
      naam: r.naam,
      sector: known?.sector ?? 'po',
      provincie: r.provincie || null,
    });
  }
  // so and vso (and po without eindscores) have no provincie in DUO's
  // statistics, only a gemeente: the gemeente's provincie as its po
  // vestigingen with eindscores give it.
  const provincieOf = provinciePerGemeente(duo);
  for (const r of duo.poLeerlingen) {
    const v = vestigingen.get(r.vestiging);
    if (v && !v.provincie) v.provincie = provincieOf.get(r.gemeente) ?? null;
  }
  const voProvincie = new Map<string, string>();
  for (const file of duo.voLeerlingen)
    for (const r of file.rows) voProvincie.set(r.vestiging, r.provincie);
  for (const r of duo.examens) {
    if (vestigingen.has(r.vestiging)) continue;
    vestigingen.set(r.vestiging, {
      vestiging: r.vestiging,
      bevoegdGezag: null,
      naam: r.naam,
      sector: 'vo',
      provincie: voProvincie.get(r.vestiging) ?? null,
    });
  }
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
 * Each gemeente's provincie, from the vestigingen that are in both the po
 * pupils file (gemeente) and the eindscores (provincie). A gemeente lies in
 * one provincie; should the files disagree, the provincie most of its
 * vestigingen give wins (the first by name on a tie), so the result does not
 * hang on row order.
 */
function provinciePerGemeente(duo: DuoImports): Map<string, string> {
  const provincie = new Map<string, string>();
  for (const r of duo.eindscores) if (r.provincie) provincie.set(r.vestiging, r.provincie);
  const votes = new Map<string, Map<string, number>>();
  for (const r of duo.poLeerlingen) {
    const p = provincie.get(r.vestiging);
    if (!p || !r.gemeente) continue;
    const v = votes.get(r.gemeente) ?? new Map<string, number>();
    v.set(p, (v.get(p) ?? 0) + 1);
    votes.set(r.gemeente, v);
  }
  const out = new Map<string, string>();
  for (const [gemeente, v] of votes)
    out.set(gemeente, [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
  return out;
}
