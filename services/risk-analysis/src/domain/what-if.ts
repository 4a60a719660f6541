import type { Assessment, IndicatorOutcome, RunResult } from './run';
import type { Level } from './model';

/**
 * What-if: a candidate model's run against the current one, published
 * nowhere. Lists exactly the subjects whose level or need for a manual
 * analysis changes, and for each the indicators whose status or
 * contribution changed (those made the difference).
 */
export interface LevelChange {
  kind: Assessment['kind'];
  id: string;
  naam: string;
  level: { from: Level | null; to: Level | null };
  manualAnalysis: { from: boolean | null; to: boolean | null };
  indicators: {
    indicator: string;
    from: Pick<IndicatorOutcome, 'status' | 'contribution'> | null;
    to: Pick<IndicatorOutcome, 'status' | 'contribution'> | null;
  }[];
}

export interface WhatIf {
  current: RunResult['model'];
  candidate: RunResult['model'];
  sameInputs: boolean;
  changes: LevelChange[];
}

const key = (a: Assessment) => `${a.kind}:${a.id}`;

export function whatIf(current: RunResult, candidate: RunResult): WhatIf {
  const before = new Map(current.assessments.map((a) => [key(a), a]));
  const after = new Map(candidate.assessments.map((a) => [key(a), a]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: LevelChange[] = [];
  for (const k of keys) {
    const a = before.get(k);
    const b = after.get(k);
    if (a && b && a.level === b.level && a.manualAnalysis === b.manualAnalysis) continue;
    const pick = (i: IndicatorOutcome | undefined) =>
      i ? { status: i.status, contribution: i.contribution } : null;
    const ids = [
      ...new Set([...(a?.indicators ?? []), ...(b?.indicators ?? [])].map((i) => i.indicator)),
    ];
    const indicators = ids
      .map((indicator) => ({
        indicator,
        from: pick(a?.indicators.find((i) => i.indicator === indicator)),
        to: pick(b?.indicators.find((i) => i.indicator === indicator)),
      }))
      .filter(
        (d) => d.from?.status !== d.to?.status || d.from?.contribution !== d.to?.contribution,
      );
    const s = (a ?? b)!;
    changes.push({
      kind: s.kind,
      id: s.id,
      naam: s.naam,
      level: { from: a?.level ?? null, to: b?.level ?? null },
      manualAnalysis: { from: a?.manualAnalysis ?? null, to: b?.manualAnalysis ?? null },
      indicators,
    });
  }
  return {
    current: current.model,
    candidate: candidate.model,
    sameInputs: current.inputHash === candidate.inputHash,
    changes,
  };
}
