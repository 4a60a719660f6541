import { Counters, Plain, Snapshots, storeContract } from '@inspectorate/persistence';
import { InMemoryStore } from './in-memory-store';

/** The fake behaves as MongoStore does on the real database (same suite, libs/persistence). */
describe('InMemoryStore', () => {
  storeContract({
    async stores() {
      const counters = new InMemoryStore(Counters);
      return {
        counters,
        plain: new InMemoryStore(Plain),
        snapshots: new InMemoryStore(Snapshots),
        hints: () => counters.hints,
      };
    },
  });

  it('lists the events queued in its documents', async () => {
    const store = new InMemoryStore(Counters);
    await store.insert({ _id: 'a', version: 1, count: 0 }, [
      {
        definition: { type: 't.v1', topic: 'inspectorate.t' },
        event: { id: 'e1', type: 't.v1', subject: 'a' } as never,
      },
    ]);
    expect(store.events().map((e) => e.id)).toEqual(['e1']);
  });

  it('refuses query operators it does not know, rather than matching wrongly', async () => {
    const store = new InMemoryStore(Counters).seed({ _id: 'a', version: 1, count: 0 });
    await expect(store.find({ count: { $regex: 'x' } })).rejects.toThrow('$regex is not supported');
  });
});
