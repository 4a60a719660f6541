import type { RiskFlaggedData } from '@inspectorate/contracts';

export const HANDMATIGE_ANALYSE = 'handmatige-analyse';
export const HaStatus = { open: 'te-analyseren', closed: 'afgesloten' } as const;
/** What the analyst decides next (DOMAIN.md, seed 001: people decide what follows a risk). */
export const UITKOMSTEN = ['geen-vervolg', 'gesprek-bestuur', 'onderzoek'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

/** One analysis per flagged vestiging or board per analysis year: a redelivered or rerun flag finds it. */
export const analysisKey = (data: Pick<RiskFlaggedData, 'subjectId' | 'asOf'>) =>
  `${HANDMATIGE_ANALYSE}:${data.subjectId}:${data.asOf.slice(0, 4)}`;

const number = (n: number | null) =>
  n === null ? null : Number.isInteger(n) ? String(n) : n.toFixed(3).replace(/0+$/, '');

/**
 * The explanation an analyst reads, in words, from the flag: the level and
 * the model, the reasons, and per indicator each value against its norm with
 * its source and year. Missing data says it is missing and why (never a pass).
 */
export function explanation(d: RiskFlaggedData): { title: string; paragraphs: string[] } {
  return {
    title: `Risicoanalyse ${d.asOf}: ${d.naam} (${d.subjectId}), niveau ${d.level}`,
    paragraphs: [
      `Risiconiveau ${d.level} (score ${number(d.score)}) volgens model ${d.model.id} versie ${d.model.version}, analyse ${d.runId} per ${d.asOf} (invoer ${d.inputHash.slice(0, 12)}).`,
      ...d.reasons,
      ...d.indicators.map((i) => {
        const parts = i.parts.map((p) => {
          const value =
            p.value === null ? `ontbreekt${p.missing ? ` (${p.missing})` : ''}` : number(p.value);
          const norm = p.norm === null ? 'geen norm' : `norm ${number(p.norm)}`;
          const verdict = p.signal === null ? '' : p.signal ? ', signaal' : ', binnen de norm';
          return `${p.part ? `${p.part}: ` : ''}${value}, ${norm}${verdict} (${p.source}${p.year ? `, ${p.year}` : ''})`;
        });
        return `${i.label} (${i.indicator}): ${i.status}, bijdrage ${number(i.contribution)}${parts.length > 0 ? `. ${parts.join('; ')}` : ''}`;
      }),
    ],
  };
}
