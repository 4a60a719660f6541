import {
  type IsoDate,
  amsterdamMidnight,
  isValidDate,
  schooljaarBounds,
} from '@inspectorate/scheduling';

/**
 * The monitoring deadline: results must arrive BEFORE 1 July at the end of
 * the schooljaar (Europe/Amsterdam), so for 2025-2026 the last moment is
 * 2026-06-30 23:59:59.999 local time. A deadline is kept as the exclusive
 * calendar date (`2026-07-01`), the way the SubmissionMissing event says it.
 */
export function defaultDeadline(schooljaar: string): IsoDate {
  const { lastDay } = schooljaarBounds(schooljaar);
  return `${lastDay.slice(0, 4)}-07-01`;
}

/** The instant the deadline starts: 00:00 Amsterdam time on the deadline date. */
export function deadlineInstant(deadline: IsoDate): Date {
  return amsterdamMidnight(deadline);
}

/** A delivery received on or after 00:00 of the deadline date (Amsterdam) is late. */
export function isLate(receivedAt: Date, deadline: IsoDate): boolean {
  return receivedAt.getTime() >= deadlineInstant(deadline).getTime();
}

/**
 * A deadline must fall inside its schooljaar or after it (a deadline before
 * the year even started makes no sense), and at most a year after its end.
 */
export function deadlineProblem(schooljaar: string, deadline: unknown): string | null {
  if (!isValidDate(deadline)) return 'must be a calendar date YYYY-MM-DD';
  const { firstDay, lastDay } = schooljaarBounds(schooljaar);
  const latest = `${Number(lastDay.slice(0, 4)) + 1}-07-31`;
  if (deadline <= firstDay || deadline > latest) {
    return `must lie after ${firstDay} (start of ${schooljaar}) and not after ${latest}`;
  }
  return null;
}

/** Parses MONITORING_DEADLINES (`2025-2026=2026-06-15,...`); throws on a deadline that makes no sense. */
export function parseDeadlineOverrides(value: string): Map<string, IsoDate> {
  const out = new Map<string, IsoDate>();
  for (const pair of value.split(',').filter((p) => p.trim() !== '')) {
    const [schooljaar = '', deadline = ''] = pair.trim().split('=');
    const problem = deadlineProblem(schooljaar, deadline);
    if (problem)
      throw new Error(`MONITORING_DEADLINES: ${schooljaar}=${deadline}: the deadline ${problem}`);
    out.set(schooljaar, deadline);
  }
  return out;
}
