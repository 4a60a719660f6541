import { LeaseService } from '@inspectorate/scheduling';
import {
  collectTopic,
  connectDb,
  testKafka,
  testScope,
  waitFor,
  type TestScope,
} from '@inspectorate/test-stack';
import type { Kafka, Producer } from 'kafkajs';
import { Collection, type Db } from 'mongodb';
import {
  OutboxRelay,
  type OutboxRelayOptions,
  apartCollectionOf,
  newWithEventsApart,
  provisionTopics,
  rewriteIfLate,
  topicNaming,
  writeApartEntries,
} from '../../src';
import { COUNTER_TOPIC, CounterIncremented, increment } from './counter-fixture';
import { createEvent } from '@inspectorate/contracts';

/**
 * The events of inserts kept apart (outbox-apart.ts, ADR 0002) on the real
 * broker and FerretDB: published without the aggregate being written again,
 * before the aggregate's later events, never when the aggregate's insert did
 * not land, and again after a crash between publish and clean-up.
 */
describe('outbox entries kept apart, on the real broker and database', () => {
  let scope: TestScope;
  let kafka: Kafka;
  let producerDb: { db: Db; close(): Promise<void> };
  const naming = () => topicNaming(scope.topicPrefix);
  const relays: OutboxRelay[] = [];
  const producers: Producer[] = [];
  const apart = () => producerDb.db.collection(apartCollectionOf('counters'));

  const newRelay = async (holder: string, overrides: Partial<OutboxRelayOptions> = {}) => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    producers.push(producer);
    const relay = new OutboxRelay({
      db: producerDb.db,
      producer,
      naming: naming(),
      lease: new LeaseService(producerDb.db),
      holder,
      leaseTtlMs: 2_000,
      pollIntervalMs: 50,
      ...overrides,
    });
    relay.register('counters');
    await relay.ensureIndexes();
    relays.push(relay);
    return { relay, producer };
  };

  beforeAll(async () => {
    scope = testScope('outbox-apart');
    kafka = testKafka(scope);
    producerDb = await connectDb(scope, `${scope.databaseName}_producer`);
    const admin = kafka.admin();
    await admin.connect();
    await provisionTopics(admin, naming(), [{ topic: COUNTER_TOPIC, partitions: 3 }]);
    await admin.disconnect();
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    // A connected producer keeps the test process alive after the run.
    await Promise.all(producers.splice(0).map((p) => p.disconnect().catch(() => undefined)));
  });

  afterAll(async () => {
    await producerDb.close();
  });

  const seqsOf =
    (collector: Awaited<ReturnType<typeof collectTopic>>) =>
    (key: string): number[] =>
      collector.messages
        .filter((m) => m.key === key)
        .map((m) => m.json<{ data: { seq: number } }>().data.seq);

  it('publishes an insert’s events kept apart without writing to the aggregate again', async () => {
    // Every write command the relay sends to the aggregates' collection. The
    // embedded outbox is cleared with an updateMany per batch (one rewrite of
    // each aggregate): this fails on that design.
    const writes: string[] = [];
    const spies = (['updateOne', 'updateMany', 'bulkWrite', 'replaceOne'] as const).map((name) => {
      const original = Collection.prototype[name] as (...args: unknown[]) => unknown;
      return jest.spyOn(Collection.prototype, name).mockImplementation(function (
        this: Collection,
        ...args: unknown[]
      ) {
        if (this.collectionName === 'counters') writes.push(name);
        return original.apply(this, args) as never;
      } as never);
    });
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const seqs = seqsOf(collector);
    try {
      // Handed over by the writer's replica, and found by a poll (another replica's write).
      const { relay } = await newRelay('replica-apart');
      await relay.start();
      for (const c of ['apart-1', 'apart-2', 'apart-3'])
        await increment(producerDb.db, c, { relay, apart: true });
      await increment(producerDb.db, 'apart-polled', { apart: true });
      await waitFor(
        () => ['apart-1', 'apart-2', 'apart-3', 'apart-polled'].every((c) => seqs(c).length === 1),
        { description: 'the four inserts’ events on the topic' },
      );
      await waitFor(async () => (await relay.backlog('counters')) === 0, {
        description: 'the entries deleted',
      });
      expect(await apart().countDocuments({})).toBe(0);
      expect(writes).toEqual([]);
      const stored = await producerDb.db
        .collection('counters')
        .find({ _id: { $in: ['apart-1', 'apart-polled'] } as never })
        .toArray();
      expect(stored.map((d) => ('outbox' in d ? d['outbox'] : 'none'))).toEqual(['none', 'none']);
    } finally {
      for (const spy of spies) spy.mockRestore();
      await collector.stop();
    }
  });

  it('publishes an aggregate’s later events (in its document) after its insert’s events kept apart', async () => {
    await increment(producerDb.db, 'apart-then-updated', { apart: true });
    await increment(producerDb.db, 'apart-then-updated');
    await increment(producerDb.db, 'apart-then-updated');
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const seqs = seqsOf(collector);
    try {
      const { relay } = await newRelay('replica-order');
      expect(await relay.drain('counters')).toBe(3);
      await waitFor(() => seqs('apart-then-updated').length === 3, {
        description: 'three events on the topic',
      });
      expect(seqs('apart-then-updated')).toEqual([1, 2, 3]);
      expect(await relay.backlog('counters')).toBe(0);
    } finally {
      await collector.stop();
    }
  });

  it('never publishes entries whose insert did not land; deletes them once past the orphan age, without holding up the others', async () => {
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const seqs = seqsOf(collector);
    try {
      // A writer that died between its two writes.
      await increment(producerDb.db, 'orphan-1', { apart: true, dieBetween: true });
      // A writer whose insert collided with another creator's document.
      await producerDb.db.collection<{ _id: string }>('counters').insertOne({ _id: 'taken-1' });
      const { entries } = newWithEventsApart({ _id: 'taken-1' }, [
        {
          definition: CounterIncremented,
          event: createEvent(CounterIncremented, {
            source: '/inspectorate/test',
            subject: 'taken-1',
            data: { counter: 'taken-1', seq: 1 },
            correlationId: 'corr-taken-1',
          }),
        },
      ]);
      await writeApartEntries(apart(), entries);
      // Written after both: the relay reads past the waiting orphan (one entry per read here).
      await increment(producerDb.db, 'after-orphan', { apart: true });

      const { relay } = await newRelay('replica-orphans', { batchSize: 1, orphanAfterMs: 3_000 });
      expect(await relay.drain('counters')).toBe(1);
      await waitFor(() => seqs('after-orphan').length === 1, { description: 'after-orphan out' });
      // The collided write's entry is gone at once; the dead writer's waits.
      expect((await apart().find({}).toArray()).map((e) => e['aggregate'])).toEqual(['orphan-1']);

      await waitFor(
        async () => (await relay.drain('counters'), await apart().countDocuments({})) === 0,
        {
          description: 'the orphan deleted once past its age',
        },
      );
      expect(seqs('orphan-1')).toEqual([]);
      expect(seqs('taken-1')).toEqual([]);
    } finally {
      await collector.stop();
    }
  });

  it('publishes the events of an insert that landed after its entries were taken for orphans (written again)', async () => {
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const seqs = seqsOf(collector);
    try {
      const event = createEvent(CounterIncremented, {
        source: '/inspectorate/test',
        subject: 'late-writer',
        data: { counter: 'late-writer', seq: 1 },
        correlationId: 'corr-late-writer',
      });
      const { doc, entries } = newWithEventsApart({ _id: 'late-writer', value: 1 }, [
        { definition: CounterIncremented, event },
      ]);
      const startedAt = await writeApartEntries(apart(), entries);
      const { relay } = await newRelay('replica-late', { orphanAfterMs: 1_000 });
      await relay.start();
      await waitFor(async () => (await apart().countDocuments({})) === 0, {
        description: 'the entries taken for orphans',
      });
      // The writer's insert lands only now, past half the orphan age: it writes its entries again.
      await producerDb.db.collection('counters').insertOne(doc as never);
      await rewriteIfLate(apart(), entries, startedAt, 1_000);
      await waitFor(() => seqs('late-writer').length === 1, { description: 'published' });
      expect(
        collector.messages.find((m) => m.key === 'late-writer')!.json<{ id: string }>().id,
      ).toBe(event.id);
    } finally {
      await collector.stop();
    }
  });

  it('leaves the entries its own replica is writing now to that write’s handover', async () => {
    const event = createEvent(CounterIncremented, {
      source: '/inspectorate/test',
      subject: 'in-flight',
      data: { counter: 'in-flight', seq: 1 },
      correlationId: 'corr-in-flight',
    });
    const { doc, entries } = newWithEventsApart({ _id: 'in-flight', value: 1 }, [
      { definition: CounterIncremented, event },
    ]);
    const { relay } = await newRelay('replica-in-flight');
    const writing = relay.writingApart(
      'counters',
      entries.map((e) => e._id),
    );
    await writeApartEntries(apart(), entries);
    await producerDb.db.collection('counters').insertOne(doc as never);
    // Landed, but its writer has not handed it over yet: not read back by a poll.
    expect(await relay.drain('counters')).toBe(0);
    writing.done();
    // A write that ended without a handover (it failed, or the relay was not running): found as any other.
    expect(await relay.drain('counters')).toBe(1);
    expect(await relay.backlog('counters')).toBe(0);
  });

  it('publishes entries kept apart again after a crash between publish and clean-up, with the same id', async () => {
    await increment(producerDb.db, 'apart-crash', { apart: true });
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    try {
      const { relay: dying, producer } = await newRelay('replica-apart-dying', {
        afterPublish: async () => {
          throw new Error('simulated crash after publish');
        },
      });
      await expect(dying.drain('counters')).rejects.toThrow('simulated crash');
      await producer.disconnect();
      expect(await dying.backlog('counters')).toBe(1);

      const { relay: survivor } = await newRelay('replica-apart-survivor');
      expect(await survivor.drain('counters')).toBe(1);
      expect(await survivor.backlog('counters')).toBe(0);
      const ofCrash = () => collector.messages.filter((m) => m.key === 'apart-crash');
      await waitFor(() => ofCrash().length === 2, { description: 'both publications' });
      expect(new Set(ofCrash().map((m) => m.json<{ id: string }>().id)).size).toBe(1);
    } finally {
      await collector.stop();
    }
  });
});
