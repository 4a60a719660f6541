import { apartRefs, landedUnrelayed } from './apart';

describe('half-written state in an outbox kept apart', () => {
  it('counts the entries of inserts that landed, not those of inserts that never did', () => {
    const entries = [
      { aggregate: 'v1', write: 'w1' }, // landed: v1 carries w1
      { aggregate: 'v1', write: 'w1' },
      { aggregate: 'v2', write: 'w2' }, // collided: v2 was inserted by another write
      { aggregate: 'v3', write: 'w3' }, // the writer died before the insert
    ];
    const aggregates = [
      { _id: 'v1', outboxWrite: 'w1' },
      { _id: 'v2', outboxWrite: 'w9' },
    ];
    expect(landedUnrelayed(entries, aggregates)).toBe(2);
    expect(landedUnrelayed(entries, [])).toBe(0);
  });

  it('reads a write’s document (one per bulk) and an entry of the format before alike', () => {
    const refs = apartRefs([
      { _id: 'w1', aggregates: ['v1', 'v2'] },
      { _id: 'w0:0', aggregate: 'v3', write: 'w0' },
      { _id: 'stray' },
    ]);
    expect(refs).toEqual([
      { aggregate: 'v1', write: 'w1' },
      { aggregate: 'v2', write: 'w1' },
      { aggregate: 'v3', write: 'w0' },
    ]);
    expect(
      landedUnrelayed(refs, [
        { _id: 'v1', outboxWrite: 'w1' },
        { _id: 'v2', outboxWrite: 'w7' },
        { _id: 'v3', outboxWrite: 'w0' },
      ]),
    ).toBe(2);
  });
});
