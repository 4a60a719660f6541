import { addDuration } from '../../case-types/duration';

export const BESTUURSONDERZOEK = 'bestuursonderzoek';
/** Every board is investigated at least once in this period (seed 001, "Toezicht op drie lagen"). */
export const CYCLE = 'P4Y';
/**
 * The first day of the four-year periods casework plans in. A board with no
 * bestuursonderzoek on record is due before the end of the period today is in:
 * history from before casework is not known to it, and a board that was
 * never investigated here must be within the current period.
 */
export const CYCLE_START = '2025-08-01';

export const AANLEIDINGEN = ['vierjaarlijks', 'risico', 'signalen'] as const;
export type BestuursAanleiding = (typeof AANLEIDINGEN)[number];

export interface BoardForPlanning {
  bevoegdGezagNummer: string;
  name: string;
}

/** A bestuursonderzoek of a board on record (running or closed; a withdrawn one does not count). */
export interface InvestigationOnRecord {
  caseId: string;
  bevoegdGezagNummer: string;
  openedOn: string;
  running: boolean;
}

export interface PlannedBoard {
  bevoegdGezagNummer: string;
  name: string;
  lastInvestigatedOn: string | null;
  lastCaseId: string | null;
  /** The bestuursonderzoek must be opened before this day (exclusive, like every deadline). */
  dueBefore: string;
  overdue: boolean;
  /** Open risk signals on the board or its schools (handmatige analyses from RiskFlagged). */
  riskSignals: number;
  why: string;
}

/** The four-year period `today` is in: its first day and the first day after it. */
export function cycleOf(today: string): { from: string; until: string } {
  let from = CYCLE_START;
  while (addDuration(from, CYCLE) <= today) from = addDuration(from, CYCLE);
  // Before CYCLE_START: the periods before it (addDuration only adds; the start is 1 August, never 29 February).
  while (from > today) from = `${Number(from.slice(0, 4)) - 4}${from.slice(4)}`;
  return { from, until: addDuration(from, CYCLE) };
}

/**
 * The planning queue of bestuursonderzoeken for coordinators: every open
 * board whose investigation is due before `horizon` (exclusive; the end of
 * the year asked), and any board with open risk signals, which a
 * coordinator may bring forward. A board with a bestuursonderzoek running
 * is not in the queue: it is planned. Order: overdue first, then boards
 * with risk signals (most first), then by due date, then by number, so the
 * queue reads the same on every replica and every page.
 */
export function planBoards(input: {
  boards: readonly BoardForPlanning[];
  investigations: readonly InvestigationOnRecord[];
  riskSignals: ReadonlyMap<string, number>;
  today: string;
  horizon: string;
}): PlannedBoard[] {
  const latest = new Map<string, InvestigationOnRecord>();
  const running = new Set<string>();
  for (const i of input.investigations) {
    if (i.running) running.add(i.bevoegdGezagNummer);
    const seen = latest.get(i.bevoegdGezagNummer);
    if (!seen || seen.openedOn < i.openedOn) latest.set(i.bevoegdGezagNummer, i);
  }
  const cycle = cycleOf(input.today);
  const planned: PlannedBoard[] = [];
  for (const b of input.boards) {
    if (running.has(b.bevoegdGezagNummer)) continue;
    const last = latest.get(b.bevoegdGezagNummer) ?? null;
    const dueBefore = last ? addDuration(last.openedOn, CYCLE) : cycle.until;
    const riskSignals = input.riskSignals.get(b.bevoegdGezagNummer) ?? 0;
    if (dueBefore >= input.horizon && riskSignals === 0) continue;
    const overdue = dueBefore <= input.today;
    planned.push({
      bevoegdGezagNummer: b.bevoegdGezagNummer,
      name: b.name,
      lastInvestigatedOn: last?.openedOn ?? null,
      lastCaseId: last?.caseId ?? null,
      dueBefore,
      overdue,
      riskSignals,
      why: [
        last
          ? `last bestuursonderzoek opened on ${last.openedOn}`
          : `no bestuursonderzoek on record in the period ${cycle.from} to ${cycle.until}`,
        overdue ? `overdue since ${dueBefore}` : `due before ${dueBefore}`,
        ...(riskSignals > 0 ? [`${riskSignals} open risk signal(s)`] : []),
      ].join('; '),
    });
  }
  return planned.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      b.riskSignals - a.riskSignals ||
      a.dueBefore.localeCompare(b.dueBefore) ||
      a.bevoegdGezagNummer.localeCompare(b.bevoegdGezagNummer),
  );
}
