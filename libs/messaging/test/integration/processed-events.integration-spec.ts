import { connectDb, testScope, waitFor } from '@inspectorate/test-stack';
import type { Db } from 'mongodb';
import { ProcessedEventStore } from '../../src';

/** The processed-event ids are written behind, in batches, on the real database. */
describe('ProcessedEventStore on the real database', () => {
  let conn: { db: Db; close(): Promise<void> };
  const stored = () => conn.db.collection('processed_events').countDocuments();

  beforeAll(async () => {
    conn = await connectDb(testScope('processed-events'));
  });

  afterAll(async () => {
    await conn.close();
  });

  beforeEach(async () => {
    await conn.db
      .collection('processed_events')
      .deleteMany({})
      .catch(() => undefined);
  });

  it('counts a recorded id as handled at once and writes the ids together, later', async () => {
    const errors: unknown[] = [];
    const store = new ProcessedEventStore(conn.db, {
      flushAfterMs: 60_000,
      onFlushError: (e) => errors.push(e),
    });
    await store.record('g', 'e1', 't', new Date());
    await store.record('g', 'e2', 't', new Date());
    expect(await store.has('g', 'e1')).toBe(true);
    expect(await store.has('g', 'e3')).toBe(false);
    // Not written yet: one write for the batch comes with flush (or the timer).
    expect(await stored()).toBe(0);
    await store.flush();
    expect(await stored()).toBe(2);
    // Another replica (a store of its own) sees them in the database.
    const other = new ProcessedEventStore(conn.db);
    expect(await other.has('g', 'e2')).toBe(true);
    // An id recorded again (a redelivery, another replica) is no error.
    await other.record('g', 'e1', 't', new Date());
    await other.record('g', 'e4', 't', new Date());
    await store.record('g', 'e4', 't', new Date());
    await Promise.all([other.flush(), store.flush()]);
    expect(await stored()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('writes on its own after flushAfterMs, and at once when maxPending ids wait', async () => {
    const timed = new ProcessedEventStore(conn.db, { flushAfterMs: 50 });
    await timed.record('g', 'timed', 't', new Date());
    await waitFor(async () => (await stored()) === 1, { description: 'the timed write' });

    const full = new ProcessedEventStore(conn.db, { flushAfterMs: 60_000, maxPending: 3 });
    for (const id of ['a', 'b']) await full.record('g', id, 't', new Date());
    expect(await stored()).toBe(1);
    await full.record('g', 'c', 't', new Date());
    expect(await stored()).toBe(4);
  });
});
