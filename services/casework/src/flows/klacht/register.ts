import { Injectable } from '@nestjs/common';
import type { CaseDoc } from '../../engine/case';
import { CaseRepository } from '../../engine/case.repository';
import { daysBetween } from '../../case-types/duration';
import { KLACHT } from './rules';

/**
 * Handling time in bands that follow the law's terms: 6 and 10 weeks (9:11),
 * 14 with the adjournment. Exclusive like every deadline: a complaint
 * received on 2 March and decided on 11 May (70 days) took longer than 10
 * weeks, since the 10-week term ended on 11 May.
 */
export const HANDLING_BANDS = [
  { code: 'binnen-6-weken', belowDays: 42 },
  { code: '6-tot-10-weken', belowDays: 70 },
  { code: '10-tot-14-weken', belowDays: 98 },
  { code: 'langer-dan-14-weken', belowDays: Infinity },
] as const;

export interface RegisterYear {
  year: number;
  received: number;
  open: number;
  byOutcome: Record<string, number>;
  byHandlingTime: Record<string, number>;
  /** Per outcome, per handling-time band. */
  table: { outcome: string; handlingTime: string; count: number }[];
  decidedInTime: number;
  decidedLate: number;
  medianHandlingDays: number | null;
}

/**
 * The yearly register of complaints (Awb 9:12a): every complaint received in
 * the year, counted by outcome (or still open) and handling time (days from
 * receipt to the letter that ended it). No personal data: counts only.
 */
export function registerOf(year: number, cases: readonly CaseDoc[]): RegisterYear {
  const inYear = cases.filter((c) => (c.facts?.['receivedOn'] ?? '').startsWith(`${year}-`));
  const byOutcome: Record<string, number> = {};
  const byHandlingTime: Record<string, number> = Object.fromEntries(
    HANDLING_BANDS.map((b) => [b.code, 0]),
  );
  const cells = new Map<string, number>();
  const days: number[] = [];
  let open = 0;
  let inTime = 0;
  let late = 0;
  for (const c of inYear) {
    const outcome = c.result ?? 'open';
    byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
    const closedOn = c.facts?.['closedOn'];
    if (!c.result || !closedOn) {
      open += 1;
      continue;
    }
    const d = daysBetween(c.facts!['receivedOn']!, closedOn);
    days.push(d);
    const band = HANDLING_BANDS.find((b) => d < b.belowDays)!.code;
    byHandlingTime[band] = byHandlingTime[band]! + 1;
    const key = `${outcome}\u0000${band}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    const term = c.deadlines.find((x) => x.kind === 'afhandeling');
    if (term?.state === 'passed') late += 1;
    else inTime += 1;
  }
  days.sort((a, b) => a - b);
  return {
    year,
    received: inYear.length,
    open,
    byOutcome,
    byHandlingTime,
    table: [...cells]
      .map(([key, count]) => {
        const [outcome, handlingTime] = key.split('\u0000') as [string, string];
        return { outcome, handlingTime, count };
      })
      .sort(
        (a, b) =>
          a.outcome.localeCompare(b.outcome) ||
          bandIndex(a.handlingTime) - bandIndex(b.handlingTime),
      ),
    decidedInTime: inTime,
    decidedLate: late,
    medianHandlingDays: days.length === 0 ? null : days[Math.floor((days.length - 1) / 2)]!,
  };
}

const bandIndex = (code: string) => HANDLING_BANDS.findIndex((b) => b.code === code);

/** The register as CSV (RFC 4180, `;`-free codes, so plain commas): outcome, handling time, count; open ones last. */
export function registerCsv(r: RegisterYear): string {
  const lines = ['jaar,uitkomst,afhandeltermijn,aantal'];
  for (const row of r.table)
    lines.push(`${r.year},${row.outcome},${row.handlingTime},${row.count}`);
  if (r.open > 0) lines.push(`${r.year},open,,${r.open}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** Reads every complaint (a few hundred a year) through the work-queue listing, page by page. */
@Injectable()
export class KlachtRegister {
  constructor(private readonly repository: CaseRepository) {}

  async forYear(year: number): Promise<RegisterYear> {
    const cases: CaseDoc[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.repository.list({ type: KLACHT, ...(after ? { after } : {}) }, 200);
      for (const item of page) {
        const doc = await this.repository.get(item._id);
        if (doc) cases.push(doc);
      }
      if (page.length < 200) break;
      after = page[page.length - 1]!._id;
    }
    return registerOf(year, cases);
  }
}
