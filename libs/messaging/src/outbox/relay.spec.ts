import type { Producer } from 'kafkajs';
import type { Db } from 'mongodb';
import { topicNaming } from '../topics/naming';
import { OutboxRelay, produceRequests } from './relay';

describe('produceRequests', () => {
  const message = (topic: string, key: string, bytes: number) => ({
    topic,
    message: { key, value: 'v'.repeat(bytes) },
  });

  it('keeps each request under the limit and every topic in its order', () => {
    const messages = [
      message('a', 'k1', 400),
      message('b', 'k2', 400),
      message('a', 'k1', 400),
      message('a', 'k3', 400),
    ];
    const requests = produceRequests(messages, 1000);
    expect(requests.map((r) => r.map((t) => [t.topic, t.messages.length]))).toEqual([
      [
        ['a', 1],
        ['b', 1],
      ],
      [['a', 2]],
    ]);
    const sent = requests.flatMap((r) => r.flatMap((t) => t.messages));
    expect(sent.map((m) => m.key)).toEqual(['k1', 'k2', 'k1', 'k3']);
  });

  it('sends a message larger than the limit alone, and nothing when there is nothing', () => {
    const requests = produceRequests(
      [message('a', 'small', 10), message('a', 'huge', 5000), message('a', 'small', 10)],
      1000,
    );
    expect(requests.map((r) => r[0].messages.map((m) => m.key))).toEqual([
      ['small'],
      ['huge'],
      ['small'],
    ]);
    expect(produceRequests([], 1000)).toEqual([]);
  });
});

describe('OutboxRelay nudges', () => {
  /** A database that answers every read with nothing and counts the reads per collection. */
  function countingDb(reads: Map<string, number>): Db {
    const collection = (name: string) => ({
      find: () => {
        reads.set(name, (reads.get(name) ?? 0) + 1);
        return {
          toArray: async () => [],
          close: async () => undefined,
          [Symbol.asyncIterator]: () => [][Symbol.iterator](),
        };
      },
      countDocuments: async () => 0,
    });
    return { collection } as unknown as Db;
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('wakes only the loop of the collection written to', async () => {
    const reads = new Map<string, number>();
    const relay = new OutboxRelay({
      db: countingDb(reads),
      producer: {} as Producer,
      naming: topicNaming('test'),
      lease: { tryAcquire: async () => true, release: async () => undefined },
      holder: 'replica-1',
      // Only a nudge wakes a loop during the test.
      pollIntervalMs: 60_000,
    });
    relay.register('boards');
    relay.register('schools');
    await relay.start();
    try {
      await settle();
      const boardsBefore = reads.get('boards') ?? 0;
      const schoolsBefore = reads.get('schools') ?? 0;
      expect(boardsBefore).toBeGreaterThan(0);
      for (let i = 0; i < 3; i++) {
        await relay.queued('schools', [`school-${i}`]);
        await settle();
      }
      // Each nudge made the schools' loop look again (its documents and its apart entries) ...
      expect(reads.get('schools')).toBeGreaterThanOrEqual(schoolsBefore + 3);
      // ... and the boards' loop slept on.
      expect(reads.get('boards')).toBe(boardsBefore);
      // Without a name, every loop looks.
      relay.nudge();
      await settle();
      expect(reads.get('boards')).toBeGreaterThan(boardsBefore);
    } finally {
      await relay.stop();
    }
  });
});
