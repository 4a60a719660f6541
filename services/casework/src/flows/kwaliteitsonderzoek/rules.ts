import { addDuration } from '../../case-types/duration';
import { CaseRuleError } from '../../engine/case';
import type { Onderzoekskader } from './kader';

export const KWALITEITSONDERZOEK = 'kwaliteitsonderzoek';

export const KoStatus = {
  investigating: 'onderzoek',
  hoorEnWederhoor: 'hoor-en-wederhoor',
  herstel: 'herstelopdracht',
  verscherpt: 'verscherpt-toezicht',
  followUp: 'vervolg',
  closed: 'afgesloten',
} as const;

export const AANLEIDINGEN = [
  'risico',
  'steekproef',
  'signalen',
  'handmatig',
  'herstelonderzoek',
] as const;
/** Verificatie: an activity at a school within a bestuursonderzoek (opened from it, not by hand). */
export type Aanleiding = (typeof AANLEIDINGEN)[number] | 'verificatie';
export const OORDELEN = ['Goed', 'Voldoende', 'Onvoldoende', 'niet beoordeeld'] as const;
export type Oordeel = (typeof OORDELEN)[number];
export const EINDOORDELEN = ['Zeer zwak', 'Onvoldoende', 'Voldoende', 'Goed'] as const;
export type Eindoordeel = (typeof EINDOORDELEN)[number];
/** The afdelingen of a vo school, where judgments are given per afdeling. */
export const AFDELINGEN = ['vmbo-b', 'vmbo-k', 'vmbo-gt', 'havo', 'vwo'] as const;

export interface StandaardOordeel {
  afdeling: string | null;
  standaard: string;
  oordeel: Oordeel;
}

/**
 * Judgments checked against the kader the investigation was opened with:
 * every standard code must be in it, vo judges per afdeling (and only vo),
 * one judgment per standard (per afdeling). Every problem named at once.
 */
export function checkOordelen(
  kader: Onderzoekskader,
  sector: string,
  oordelen: readonly StandaardOordeel[],
): void {
  const known = new Set(kader.standaarden.map((s) => s.code));
  const problems: string[] = [];
  const seen = new Set<string>();
  oordelen.forEach((o, i) => {
    if (!known.has(o.standaard))
      problems.push(
        `/oordelen/${i}/standaard: '${o.standaard}' is not a standard of ${kader.id} (${[...known].join(', ')})`,
      );
    if (sector === 'vo' && !o.afdeling)
      problems.push(`/oordelen/${i}/afdeling: in vo every judgment is per afdeling`);
    if (sector !== 'vo' && o.afdeling)
      problems.push(`/oordelen/${i}/afdeling: only vo judges per afdeling (this is ${sector})`);
    const key = `${o.afdeling ?? ''}/${o.standaard}`;
    if (seen.has(key))
      problems.push(
        `/oordelen/${i}: ${o.standaard}${o.afdeling ? ` (${o.afdeling})` : ''} is judged twice`,
      );
    seen.add(key);
  });
  if (problems.length > 0)
    throw new CaseRuleError(`judgments refused: ${problems.join('; ')}`, 422);
}

/** The report is published in the fifth week after vaststelling: from its first day, 28 days on. */
export const publicationDate = (vastgesteldOp: string) => addDuration(vastgesteldOp, 'P4W');

/** The judgments as the case keeps them (a fact, JSON), and back. */
export const oordelenOf = (
  facts: Readonly<Record<string, string>> | undefined,
): StandaardOordeel[] => JSON.parse(facts?.['oordelen'] ?? '[]') as StandaardOordeel[];
