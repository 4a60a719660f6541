import { MAX_METADATA_CHARS, readReplayState, replayCommit, replayedBefore } from './replay-state';

describe('dead-letter replay state', () => {
  it('commits the end when nothing is kept', () => {
    expect(replayCommit({ kept: [], upTo: 7n })).toEqual({ offset: '7', metadata: null });
    expect(readReplayState(null)).toBeNull();
  });

  it('starts the next replay at the first kept offset and skips what was replayed', () => {
    const commit = replayCommit({ kept: [2n, 3n, 4n, 8n], upTo: 10n });
    expect(commit.offset).toBe('2');
    const state = readReplayState(commit.metadata);
    expect(state).toEqual({ kept: [2n, 3n, 4n, 8n], upTo: 10n });
    expect([2n, 3n, 5n, 6n, 7n, 8n, 9n, 10n].map((o) => replayedBefore(state, o))).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('keeps the metadata under Kafka’s limit by looking at the tail again next time', () => {
    const kept = Array.from({ length: 2000 }, (_, i) => BigInt(i * 2));
    const commit = replayCommit({ kept, upTo: 5000n });
    expect(commit.metadata!.length).toBeLessThanOrEqual(MAX_METADATA_CHARS);
    const state = readReplayState(commit.metadata)!;
    expect(state.kept[0]).toBe(0n);
    // Nothing beyond what the metadata lists counts as replayed.
    expect(state.upTo).toBe(state.kept[state.kept.length - 1]! + 2n);
    expect(replayedBefore(state, state.upTo)).toBe(false);
  });

  it('ignores metadata it did not write', () => {
    expect(readReplayState('')).toBeNull();
    expect(readReplayState('not json')).toBeNull();
    expect(readReplayState('{"v":2}')).toBeNull();
  });
});
