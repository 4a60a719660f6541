import type { InputIndex } from './inputs';

/**
 * The named computations a model document can refer to. Each gives, for
 * one subject, its measurements: one per part (a vo vestiging has a pass
 * rate per onderwijstype, a po vestiging an average per toets) or a single
 * one (part null). A measurement without a value says why it is missing.
 */
export interface Measurement {
  part: string | null;
  value: number | null;
  /** Percentile norms compare within this group (all HAVO pass rates, all IEP averages). */
  group?: string;
  /** The figure a banded norm chooses its band by (the board's totaal baten). */
  band?: number | null;
  source: string;
  year: string | null;
  missing?: string;
}

export interface Computation {
  subject: 'bestuur' | 'vestiging';
  params: string[];
  grouped: boolean;
  description: string;
  compute(id: string, params: Record<string, number>, data: InputIndex): Measurement[];
}

const BALANS = 'DUO po financien: balans';
const BATEN = 'DUO po financien: staat van baten en lasten';

function ratio(
  numerator: number | null,
  denominator: number | null,
  what: string,
): { value: number | null; missing?: string } {
  if (numerator === null || denominator === null)
    return { value: null, missing: `${what}: a figure is missing` };
  if (denominator === 0) return { value: null, missing: `${what}: divisor is 0` };
  return { value: numerator / denominator };
}

/** A financial ratio from the run's financial year, or why it is missing. */
function financial(
  source: string,
  read: (data: InputIndex, board: string) => { value: number | null; missing?: string } | null,
  withBand = false,
): Computation['compute'] {
  return (board, _params, data) => {
    const year = data.years.financien === null ? null : String(data.years.financien);
    const result = read(data, board) ?? {
      value: null,
      missing: `no financial figures for ${year ?? 'any year'}`,
    };
    const band = withBand ? (data.batenLasten.get(board)?.posten.totaalBaten ?? null) : undefined;
    return [{ part: null, ...result, ...(withBand ? { band } : {}), source, year }];
  };
}

/** Before ' - ': "VMBO B - zorg en welzijn" → "VMBO B"; HAVO and VWO as they are. */
export function examGroup(onderwijstype: string, opleiding: string): string {
  if (onderwijstype !== 'VMBO') return onderwijstype;
  const prefix = opleiding.split(' - ')[0].trim().toUpperCase();
  return /^VMBO [A-Z]+$/.test(prefix) ? prefix : 'VMBO';
}

function schooljaarMinus(schooljaar: string, years: number): string {
  const start = Number(schooljaar.slice(0, 4)) - years;
  return `${start}-${start + 1}`;
}

export const COMPUTATIONS: Record<string, Computation> = {
  'financien.solvabiliteit2': {
    subject: 'bestuur',
    params: [],
    grouped: false,
    description: '(eigen vermogen + voorzieningen) / totaal passiva',
    compute: financial(BALANS, (data, board) => {
      const p = data.balans.get(board)?.posten;
      if (!p) return null;
      const ev = p.eigenVermogen;
      const vz = p.voorzieningen ?? 0; // an empty voorzieningen post is none (EV is required)
      return ratio(ev === null ? null : ev + vz, p.totaalPassiva, 'solvabiliteit 2');
    }),
  },
  'financien.liquiditeit': {
    subject: 'bestuur',
    params: [],
    grouped: false,
    description: 'vlottende activa / kortlopende schulden (current ratio), banded by totaal baten',
    compute: financial(
      `${BALANS}; ${BATEN}`,
      (data, board) => {
        const p = data.balans.get(board)?.posten;
        return p ? ratio(p.totaalVlottendeActiva, p.kortlopendeSchulden, 'liquiditeit') : null;
      },
      true,
    ),
  },
  'financien.rentabiliteit': {
    subject: 'bestuur',
    params: [],
    grouped: false,
    description: 'resultaat / totaal baten',
    compute: financial(BATEN, (data, board) => {
      const p = data.batenLasten.get(board)?.posten;
      return p ? ratio(p.resultaat, p.totaalBaten, 'rentabiliteit') : null;
    }),
  },
  'financien.huisvestingsratio': {
    subject: 'bestuur',
    params: [],
    grouped: false,
    description:
      'huisvestingslasten / totaal lasten (DUO does not split afschrijvingen on buildings)',
    compute: financial(BATEN, (data, board) => {
      const p = data.batenLasten.get(board)?.posten;
      return p ? ratio(p.huisvestingslasten, p.totaalLasten, 'huisvestingsratio') : null;
    }),
  },
  'financien.weerstandsvermogen': {
    subject: 'bestuur',
    params: [],
    grouped: false,
    description: 'eigen vermogen / totaal baten',
    compute: financial(`${BALANS}; ${BATEN}`, (data, board) => {
      const b = data.balans.get(board)?.posten;
      const l = data.batenLasten.get(board)?.posten;
      return b && l ? ratio(b.eigenVermogen, l.totaalBaten, 'weerstandsvermogen') : null;
    }),
  },
  'vo.slaagpercentage': {
    subject: 'vestiging',
    params: ['years'],
    grouped: true,
    description:
      'geslaagden / examenkandidaten per onderwijstype (VMBO per leerweg) over the last `years` schooljaren; masked counts left out',
    compute(vestiging, params, data) {
      const last = data.years.examens;
      const span = params.years ?? 3;
      const source = 'DUO vo examenkandidaten en geslaagden';
      if (last === null) return [];
      const wanted = new Set(Array.from({ length: span }, (_, i) => schooljaarMinus(last, i)));
      const year = `${schooljaarMinus(last, span - 1)}..${last}`;
      const sums = new Map<string, { kandidaten: number; geslaagden: number }>();
      for (const row of data.examens.get(vestiging) ?? []) {
        const group = examGroup(row.onderwijstype, row.opleiding);
        const sum = sums.get(group) ?? { kandidaten: 0, geslaagden: 0 };
        for (const y of row.years) {
          if (!wanted.has(y.schooljaar) || y.kandidaten === null || y.geslaagden === null) continue;
          sum.kandidaten += y.kandidaten;
          sum.geslaagden += y.geslaagden;
        }
        sums.set(group, sum);
      }
      return [...sums.keys()].sort().map((group) => {
        const s = sums.get(group)!;
        return s.kandidaten === 0
          ? { part: group, value: null, group, source, year, missing: 'no known candidate counts' }
          : { part: group, value: s.geslaagden / s.kandidaten, group, source, year };
      });
    },
  },
  'po.eindtoets': {
    subject: 'vestiging',
    params: [],
    grouped: true,
    description: 'average eindtoets score per toets (each toets has its own scale)',
    compute(vestiging, _params, data) {
      const row = data.eindscores.get(vestiging);
      const source = 'DUO gemiddelde eindscores po';
      if (!row) return [];
      return row.scores.map((s) => ({
        part: s.toets,
        group: s.toets,
        value: s.gemiddelde,
        source,
        year: row.schooljaar,
        ...(s.gemiddelde === null ? { missing: 'no average published' } : {}),
      }));
    },
  },
  'leerlingen.daling': {
    subject: 'vestiging',
    params: ['years'],
    grouped: false,
    description: 'share of pupils lost over `years` years: (n[t-years] - n[t]) / n[t-years]',
    compute(vestiging, params, data) {
      const last = data.years.leerlingen;
      const span = params.years ?? 3;
      const source = 'DUO leerlingen per vestiging';
      if (last === null) return [];
      const year = `${last - span}..${last}`;
      const then = data.pupils(vestiging, last - span);
      const now = data.pupils(vestiging, last);
      if (then == null || now == null)
        return [{ part: null, value: null, source, year, missing: 'a pupil count is unknown' }];
      if (then === 0)
        return [{ part: null, value: null, source, year, missing: `no pupils in ${last - span}` }];
      return [{ part: null, value: (then - now) / then, source, year }];
    },
  },
  'monitoring.ontbreektOfTeLaat': {
    subject: 'vestiging',
    params: [],
    grouped: false,
    description: "1 when this year's social-safety monitoring is missing or late, else 0",
    compute(vestiging, _params, data) {
      const m = data.monitoring.get(vestiging);
      const source = 'monitoring-intake';
      const year = data.years.monitoring;
      if (!m) return [];
      return [{ part: null, value: m.status === 'ontvangen' ? 0 : 1, source, year }];
    },
  },
  'monitoring.aandeelVeilig': {
    subject: 'vestiging',
    params: [],
    grouped: false,
    description: 'share of pupils who feel safe (monitoring headline figure)',
    compute(vestiging, _params, data) {
      const m = data.monitoring.get(vestiging);
      const year = data.years.monitoring;
      if (!m) return [];
      return [
        m.aandeelVeilig === null
          ? {
              part: null,
              value: null,
              source: 'monitoring-intake',
              year,
              missing: 'not in the submission',
            }
          : { part: null, value: m.aandeelVeilig, source: 'monitoring-intake', year },
      ];
    },
  },
  'signalen.meldingenPer100': {
    subject: 'vestiging',
    params: [],
    grouped: false,
    description: 'meldingen in the last 12 months per 100 pupils (latest pupil count)',
    compute(vestiging, _params, data) {
      const c = caseworkOf(vestiging, data);
      const pupilsYear = data.years.leerlingen;
      const pupils = pupilsYear === null ? null : data.pupils(vestiging, pupilsYear);
      const source = 'casework; DUO leerlingen';
      const year = data.inputs.asOf;
      if (c === undefined)
        return [{ part: null, value: null, source, year, missing: 'no casework data' }];
      if (!pupils)
        return [{ part: null, value: null, source, year, missing: 'pupil count unknown' }];
      return [{ part: null, value: (c.meldingen / pupils) * 100, source, year }];
    },
  },
  'signalen.aantal': {
    subject: 'vestiging',
    params: [],
    grouped: false,
    description:
      "signals in the last 12 months: the vestiging's meldingen and its school's published vertrouwensdossiers",
    compute(vestiging, _params, data) {
      const c = caseworkOf(vestiging, data);
      const source = 'casework: meldingen, vertrouwensdossiers (anonymous counts)';
      const year = data.inputs.asOf;
      if (c === undefined)
        return [{ part: null, value: null, source, year, missing: 'no casework data' }];
      // Counts under 5 are never published: unknown, not 0. A school with
      // only such months has no known number of vertrouwensdossiers.
      if (c.vertrouwensdossiers === null)
        return [
          {
            part: null,
            value: null,
            source,
            year,
            missing: 'vertrouwensdossiers fewer than 5 a month, not published',
          },
        ];
      return [{ part: null, value: c.meldingen + c.vertrouwensdossiers, source, year }];
    },
  },
  'signalen.herstelopdrachtNietVoldaan': {
    subject: 'vestiging',
    params: [],
    grouped: false,
    description: '1 when a herstelopdracht was not met, else 0',
    compute(vestiging, _params, data) {
      const c = caseworkOf(vestiging, data);
      const year = data.inputs.asOf;
      return c === undefined
        ? [{ part: null, value: null, source: 'casework', year, missing: 'no casework data' }]
        : [{ part: null, value: c.herstelopdrachtNietVoldaan ? 1 : 0, source: 'casework', year }];
    },
  },
  'oordelen.onvoldoende': {
    subject: 'vestiging',
    params: ['months'],
    grouped: false,
    description: '1 when an investigation in the last `months` judged Onvoldoende or Zeer zwak',
    compute(vestiging, params, data) {
      const c = caseworkOf(vestiging, data);
      const year = data.inputs.asOf;
      if (c === undefined)
        return [{ part: null, value: null, source: 'casework', year, missing: 'no casework data' }];
      const from = monthsBefore(data.inputs.asOf, params.months ?? 24);
      const bad = c.oordelen.some(
        (o) =>
          o.date > from &&
          o.date <= data.inputs.asOf &&
          /^(onvoldoende|zeer zwak)$/i.test(o.oordeel),
      );
      return [{ part: null, value: bad ? 1 : 0, source: 'casework', year }];
    },
  },
  'oordelen.laatsteEindoordeel': {
    subject: 'vestiging',
    params: [],
    grouped: false,
    description:
      'the eindoordeel of the latest report vastgesteld: 1 Zeer zwak, 2 Onvoldoende, 3 Voldoende, 4 Goed',
    compute(vestiging, _params, data) {
      const c = caseworkOf(vestiging, data);
      const source = 'casework: RapportVastgesteld';
      if (c === undefined)
        return [{ part: null, value: null, source, year: null, missing: 'no casework data' }];
      const latest = c.oordelen
        .filter((o) => o.date <= data.inputs.asOf && Object.hasOwn(EINDOORDEEL_SCALE, o.oordeel))
        .reduce<{ date: string; oordeel: string } | null>(
          (best, o) => (best === null || o.date >= best.date ? o : best),
          null,
        );
      if (latest === null)
        return [{ part: null, value: null, source, year: null, missing: 'no report on record' }];
      return [{ part: null, value: EINDOORDEEL_SCALE[latest.oordeel], source, year: latest.date }];
    },
  },
};

/** The eindoordelen as a scale, so a model's norm can say where a signal starts. */
export const EINDOORDEEL_SCALE: Record<string, number> = {
  'Zeer zwak': 1,
  Onvoldoende: 2,
  Voldoende: 3,
  Goed: 4,
};

/** A school's casework record; a clean record when casework covers every school; undefined when unknown. */
function caseworkOf(vestiging: string, data: InputIndex) {
  const c = data.casework.get(vestiging);
  if (c) return c;
  return data.inputs.casework.complete
    ? {
        vestiging,
        meldingen: 0,
        vertrouwensdossiers: 0,
        herstelopdrachtNietVoldaan: false,
        oordelen: [],
      }
    : undefined;
}

/** The ISO date `months` months before `date` (day clamped to the month's length). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}
