import { createHash } from 'node:crypto';
import { canonicalJson, canonicalJsonAround, inputHash } from './canonical';
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

/** A run's result without its assessments: what a stored run records beside them. */
export type RunHead = Omit<RunResult, 'assessments'>;

/**
 * A run in two steps, so a caller can store assessments as they come
 * instead of holding the whole result: every measurement first (percentile
 * norms need all subjects' values), then one assessment per subject, in
 * code order, each made when asked for.
 */
export interface PreparedRun {
  head: RunHead;
  /** Boards and vestigingen to assess. */
  size: number;
  /** The assessments of subjects from..to (exclusive), made now. */
  assess(from: number, to: number): Assessment[];
}

export function prepareRun(model: ModelDocument, inputs: RunInputs): PreparedRun {
  const subjects = subjectsOf(inputs);
  const { measured, norms, years } = measureAll(model, inputs, subjects);
  // Only `assess` outlives this call: it holds the subjects and their
  // measurements, not the inputs, which the caller can let go of.
  return {
    head: {
      model: { id: model.id, version: model.version },
      inputHash: inputHash(inputs as unknown as Record<string, unknown>),
      asOf: inputs.asOf,
      years,
      norms,
    },
    size: subjects.length,
    assess: (from, to) => {
      const out: Assessment[] = [];
      for (let k = from; k < Math.min(to, subjects.length); k += 1)
        out.push(assess(model, subjects[k], measured, k, norms));
      return out;
    },
  };
}

/** Per indicator, each subject's measurements (by its place in `subjects`), and the percentile norms. */
function measureAll(model: ModelDocument, inputs: RunInputs, subjects: Subject[]) {
  const data = new InputIndex(inputs);
  const measured: (Measurement[] | undefined)[][] = [];
  const norms: Record<string, Record<string, number>> = {};
  for (const indicator of model.indicators) {
    const computation = COMPUTATIONS[indicator.computation];
    const groups = new Map<string, number[]>();
    const own: (Measurement[] | undefined)[] = new Array(subjects.length);
    subjects.forEach((subject, k) => {
      if (!applies(indicator, subject)) return;
      const ms = computation.compute(subject.id, indicator.params ?? {}, data);
      own[k] = ms;
      for (const m of ms) {
        if (m.value === null) continue;
        const list = groups.get(m.group ?? '') ?? [];
        list.push(m.value);
        groups.set(m.group ?? '', list);
      }
    });
    measured.push(own);
    const norm = indicator.norm;
    if (norm && norm.kind.endsWith('Percentile') && 'percentile' in norm) {
      norms[indicator.id] = {};
      for (const group of [...groups.keys()].sort(byCode)) {
        const sorted = groups.get(group)!.sort((a, b) => a - b);
        norms[indicator.id][group] = percentile(sorted, norm.percentile)!;
      }
    }
  }
  return { measured, norms, years: data.years };
}

/** The whole result at once (what-if, tests, the raw baseline). */
export function runModel(model: ModelDocument, inputs: RunInputs): RunResult {
  const run = prepareRun(model, inputs);
  return { ...run.head, assessments: run.assess(0, run.size) };
}

function assess(
  model: ModelDocument,
  subject: Subject,
  measured: (Measurement[] | undefined)[][],
  k: number,
  norms: Record<string, Record<string, number>>,
): Assessment {
  const indicators: IndicatorOutcome[] = [];
  for (const [i, indicator] of model.indicators.entries()) {
    if (!applies(indicator, subject)) continue;
    const ms = measured[i][k] ?? [];
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

/**
 * sha256 of serialiseResult's bytes, fed an assessment at a time (each as
 * its canonical JSON, which `add` returns for the caller to store), so the
 * whole text is never held at once.
 */
export function resultHasher(head: RunHead): { add(a: Assessment): string; digest(): string } {
  const [before, after] = canonicalJsonAround({ ...head, assessments: null }, 'assessments');
  const hash = createHash('sha256').update(`${before}[`);
  let first = true;
  return {
    add(a) {
      const json = canonicalJson(a);
      hash.update(first ? json : `,${json}`);
      first = false;
      return json;
    },
    digest: () => hash.update(`]${after}`).digest('hex'),
  };
}
