import type { EindscoreRow } from '../duo/eindscores';
import type { ExamRow } from '../duo/examens';
import type { Balans, BatenLasten, FinanceRow } from '../duo/financien';

/** Everything a run reads. Imports and event read models fill it; a run never reads elsewhere. */
export interface RunInputs {
  /** The day the analysis is about (12-month windows end here). */
  asOf: string;
  boards: { bevoegdGezag: string; naam: string }[];
  vestigingen: VestigingInput[];
  balans: FinanceRow<Balans>[];
  batenLasten: FinanceRow<BatenLasten>[];
  examens: ExamRow[];
  eindscores: EindscoreRow[];
  /** Pupils per vestiging and year (1 October); null is unknown (masked). */
  leerlingen: { vestiging: string; year: number; leerlingen: number | null }[];
  /** Social-safety monitoring per vestiging and schooljaar (monitoring-intake's events). */
  monitoring: MonitoringInput[];
  /** Casework's signals and history (meldingen, herstelopdrachten, oordelen). */
  casework: CaseworkInput;
}

export interface VestigingInput {
  vestiging: string;
  bevoegdGezag: string | null;
  naam: string;
  sector: 'po' | 'so' | 'vso' | 'vo';
  provincie: string | null;
}

export interface MonitoringInput {
  vestiging: string;
  schooljaar: string;
  status: 'ontvangen' | 'te-laat' | 'ontbreekt';
  /** Share of pupils who feel safe (0-1), when the submission carried it. */
  aandeelVeilig: number | null;
}

export interface CaseworkInput {
  /**
   * Whether casework's events cover every school: then a school without a
   * record has no meldingen and no herstelopdracht; otherwise its absence is
   * missing data, not a clean record.
   */
  complete: boolean;
  vestigingen: {
    vestiging: string;
    /** Meldingen in the 12 months up to asOf. */
    meldingen: number;
    /**
     * The school's vertrouwensdossiers published for the 12 whole months
     * before asOf's month (counts under 5 are never published, so this is a
     * lower bound); null when every one of those months stayed under 5.
     */
    vertrouwensdossiers: number | null;
    herstelopdrachtNietVoldaan: boolean;
    /** Eindoordelen of reports vastgesteld (casework's RapportVastgesteld), by date. */
    oordelen: { date: string; oordeel: string }[];
  }[];
}

/** The data years a run uses per source: the latest in the inputs, the same for every subject. */
export interface RunYears {
  financien: number | null;
  examens: string | null;
  eindscores: string | null;
  leerlingen: number | null;
  monitoring: string | null;
}

function latest<T>(values: T[]): T | null {
  let best: T | null = null;
  for (const v of values) if (best === null || v > (best as T)) best = v;
  return best;
}

export function runYears(inputs: RunInputs): RunYears {
  return {
    financien: latest(inputs.balans.map((r) => r.jaar)),
    examens: latest(inputs.examens.flatMap((r) => r.years.map((y) => y.schooljaar))),
    eindscores: latest(inputs.eindscores.map((r) => r.schooljaar)),
    leerlingen: latest(inputs.leerlingen.filter((r) => r.leerlingen !== null).map((r) => r.year)),
    monitoring: latest(inputs.monitoring.map((r) => r.schooljaar)),
  };
}

/** The inputs indexed once per run, for the computations. */
export class InputIndex {
  readonly years: RunYears;
  readonly balans = new Map<string, FinanceRow<Balans>>();
  readonly batenLasten = new Map<string, FinanceRow<BatenLasten>>();
  readonly examens = new Map<string, ExamRow[]>();
  readonly eindscores = new Map<string, EindscoreRow>();
  readonly leerlingen = new Map<string, number | null>();
  readonly monitoring = new Map<string, MonitoringInput>();
  readonly casework = new Map<string, CaseworkInput['vestigingen'][number]>();

  constructor(readonly inputs: RunInputs) {
    this.years = runYears(inputs);
    const y = this.years;
    for (const r of inputs.balans) if (r.jaar === y.financien) this.balans.set(r.bevoegdGezag, r);
    for (const r of inputs.batenLasten)
      if (r.jaar === y.financien) this.batenLasten.set(r.bevoegdGezag, r);
    for (const r of inputs.examens) {
      const list = this.examens.get(r.vestiging) ?? [];
      list.push(r);
      this.examens.set(r.vestiging, list);
    }
    for (const r of inputs.eindscores)
      if (r.schooljaar === y.eindscores) this.eindscores.set(r.vestiging, r);
    for (const r of inputs.leerlingen)
      this.leerlingen.set(`${r.vestiging}:${r.year}`, r.leerlingen);
    for (const r of inputs.monitoring)
      if (r.schooljaar === y.monitoring) this.monitoring.set(r.vestiging, r);
    for (const r of inputs.casework.vestigingen) this.casework.set(r.vestiging, r);
  }

  pupils(vestiging: string, year: number): number | null | undefined {
    return this.leerlingen.get(`${vestiging}:${year}`);
  }
}
