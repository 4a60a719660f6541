import { canonicalJson, inputHash } from './canonical';
import { COMPUTATIONS, type Measurement } from './computations';
import { InputIndex, type RunInputs, type RunYears } from './inputs';
import { type IndicatorSpec, type Level, LEVELS, type ModelDocument, type NormSpec } from './model';

/**
 * A run: every board and vestiging through one model. Pure and
 * deterministic: subjects in code order, no clock, no randomness, so the
 * same model and inputs give byte-identical results (serialised with
 * canonicalJson) and the same input hash.
 */

export type Status = 'signal' | 'ok' | 'missing' | 'shown';

export interface PartOutcome {
  part: string | null;
  value: number | null;
  /** The norm value that applied (the band's, or the percentile's); null when none or unknown. */
  norm: number | null;
  /** true: signals; false: within the norm; null: missing data or no norm. */
  signal: boolean | null;
  source: string;
  year: string | null;
  missing?: string;
}

export interface IndicatorOutcome {
  indicator: string;
  label: string;
  status: Status;
  contribution: number;
  parts: PartOutcome[];
}

export interface Assessment {
  kind: 'bestuur' | 'vestiging';
  id: string;
  naam: string;
  bevoegdGezag: string | null;
  sector: string | null;
  provincie: string | null;
  level: Level;
  score: number;
  manualAnalysis: boolean;
  /** Why a manual analysis is needed, in words; empty when it is not. */
  reasons: string[];
  indicators: IndicatorOutcome[];
}

export interface RunResult {
  model: { id: string; version: number };
  inputHash: string;
  asOf: string;
  years: RunYears;
  /** Percentile norms as computed in this run, per indicator and group. */
  norms: Record<string, Record<string, number>>;
  assessments: Assessment[];
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The value at `percentile` (nearest rank) of the sorted values; null for none. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

interface Subject {
  kind: 'bestuur' | 'vestiging';
  id: string;
  naam: string;
  bevoegdGezag: string | null;
  sector: string | null;
  provincie: string | null;
}

function subjectsOf(inputs: RunInputs): Subject[] {
  const boards = [...inputs.boards]
    .sort((a, b) => byCode(a.bevoegdGezag, b.bevoegdGezag))
    .map((b) => ({
      kind: 'bestuur' as const,
      id: b.bevoegdGezag,
      naam: b.naam,
      bevoegdGezag: b.bevoegdGezag,
      sector: null,
      provincie: null,
    }));
  const vestigingen = [...inputs.vestigingen]
    .sort((a, b) => byCode(a.vestiging, b.vestiging))
    .map((v) => ({
      kind: 'vestiging' as const,
      id: v.vestiging,
      naam: v.naam,
      bevoegdGezag: v.bevoegdGezag,
      sector: v.sector,
      provincie: v.provincie,
    }));
  return [...boards, ...vestigingen];
}

function applies(indicator: IndicatorSpec, subject: Subject): boolean {
  if (indicator.subject !== subject.kind) return false;
  return (
    !indicator.sectors ||
    (subject.sector !== null && indicator.sectors.includes(subject.sector as never))
  );
}

function normFor(
  norm: NormSpec,
  m: Measurement,
  groupNorms: Record<string, number>,
): number | null {
  switch (norm.kind) {
    case 'below':
    case 'above':
      return norm.value;
    case 'belowByBand': {
      if (m.band === null || m.band === undefined) return null;
      return norm.bands.find((b) => b.below === null || m.band! < b.below)!.value;
    }
    default:
      return groupNorms[m.group ?? ''] ?? null;
  }
}

function judge(norm: NormSpec, value: number, limit: number): boolean {
  return norm.kind.startsWith('below') ? value < limit : value > limit;
}

export function runModel(model: ModelDocument, inputs: RunInputs): RunResult {
  const data = new InputIndex(inputs);
  const subjects = subjectsOf(inputs);
  // First every measurement, since percentile norms need all subjects' values.
  const measured = new Map<string, Measurement[]>();
  const norms: Record<string, Record<string, number>> = {};
  for (const indicator of model.indicators) {
    const computation = COMPUTATIONS[indicator.computation];
    const groups = new Map<string, number[]>();
    for (const subject of subjects) {
      if (!applies(indicator, subject)) continue;
      const ms = computation.compute(subject.id, indicator.params ?? {}, data);
      measured.set(`${indicator.id}|${subject.id}`, ms);
      for (const m of ms) {
        if (m.value === null) continue;
        const list = groups.get(m.group ?? '') ?? [];
        list.push(m.value);
        groups.set(m.group ?? '', list);
      }
    }
    const norm = indicator.norm;
    if (norm && norm.kind.endsWith('Percentile') && 'percentile' in norm) {
      norms[indicator.id] = {};
      for (const group of [...groups.keys()].sort(byCode)) {
        const sorted = groups.get(group)!.sort((a, b) => a - b);
        norms[indicator.id][group] = percentile(sorted, norm.percentile)!;
      }
    }
  }
  const assessments = subjects.map((subject) => assess(model, subject, measured, norms));
  return {
    model: { id: model.id, version: model.version },
    inputHash: inputHash(inputs as unknown as Record<string, unknown>),
    asOf: inputs.asOf,
    years: data.years,
    norms,
    assessments,
  };
}

function assess(
  model: ModelDocument,
  subject: Subject,
  measured: Map<string, Measurement[]>,
  norms: Record<string, Record<string, number>>,
): Assessment {
  const indicators: IndicatorOutcome[] = [];
  for (const indicator of model.indicators) {
    if (!applies(indicator, subject)) continue;
    const ms = measured.get(`${indicator.id}|${subject.id}`) ?? [];
    const parts: PartOutcome[] = ms.map((m) => {
      const norm = indicator.norm ? normFor(indicator.norm, m, norms[indicator.id] ?? {}) : null;
      const signal =
        indicator.norm && m.value !== null && norm !== null
          ? judge(indicator.norm, m.value, norm)
          : null;
      const missing =
        m.missing ??
        (indicator.norm && m.value !== null && norm === null
          ? 'no norm for this value'
          : undefined);
      return {
        part: m.part,
        value: m.value,
        norm,
        signal,
        source: m.source,
        year: m.year,
        ...(missing ? { missing } : {}),
      };
    });
    if (parts.length === 0)
      parts.push({
        part: null,
        value: null,
        norm: null,
        signal: null,
        source: indicator.computation,
        year: null,
        missing: 'no data',
      });
    const status: Status = !indicator.norm
      ? parts.some((p) => p.value === null)
        ? 'missing'
        : 'shown'
      : parts.some((p) => p.signal === true)
        ? 'signal'
        : parts.some((p) => p.signal === null)
          ? 'missing'
          : 'ok';
    indicators.push({
      indicator: indicator.id,
      label: indicator.label,
      status,
      contribution: status === 'signal' ? indicator.weight : 0,
      parts,
    });
  }
  const score = indicators.reduce((sum, i) => sum + i.contribution, 0);
  let level: Level = 'geen';
  for (const l of model.rules.levels) if (score >= l.minScore) level = l.level;
  const reasons: string[] = [];
  const rules = model.rules;
  if (LEVELS.indexOf(level) >= LEVELS.indexOf(rules.manualAnalysisFrom))
    reasons.push(`risk level ${level} (score ${score})`);
  for (const i of indicators) {
    const spec = model.indicators.find((s) => s.id === i.indicator)!;
    if (spec.manualAnalysisOnSignal && i.status === 'signal')
      reasons.push(`signal on ${i.indicator}`);
  }
  const missing = indicators.filter(
    (i) => i.status === 'missing' && model.indicators.find((s) => s.id === i.indicator)!.norm,
  );
  if (missing.length >= rules.manualAnalysisWhenMissing)
    reasons.push(`data missing for ${missing.map((i) => i.indicator).join(', ')}`);
  return { ...subject, level, score, manualAnalysis: reasons.length > 0, reasons, indicators };
}

/** The result as bytes: the same model and inputs give the same bytes. */
export function serialiseResult(result: RunResult): string {
  return canonicalJson(result);
}
