/*
 * How the chaos run compares what the system holds with what the scenario
 * expects, key by key (checks.ts reads the keys from the databases): exactly
 * the expected set, so a record that should not exist fails the run as a
 * duplicate or a loss does. (The national run's read models held 6,122
 * vestigingen where 6,120 were expected; the two were closed in August and
 * rightly kept, but a count could not tell them from real extras.)
 */

export interface CheckRow {
  what: string;
  expected: number;
  found: number;
  duplicates: number;
  losses: number;
  /** Records whose key the scenario never expected: they should not exist (or not in that state). */
  extras: number;
  note?: string;
}

const examples = (label: string, keys: string[]) =>
  keys.length ? `${label} ${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ', …' : ''}` : '';

/**
 * Counts per key: duplicates are the further copies of an expected key,
 * losses the expected keys found nowhere, extras the records of keys not
 * expected at all. A key that carries a state (a vestiging's status and end
 * date) makes a record in the wrong state a loss and an extra.
 */
export function tally(
  what: string,
  expected: readonly string[],
  found: readonly string[],
  note?: string,
): CheckRow {
  const want = new Set(expected);
  const counts = new Map<string, number>();
  for (const k of found) counts.set(k, (counts.get(k) ?? 0) + 1);
  let duplicates = 0;
  const extra: string[] = [];
  for (const [k, c] of counts) {
    if (want.has(k)) duplicates += c - 1;
    else for (let i = 0; i < c; i++) extra.push(k);
  }
  const lost = [...want].filter((k) => !counts.has(k));
  const says = [note, examples('extra:', extra), examples('lost:', lost)].filter(Boolean);
  return {
    what,
    expected: want.size,
    found: found.length,
    duplicates,
    losses: lost.length,
    extras: extra.length,
    ...(says.length ? { note: says.join('; ') } : {}),
  };
}

/**
 * The key of a vestiging in a read model: its code, its status and, where the
 * model keeps it, its end date (monitoring-intake's `closedOn`).
 */
export function vestigingKey(v: { _id: unknown; status?: unknown; closedOn?: unknown }): string {
  return [
    String(v._id),
    String(v.status ?? 'no status'),
    ...(v.closedOn ? [String(v.closedOn)] : []),
  ].join(' ');
}

/**
 * The vestigingen a read model must hold: the open ones, and the ones closed
 * in August with their end date (`closedOn`; null for a model that keeps only
 * the status): a closed vestiging still owes its monitoring and gets letters.
 */
export function expectedVestigingen(
  open: readonly string[],
  closed: readonly string[],
  closedOn: string | null,
): string[] {
  return [
    ...open.map((code) => vestigingKey({ _id: code, status: 'open' })),
    ...closed.map((code) => vestigingKey({ _id: code, status: 'closed', closedOn })),
  ];
}

/** What decides a run: the checks' rows, the events, half-written state and processes that died on their own. */
export function failed(
  result: {
    rows: CheckRow[];
    events: { unconsumed: string[] };
    halfWritten: string[];
  },
  crashed: string[],
): boolean {
  return (
    result.rows.some((r) => r.duplicates > 0 || r.losses > 0 || r.extras > 0) ||
    result.events.unconsumed.length > 0 ||
    result.halfWritten.length > 0 ||
    crashed.length > 0
  );
}
