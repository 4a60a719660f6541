import { addDays, addDuration, daysBetween, parseDuration } from '../case-types/duration';

/**
 * A deadline of a case: the term of the hoor en wederhoor, the deadline of a
 * herstelopdracht. `dueOn` is exclusive: what must happen "before 1 November"
 * has dueOn 2026-11-01, and it has passed from that day on (Amsterdam).
 * Suspending and extending move `dueOn` by real calendar arithmetic; the
 * original date and every change stay on the record.
 */
export interface Deadline {
  kind: string;
  dueOn: string;
  originalDueOn: string;
  state: 'running' | 'suspended' | 'met' | 'passed';
  suspendedOn: string | null;
  changes: DeadlineChange[];
}

export interface DeadlineChange {
  action: 'suspended' | 'resumed' | 'extended';
  on: string;
  dueOnBefore: string;
  dueOnAfter: string;
  reason: string;
  actor: string;
  /** For an extension the law allows only with the other party's written consent: that consent. */
  consent?: DeadlineConsent;
}

/**
 * Written consent to move a deadline (Awb 9:11(2): a complaint's decision
 * later than the one adjournment, only with the complainant's written
 * consent): who gave it, on which day, and where it is (a letter, a mail).
 */
export interface DeadlineConsent {
  givenBy: string;
  givenOn: string;
  document: string;
}

export class DeadlineError extends Error {}

export function newDeadline(kind: string, dueOn: string): Deadline {
  return { kind, dueOn, originalDueOn: dueOn, state: 'running', suspendedOn: null, changes: [] };
}

export function suspend(d: Deadline, on: string, reason: string, actor: string): Deadline {
  if (d.state !== 'running')
    throw new DeadlineError(
      `the ${d.kind} deadline is ${d.state}, only a running one can be suspended`,
    );
  return {
    ...d,
    state: 'suspended',
    suspendedOn: on,
    changes: [
      ...d.changes,
      { action: 'suspended', on, dueOnBefore: d.dueOn, dueOnAfter: d.dueOn, reason, actor },
    ],
  };
}

/** Resuming adds the days it was suspended (the clock stood still) to the due date. */
export function resume(d: Deadline, on: string, reason: string, actor: string): Deadline {
  if (d.state !== 'suspended' || d.suspendedOn === null) {
    throw new DeadlineError(`the ${d.kind} deadline is ${d.state}, not suspended`);
  }
  const stood = daysBetween(d.suspendedOn, on);
  if (stood < 0)
    throw new DeadlineError(`cannot resume on ${on}, before it was suspended (${d.suspendedOn})`);
  const dueOn = addDays(d.dueOn, stood);
  return {
    ...d,
    state: 'running',
    suspendedOn: null,
    dueOn,
    changes: [
      ...d.changes,
      { action: 'resumed', on, dueOnBefore: d.dueOn, dueOnAfter: dueOn, reason, actor },
    ],
  };
}

/**
 * Extends by an ISO-8601 duration (`P2W`) or to a later date. `limits`
 * carries what the law attaches to this extension: `atMost` (the new due
 * date no later than the current one plus this duration, in calendar
 * arithmetic) and a recorded `consent` (kept on the change).
 */
export function extend(
  d: Deadline,
  by: { duration?: string; until?: string },
  on: string,
  reason: string,
  actor: string,
  limits: { atMost?: string; consent?: DeadlineConsent } = {},
): Deadline {
  if (d.state !== 'running' && d.state !== 'suspended')
    throw new DeadlineError(`the ${d.kind} deadline is ${d.state}; it can no longer be extended`);
  let dueOn: string;
  if (by.duration !== undefined) {
    parseDuration(by.duration);
    dueOn = addDuration(d.dueOn, by.duration);
  } else if (by.until !== undefined) {
    if (by.until <= d.dueOn)
      throw new DeadlineError(
        `until (${by.until}) must be after the current due date (${d.dueOn})`,
      );
    dueOn = by.until;
  } else {
    throw new DeadlineError('give either a duration (e.g. P2W) or an until date');
  }
  if (limits.atMost !== undefined) {
    const latest = addDuration(d.dueOn, limits.atMost);
    if (dueOn > latest)
      throw new DeadlineError(
        `the ${d.kind} deadline may move by at most ${limits.atMost}: to ${latest} at the latest, not ${dueOn}`,
      );
  }
  if (limits.consent && limits.consent.givenOn > on)
    throw new DeadlineError(
      `consent given on ${limits.consent.givenOn} is later than the extension (${on})`,
    );
  return {
    ...d,
    dueOn,
    changes: [
      ...d.changes,
      {
        action: 'extended',
        on,
        dueOnBefore: d.dueOn,
        dueOnAfter: dueOn,
        reason,
        actor,
        ...(limits.consent ? { consent: limits.consent } : {}),
      },
    ],
  };
}

/** How often a deadline was extended, and how often of those with recorded consent. */
export function extensionsOf(d: Deadline): { total: number; withConsent: number } {
  const extended = d.changes.filter((c) => c.action === 'extended');
  return { total: extended.length, withConsent: extended.filter((c) => c.consent).length };
}

/** Ends a running or suspended deadline: met (done in time) or passed (done late, or never). */
export function end(d: Deadline, state: 'met' | 'passed'): Deadline {
  if (d.state === 'met' || d.state === 'passed') return d;
  return { ...d, state, suspendedOn: null };
}

/** True when a running deadline has passed on `asOf` (dueOn is exclusive). */
export function hasPassed(d: Deadline, asOf: string): boolean {
  return d.state === 'running' && asOf >= d.dueOn;
}

/** The earliest due date of the running deadlines, for the "deadline before" queue filter. */
export function nextDueOn(deadlines: readonly Deadline[]): string | null {
  const running = deadlines.filter((d) => d.state === 'running').map((d) => d.dueOn);
  return running.length === 0 ? null : running.sort()[0]!;
}
