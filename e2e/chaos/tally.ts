/*
 * How the chaos run compares what the system holds with what the scenario
 * expects, key by key (checks.ts reads the keys from the databases).
 */

export interface CheckRow {
  what: string;
  expected: number;
  found: number;
  duplicates: number;
  losses: number;
  note?: string;
}

/** Counts per key: duplicates are the extra ones, losses the expected keys with none. */
export function tally(what: string, expected: string[], found: string[], note?: string): CheckRow {
  const counts = new Map<string, number>();
  for (const k of found) counts.set(k, (counts.get(k) ?? 0) + 1);
  const duplicates = [...counts.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
  const losses = expected.filter((k) => !counts.has(k)).length;
  return {
    what,
    expected: expected.length,
    found: found.length,
    duplicates,
    losses,
    ...(note ? { note } : {}),
  };
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
    result.rows.some((r) => r.duplicates > 0 || r.losses > 0) ||
    result.events.unconsumed.length > 0 ||
    result.halfWritten.length > 0 ||
    crashed.length > 0
  );
}
