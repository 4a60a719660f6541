/**
 * What a dead-letter replay remembers per DLQ partition, in its consumer
 * group's committed offset and the commit's metadata string (Kafka keeps
 * both; no other store is needed):
 * - the committed offset is where the next replay starts reading: the first
 *   dead letter still kept (still invalid), or the end when none is kept;
 * - the metadata says which offsets from there up to `upTo` are kept; every
 *   other offset below `upTo` was replayed and is skipped next time.
 * So a still-invalid dead letter stays where it is and is checked again by
 * every later replay (it goes out once the consumer's contract accepts it),
 * and nothing replayed is ever sent twice.
 */
export interface ReplayState {
  /** Kept offsets, sorted ascending. */
  kept: bigint[];
  /** Every offset below this was looked at (replayed or kept). */
  upTo: bigint;
}

/**
 * Kafka refuses commit metadata over `offset.metadata.max.bytes` (4096 by
 * default); stay well under it.
 */
export const MAX_METADATA_CHARS = 3000;

/** The state a commit stored, or null when the commit has none (a plain committed offset). */
export function readReplayState(metadata: string | null | undefined): ReplayState | null {
  if (!metadata) return null;
  try {
    const parsed = JSON.parse(metadata) as { v?: number; upTo?: string; kept?: [string, string][] };
    if (parsed.v !== 1 || typeof parsed.upTo !== 'string' || !Array.isArray(parsed.kept))
      return null;
    const kept: bigint[] = [];
    for (const [from, to] of parsed.kept)
      for (let o = BigInt(from); o <= BigInt(to); o++) kept.push(o);
    return { kept, upTo: BigInt(parsed.upTo) };
  } catch {
    return null;
  }
}

/** Whether the offset was replayed before (so it is skipped now). */
export function replayedBefore(state: ReplayState | null, offset: bigint): boolean {
  if (!state || offset >= state.upTo) return false;
  return !state.kept.includes(offset);
}

/**
 * The commit for a partition: offset and metadata. Kept offsets are written
 * as ranges; when they do not fit, the tail is dropped and `upTo` lowered to
 * the first dropped one, so those (and the replayed ones after them) are
 * looked at again next time: a replayed one may then go out a second time,
 * which consumers skip by its event id.
 */
export function replayCommit(state: ReplayState): { offset: string; metadata: string | null } {
  if (state.kept.length === 0) return { offset: state.upTo.toString(), metadata: null };
  const ranges: [string, string][] = [];
  let upTo = state.upTo;
  let start = state.kept[0]!;
  let prev = start;
  const close = (): boolean => {
    const next: [string, string] = [start.toString(), prev.toString()];
    // Room for the rest of the object around the ranges.
    if (JSON.stringify([...ranges, next]).length > MAX_METADATA_CHARS - 60) {
      upTo = start;
      return false;
    }
    ranges.push(next);
    return true;
  };
  let fits = true;
  for (const offset of state.kept.slice(1)) {
    if (offset === prev + 1n) {
      prev = offset;
      continue;
    }
    if (!(fits = close())) break;
    start = prev = offset;
  }
  if (fits) close();
  if (ranges.length === 0) return { offset: upTo.toString(), metadata: null };
  return {
    offset: state.kept[0]!.toString(),
    metadata: JSON.stringify({ v: 1, upTo: upTo.toString(), kept: ranges }),
  };
}
