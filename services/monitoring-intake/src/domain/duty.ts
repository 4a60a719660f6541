import { type IsoDate, addDays } from '@inspectorate/scheduling';

/** What the read model knows of a vestiging, as far as the duty to deliver goes. */
export interface DutyFacts {
  sector: string;
  status: 'open' | 'closed';
  closedOn: IsoDate | null;
  /** Amsterdam date of the registry's VestigingRegistered event; null when we never saw it. */
  registeredOn: IsoDate | null;
}

export interface DutyRules {
  sectors: readonly string[];
  /** A vestiging registered fewer than this many days before the deadline owes nothing that year. */
  minOpenDays: number;
}

export type Duty =
  | { owes: true }
  | { owes: false; reason: 'sector-not-covered' | 'closed-before-deadline' | 'opened-too-late' };

/**
 * Whether a vestiging owed monitoring results for the schooljaar whose
 * deadline is `deadline` (exclusive date):
 *
 * - only vestigingen in a covered sector (po, so, vso, vo by default);
 * - a vestiging closed BEFORE the deadline date owes nothing (it no longer
 *   had pupils to survey when the results were due); one closed on or after
 *   the deadline date still owed them;
 * - a vestiging the registry registered fewer than `minOpenDays` days before
 *   the deadline owes nothing that year (it could not have run a survey in a
 *   whole school year). When we never saw its registration (we learned it from
 *   a later update, as a compacted topic can deliver), it counts as long
 *   established: the duty is the rule, the exemption needs evidence.
 */
export function dutyOf(v: DutyFacts, deadline: IsoDate, rules: DutyRules): Duty {
  if (!rules.sectors.includes(v.sector)) return { owes: false, reason: 'sector-not-covered' };
  if (v.status === 'closed' && (v.closedOn === null || v.closedOn < deadline)) {
    return { owes: false, reason: 'closed-before-deadline' };
  }
  if (v.registeredOn !== null && v.registeredOn > addDays(deadline, -rules.minOpenDays)) {
    return { owes: false, reason: 'opened-too-late' };
  }
  return { owes: true };
}
