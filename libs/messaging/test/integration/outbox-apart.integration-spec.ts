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
  newInsertsApart,
  provisionTopics,
  rewriteIfLate,
  toOutboxEntries,
  topicNaming,
  writeApart,
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

  const counterEvent = (counter: string, seq = 1) => ({
    definition: CounterIncremented,
    event: createEvent(CounterIncremented, {
      source: '/inspectorate/test',
      subject: counter,
      data: { counter, seq },
      correlationId: `corr-${counter}-${seq}`,
    }),
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
      const { writes } = newInsertsApart([
        { doc: { _id: 'taken-1' }, events: [counterEvent('taken-1')] },
      ]);
      await writeApart(apart(), writes);
      // Written after both: the relay reads past the waiting orphan (one entry per read here).
      await increment(producerDb.db, 'after-orphan', { apart: true });

      const { relay } = await newRelay('replica-orphans', { batchSize: 1, orphanAfterMs: 3_000 });
      expect(await relay.drain('counters')).toBe(1);
      await waitFor(() => seqs('after-orphan').length === 1, { description: 'after-orphan out' });
      // The collided write's document is gone at once; the dead writer's waits.
      expect((await apart().find({}).toArray()).map((e) => e['aggregates'])).toEqual([
        ['orphan-1'],
      ]);

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
      const { docs, writes } = newInsertsApart([
        {
          doc: { _id: 'late-writer', value: 1 },
          events: [{ definition: CounterIncremented, event }],
        },
      ]);
      const startedAt = await writeApart(apart(), writes);
      const { relay } = await newRelay('replica-late', { orphanAfterMs: 1_000 });
      await relay.start();
      await waitFor(async () => (await apart().countDocuments({})) === 0, {
        description: 'the entries taken for orphans',
      });
      // The writer's insert lands only now, past half the orphan age: it writes its entries again.
      await producerDb.db.collection('counters').insertOne(docs[0] as never);
      await rewriteIfLate(apart(), writes, startedAt, 1_000);
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
    const { docs, writes } = newInsertsApart([
      { doc: { _id: 'in-flight', value: 1 }, events: [{ definition: CounterIncremented, event }] },
    ]);
    const { relay } = await newRelay('replica-in-flight');
    const writing = relay.writingApart(
      'counters',
      writes.map((w) => w._id),
    );
    await writeApart(apart(), writes);
    await producerDb.db.collection('counters').insertOne(docs[0] as never);
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
  it('keeps a bulk insert’s events in one document, publishes what landed, narrows it to what waits, and deletes it when all are out', async () => {
    const names = ['bulk-a', 'bulk-b', 'bulk-c', 'bulk-taken'];
    await producerDb.db.collection<{ _id: string }>('counters').insertOne({ _id: 'bulk-taken' });
    const { docs, writes } = newInsertsApart(
      names.map((name) => ({ doc: { _id: name, value: 1 }, events: [counterEvent(name)] })),
    );
    // One document for the whole write, every aggregate carrying its id.
    expect(writes).toHaveLength(1);
    expect(writes[0]!.aggregates).toEqual(names);
    expect(new Set(docs.map((d) => d.outboxWrite))).toEqual(new Set([writes[0]!._id]));
    await writeApart(apart(), writes);
    // Another replica's writer, half-way: a and b landed, c not yet, the last one collided.
    await producerDb.db.collection('counters').insertMany([docs[0], docs[1]] as never[]);
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const seqs = seqsOf(collector);
    try {
      const { relay } = await newRelay('replica-bulk');
      expect(await relay.drain('counters')).toBe(2);
      const [narrowed] = await apart()
        .find({ _id: writes[0]!._id } as never)
        .toArray();
      expect(narrowed!['aggregates']).toEqual(['bulk-c']);
      // The rest lands: published, and the document is gone.
      await producerDb.db.collection('counters').insertOne(docs[2] as never);
      expect(await relay.drain('counters')).toBe(1);
      expect(await apart().countDocuments({})).toBe(0);
      await waitFor(() => ['bulk-a', 'bulk-b', 'bulk-c'].every((n) => seqs(n).length === 1), {
        description: 'the three landed inserts’ events on the topic',
      });
      expect(seqs('bulk-taken')).toEqual([]);
    } finally {
      await collector.stop();
    }
  });

  it('deletes a handed-over write’s document in one statement once its landed aggregates are out', async () => {
    const names = ['handed-a', 'handed-b', 'handed-taken'];
    await producerDb.db.collection<{ _id: string }>('counters').insertOne({ _id: 'handed-taken' });
    const { docs, entries, writes } = newInsertsApart(
      names.map((name) => ({ doc: { _id: name, value: 1 }, events: [counterEvent(name)] })),
    );
    const deletes: unknown[] = [];
    const original = Collection.prototype.deleteMany as (...args: unknown[]) => unknown;
    const spy = jest.spyOn(Collection.prototype, 'deleteMany').mockImplementation(function (
      this: Collection,
      ...args: unknown[]
    ) {
      if (this.collectionName === apartCollectionOf('counters')) deletes.push(args[0]);
      return original.apply(this, args) as never;
    } as never);
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const seqs = seqsOf(collector);
    try {
      const { relay } = await newRelay('replica-handed');
      await relay.start();
      const writing = relay.writingApart('counters', [writes[0]!._id]);
      await writeApart(apart(), writes);
      // The writer's bulk: two land, the third collides and is not handed over.
      await producerDb.db.collection('counters').insertMany([docs[0], docs[1]] as never[]);
      await relay.queued(
        'counters',
        ['handed-a', 'handed-b'],
        [0, 1].map((k) => ({
          _id: docs[k]!._id,
          outbox: entries[k]!,
          apartWrite: writes[0]!._id,
        })),
      );
      writing.done();
      await waitFor(() => seqs('handed-a').length === 1 && seqs('handed-b').length === 1, {
        description: 'the two landed inserts’ events on the topic',
      });
      await waitFor(async () => (await apart().countDocuments({})) === 0, {
        description: 'the write’s document deleted',
      });
      expect(deletes).toEqual([{ _id: { $in: [writes[0]!._id] } }]);
      expect(seqs('handed-taken')).toEqual([]);
    } finally {
      spy.mockRestore();
      await collector.stop();
    }
  });

  it('publishes entries in the format of the release before (one document per event), in order', async () => {
    // As a replica of the release before writes them, during a rolling update.
    const events = [counterEvent('format-1', 1), counterEvent('format-1', 2)];
    const write = 'format-1-write';
    await apart().insertMany(
      events.map(({ definition, event }, seq) => ({
        _id: `${write}:${seq}`,
        aggregate: 'format-1',
        write,
        seq,
        of: 2,
        entry: toOutboxEntries([{ definition, event }])[0],
        createdAt: new Date(),
      })) as never[],
    );
    await producerDb.db
      .collection('counters')
      .insertOne({ _id: 'format-1', value: 2, outboxWrite: write } as never);
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const seqs = seqsOf(collector);
    try {
      // One entry per read: the read cuts the write and fetches the rest of it.
      const { relay } = await newRelay('replica-format-1', { batchSize: 1 });
      expect(await relay.drain('counters')).toBe(2);
      expect(await apart().countDocuments({})).toBe(0);
      await waitFor(() => seqs('format-1').length === 2, { description: 'both events out' });
      expect(seqs('format-1')).toEqual([1, 2]);
    } finally {
      await collector.stop();
    }
  });
});
