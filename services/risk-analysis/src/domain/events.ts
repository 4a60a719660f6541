import type { RiskAssessedData, RiskFlaggedData, SampleDrawnData } from '@inspectorate/contracts';
import type { Assessment, RunHead } from './run';
import type { SampleDraw } from './sample';

/**
 * Event data of a run and a draw, as plain values (the service puts them in
 * its outbox). RiskAssessed for every vestiging and bestuur; RiskFlagged,
 * with the whole explanation, for those the rules send to a manual analysis.
 */
function runFields(runId: string, result: RunHead, a: Assessment) {
  return {
    runId,
    model: result.model,
    inputHash: result.inputHash,
    asOf: result.asOf,
    subjectKind: a.kind,
    subjectId: a.id,
    level: a.level,
    score: a.score,
  };
}

export function riskAssessedData(runId: string, result: RunHead, a: Assessment): RiskAssessedData {
  return {
    ...runFields(runId, result, a),
    manualAnalysis: a.manualAnalysis,
    indicators: a.indicators.map((i) => ({
      indicator: i.indicator,
      status: i.status,
      contribution: i.contribution,
    })),
  };
}

export function riskFlaggedData(
  runId: string,
  result: RunHead,
  a: Assessment,
): RiskFlaggedData | null {
  if (!a.manualAnalysis) return null;
  return {
    ...runFields(runId, result, a),
    naam: a.naam.slice(0, 200) || a.id,
    bevoegdGezag: a.bevoegdGezag,
    reasons: a.reasons,
    indicators: a.indicators.map((i) => ({
      indicator: i.indicator,
      label: i.label,
      status: i.status,
      contribution: i.contribution,
      parts: i.parts.map((p) => ({
        part: p.part,
        value: p.value,
        norm: p.norm,
        signal: p.signal,
        source: p.source,
        year: p.year,
        missing: p.missing ?? null,
      })),
    })),
  };
}

export function sampleDrawnData(drawId: string, draw: SampleDraw): SampleDrawnData {
  return {
    drawId,
    seed: draw.seed,
    inputHash: draw.inputHash,
    date: draw.date,
    vestigingen: draw.drawn.map((d) => ({ vestigingCode: d.vestiging, stratum: d.stratum })),
  };
}
