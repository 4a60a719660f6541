import { EINDOORDEEL_SCALE } from './computations';
import type { RunResult } from './run';

/**
 * Stelsel figures for De Staat van het Onderwijs, per sector × provincie:
 * number of vestigingen, share with a signal per indicator, monitoring
 * compliance and the spread of eindoordelen. Any cell that counts fewer
 * than 5 schools is suppressed as '<5' so no school can be recognised.
 */
export type Cell = number | '<5';

export interface StelselRow {
  sector: string;
  provincie: string;
  jaar: string;
  scholen: Cell;
  /** Share (0-1) of the schools with a signal, per indicator. */
  signalen: Record<string, Cell>;
  /** Share of the schools whose monitoring arrived on time (of those with monitoring data). */
  monitoringNaleving: Cell | null;
  eindoordelen: Record<string, Cell>;
}

export const SUPPRESS_BELOW = 5;

const small = (n: number) => n > 0 && n < SUPPRESS_BELOW;

/** The indicator (model version 2 on) that holds each vestiging's latest eindoordeel. */
export const EINDOORDEEL_INDICATOR = 'laatste-eindoordeel';

/** The eindoordelen in the order of their scale, Zeer zwak first. */
export const EINDOORDELEN = Object.keys(EINDOORDEEL_SCALE).sort(
  (a, b) => EINDOORDEEL_SCALE[a] - EINDOORDEEL_SCALE[b],
);

/**
 * Each vestiging's latest eindoordeel as the run recorded it (so the figures
 * of a run are reproducible from the run alone); none for a model without the
 * indicator or a vestiging without a report on record.
 */
export function eindoordelenOf(result: RunResult): { vestiging: string; oordeel: string }[] {
  const out: { vestiging: string; oordeel: string }[] = [];
  for (const a of result.assessments) {
    if (a.kind !== 'vestiging') continue;
    const value = a.indicators.find((i) => i.indicator === EINDOORDEEL_INDICATOR)?.parts[0]?.value;
    const oordeel = EINDOORDELEN.find((o) => EINDOORDEEL_SCALE[o] === value);
    if (oordeel) out.push({ vestiging: a.id, oordeel });
  }
  return out;
}

export function stelselFigures(
  result: RunResult,
  eindoordelen: { vestiging: string; oordeel: string }[] = eindoordelenOf(result),
): StelselRow[] {
  const jaar = result.asOf.slice(0, 4);
  const oordeelOf = new Map(eindoordelen.map((o) => [o.vestiging, o.oordeel]));
  const groups = new Map<string, RunResult['assessments']>();
  for (const a of result.assessments) {
    if (a.kind !== 'vestiging') continue;
    const k = `${a.sector}|${a.provincie ?? 'onbekend'}`;
    const group = groups.get(k);
    if (group) group.push(a);
    else groups.set(k, [a]);
  }
  return [...groups.keys()].sort().map((k) => {
    const [sector, provincie] = k.split('|');
    const schools = groups.get(k)!;
    const suppressed = small(schools.length);
    const share = (hits: number, of: number): Cell =>
      suppressed || small(of) ? '<5' : of === 0 ? 0 : hits / of;
    const indicatorIds = [
      ...new Set(schools.flatMap((s) => s.indicators.map((i) => i.indicator))),
    ].sort();
    const signalen: Record<string, Cell> = {};
    for (const id of indicatorIds) {
      const judged = schools.filter((s) =>
        s.indicators.some(
          (i) => i.indicator === id && (i.status === 'signal' || i.status === 'ok'),
        ),
      );
      const hits = judged.filter((s) =>
        s.indicators.some((i) => i.indicator === id && i.status === 'signal'),
      );
      signalen[id] = share(hits.length, judged.length);
    }
    const monitored = schools.filter((s) =>
      s.indicators.some((i) => i.indicator === 'monitoring-ontbreekt' && i.status !== 'missing'),
    );
    const onTime = monitored.filter((s) =>
      s.indicators.some((i) => i.indicator === 'monitoring-ontbreekt' && i.status === 'ok'),
    );
    const counts: Record<string, number> = {};
    for (const s of schools) {
      const o = oordeelOf.get(s.id);
      if (o) counts[o] = (counts[o] ?? 0) + 1;
    }
    const spread: Record<string, Cell> = {};
    for (const o of Object.keys(counts).sort())
      spread[o] = suppressed || small(counts[o]) ? '<5' : counts[o];
    return {
      sector,
      provincie,
      jaar,
      scholen: suppressed ? '<5' : schools.length,
      signalen,
      monitoringNaleving: monitored.length === 0 ? null : share(onTime.length, monitored.length),
      eindoordelen: spread,
    };
  });
}

/**
 * Several years' figures as one table: each year's rows (from that year's
 * run) side by side, ordered by sector, provincie and year so a cell's years
 * follow each other. Suppression stays per year: a cell under 5 schools in
 * one year is '<5' in that year only.
 */
export function stelselYears(perYear: { jaar: string; rows: StelselRow[] }[]): StelselRow[] {
  const key = (r: StelselRow) => `${r.sector}|${r.provincie}|${r.jaar}`;
  return perYear
    .flatMap((y) => y.rows.map((r) => ({ ...r, jaar: y.jaar })))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The figures as CSV (`;`, as DUO publishes), one column per indicator. */
export function stelselCsv(rows: StelselRow[]): string {
  const indicators = [...new Set(rows.flatMap((r) => Object.keys(r.signalen)))].sort();
  const oordelen = [...new Set(rows.flatMap((r) => Object.keys(r.eindoordelen)))].sort();
  // A suppressed row shows <5 in every column, never a 0 that is not known to be 0.
  const oordeel = (r: StelselRow, o: string): Cell =>
    r.eindoordelen[o] ?? (r.scholen === '<5' ? '<5' : 0);
  const cell = (c: Cell | null | undefined) =>
    c === null || c === undefined
      ? ''
      : typeof c === 'number'
        ? String(Math.round(c * 10000) / 10000)
        : c;
  const header = [
    'sector',
    'provincie',
    'jaar',
    'scholen',
    ...indicators.map((i) => `signaal ${i}`),
    'monitoring naleving',
    ...oordelen.map((o) => `eindoordeel ${o}`),
  ];
  const lines = rows.map((r) =>
    [
      r.sector,
      r.provincie,
      r.jaar,
      cell(r.scholen),
      ...indicators.map((i) => cell(r.signalen[i])),
      cell(r.monitoringNaleving),
      ...oordelen.map((o) => cell(oordeel(r, o))),
    ].join(';'),
  );
  return `${[header.join(';'), ...lines].join('\n')}\n`;
}
