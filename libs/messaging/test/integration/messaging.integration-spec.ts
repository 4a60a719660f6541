import type { INestMicroservice } from '@nestjs/common';
import { LeaseService } from '@inspectorate/scheduling';
import {
  collectTopic,
  connectDb,
  holdsFor,
  testKafka,
  testScope,
  waitFor,
  type TestScope,
} from '@inspectorate/test-stack';
import type { Kafka } from 'kafkajs';
import { Collection, type Db } from 'mongodb';
import {
  DLQ_HEADERS,
  DeadLetterService,
  type LeaseLike,
  OutboxRelay,
  type OutboxRelayOptions,
  provisionTopics,
  topicNaming,
} from '../../src';
import {
  COUNTER_TOPIC,
  type SeenDoc,
  consumerState,
  increment,
  startConsumer,
  testCatalog,
} from './counter-fixture';

/**
 * The backbone's reliability rules, proven against the real broker and
 * FerretDB: outbox to consumer in order, crash between publish and clean-up,
 * retries and dead letters, and a consumer that stops mid-stream.
 */
describe('messaging on the real broker and database', () => {
  let scope: TestScope;
  let kafka: Kafka;
  let producerDb: { db: Db; close(): Promise<void> };
  let consumerDb: { db: Db; close(): Promise<void> };
  const naming = () => topicNaming(scope.topicPrefix);
  const apps: INestMicroservice[] = [];
  const relays: OutboxRelay[] = [];

  const newRelay = async (
    holder: string,
    afterPublish?: () => Promise<void>,
    pollIntervalMs = 50,
    overrides: Pick<OutboxRelayOptions, 'lease' | 'leaseTtlMs'> | object = {},
  ) => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const relay = new OutboxRelay({
      db: producerDb.db,
      producer,
      naming: naming(),
      lease: new LeaseService(producerDb.db),
      holder,
      leaseTtlMs: 2_000,
      pollIntervalMs,
      ...(afterPublish ? { afterPublish } : {}),
      ...overrides,
    });
    relay.register('counters');
    await relay.ensureIndexes();
    relays.push(relay);
    return { relay, producer };
  };

  const seen = async (counter: string) =>
    consumerDb.db.collection<SeenDoc>('seen').findOne({ _id: counter });

  beforeAll(async () => {
    scope = testScope('messaging');
    kafka = testKafka(scope);
    producerDb = await connectDb(scope, `${scope.databaseName}_producer`);
    consumerDb = await connectDb(scope, `${scope.databaseName}_consumer`);
    const admin = kafka.admin();
    await admin.connect();
    await provisionTopics(admin, naming(), [{ topic: COUNTER_TOPIC, partitions: 3 }]);
    await admin.disconnect();
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    await Promise.all(apps.splice(0).map((a) => a.close()));
  });

  afterAll(async () => {
    await producerDb.close();
    await consumerDb.close();
  });

  it('delivers an aggregate’s events to a consumer in another app, in order per key', async () => {
    const state = consumerState(consumerDb.db);
    apps.push(
      await startConsumer({
        brokers: scope.kafkaBrokers,
        prefix: scope.topicPrefix,
        group: 'orders',
        state,
      }),
    );
    const { relay } = await newRelay('replica-a');
    await relay.start();

    const counters = ['c-a', 'c-b', 'c-c', 'c-d'];
    for (let i = 0; i < 10; i++) {
      for (const c of counters) await increment(producerDb.db, c, { relay });
    }

    for (const c of counters) {
      const doc = await waitFor(async () => ((await seen(c))?.total === 10 ? seen(c) : undefined), {
        description: `10 increments of ${c} consumed`,
      });
      expect(doc!.seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
    expect([...state.topicsSeen]).toEqual([`${scope.topicPrefix}${COUNTER_TOPIC}`]);
    // Published and cleaned up: nothing left in any outbox.
    await waitFor(async () => (await relay.backlog('counters')) === 0, {
      description: 'empty outbox',
    });
  });

  it('finds events whose hint was lost (a writer died after its write) by sweeping', async () => {
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const ofKey = (key: string) => collector.messages.filter((m) => m.key === key);
    // Queued before any relay runs and never hinted: the first look after taking the lease finds it.
    await increment(producerDb.db, 'unhinted-1');
    const { relay } = await newRelay('replica-sweeper');
    await relay.start();
    await waitFor(() => ofKey('unhinted-1').length === 1, {
      description: 'the write from before the start published by the first sweep',
    });
    // Queued while the relay runs, never hinted (another replica's write): the next poll finds it.
    await increment(producerDb.db, 'unhinted-2');
    await waitFor(() => ofKey('unhinted-2').length === 1, {
      description: 'the unhinted write published by a later sweep',
    });
    await waitFor(async () => (await relay.backlog('counters')) === 0, {
      description: 'empty outbox',
    });
    await collector.stop();
  });

  it('keeps publishing while its lease renewal waits, and stops once the lease may have run out', async () => {
    // A lease whose renewals wait until the test lets them through, as a
    // write waits behind the database's other writes.
    const real = new LeaseService(producerDb.db);
    let calls = 0;
    let firstAt = 0;
    let letThrough = (): void => undefined;
    const gate = new Promise<void>((resolve) => (letThrough = resolve));
    const lease: LeaseLike = {
      tryAcquire: async (name, holder, ttlMs) => {
        calls += 1;
        if (calls === 1) firstAt = Date.now();
        else await gate;
        return real.tryAcquire(name, holder, ttlMs);
      },
      release: (name, holder) => real.release(name, holder),
    };
    const ttlMs = 12_000;
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const ofKey = (key: string) => collector.messages.filter((m) => m.key === key);
    try {
      const { relay } = await newRelay('replica-slow-lease', undefined, 50, {
        lease,
        leaseTtlMs: ttlMs,
      });
      await relay.start();
      // Renewed a third into the lease (4 s); trusted until a third is left (8 s).
      await waitFor(() => calls >= 2, { description: 'a renewal waiting' });
      await increment(producerDb.db, 'slow-lease-1', { relay });
      await waitFor(() => ofKey('slow-lease-1').length === 1, {
        description: 'published while the renewal waits',
      });

      // The lease may have run out (no renewal written): nothing is published until it is taken again.
      await waitFor(() => Date.now() > firstAt + (ttlMs * 2) / 3 + 200, {
        description: 'the lease past what the relay trusts',
      });
      await increment(producerDb.db, 'slow-lease-2', { relay });
      await holdsFor(() => ofKey('slow-lease-2').length === 0, 1_500);
      letThrough();
      await waitFor(() => ofKey('slow-lease-2').length === 1, {
        description: 'published once the lease is taken again',
      });
      expect(ofKey('slow-lease-1')).toHaveLength(1);
    } finally {
      letThrough();
      await collector.stop();
    }
  });

  it('republishes after a crash between publish and clean-up, and the effect still happens once', async () => {
    await increment(producerDb.db, 'crash-1');
    await increment(producerDb.db, 'crash-1');
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));

    // The first relay publishes, then "dies" before it removes the entries.
    const { relay: dying, producer } = await newRelay('replica-dying', async () => {
      throw new Error('simulated crash after publish');
    });
    await expect(dying.drain('counters')).rejects.toThrow('simulated crash');
    await producer.disconnect();
    expect(await dying.backlog('counters')).toBe(1);

    // Another replica takes over and publishes the same entries again.
    const { relay: survivor } = await newRelay('replica-survivor');
    expect(await survivor.drain('counters')).toBe(2);
    expect(await survivor.backlog('counters')).toBe(0);

    const ofCrash = () => collector.messages.filter((m) => m.key === 'crash-1');
    await waitFor(() => ofCrash().length === 4, { description: 'both publications on the topic' });
    const ids = ofCrash().map((m) => m.json<{ id: string }>().id);
    expect(new Set(ids).size).toBe(2);
    await collector.stop();

    const state = consumerState(consumerDb.db);
    apps.push(
      await startConsumer({
        brokers: scope.kafkaBrokers,
        prefix: scope.topicPrefix,
        group: 'crash',
        state,
      }),
    );
    const doc = await waitFor(
      async () => ((await seen('crash-1'))?.total === 2 ? seen('crash-1') : undefined),
      {
        description: 'crash-1 consumed',
      },
    );
    // Give the duplicates time to arrive, then check they changed nothing.
    await waitFor(() => state.deliveries >= 2, { description: 'deliveries' });
    expect(doc!.seqs).toEqual([1, 2]);
    expect((await seen('crash-1'))!.total).toBe(2);
  });

  it('keeps an event written while its aggregate’s earlier ones were being published, and publishes it next', async () => {
    await increment(producerDb.db, 'race-1');
    await increment(producerDb.db, 'race-2');
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    let raced = false;
    // Between publish and clean-up a writer appends to race-1's outbox: the
    // clean-up must remove only what was published (race-2 is cleared whole).
    const { relay } = await newRelay('replica-racing', async () => {
      if (raced) return;
      raced = true;
      await increment(producerDb.db, 'race-1');
    });
    expect(await relay.drain('counters')).toBe(3);
    expect(await relay.backlog('counters')).toBe(0);
    const outboxes = await producerDb.db
      .collection<{ _id: string; outbox: unknown[] }>('counters')
      .find({ _id: { $in: ['race-1', 'race-2'] } })
      .toArray();
    expect(outboxes.map((d) => d.outbox)).toEqual([[], []]);
    const seqsOf = (key: string) =>
      collector.messages
        .filter((m) => m.key === key)
        .map((m) => m.json<{ data: { seq: number } }>().data.seq);
    await waitFor(() => seqsOf('race-1').length === 2 && seqsOf('race-2').length === 1, {
      description: 'the three events on the topic',
    });
    expect(seqsOf('race-1')).toEqual([1, 2]);
    await collector.stop();
  });

  it('publishes what its replica inserted as handed over, without reading it back; a late or superseded handover changes nothing', async () => {
    // Which documents the relay's reads returned (its look for flagged ones).
    const read = new Set<unknown>();
    let emptyReads = 0;
    const find = Collection.prototype.find;
    const spy = jest.spyOn(Collection.prototype, 'find').mockImplementation(function (
      this: Collection,
      ...args: Parameters<Collection['find']>
    ) {
      const cursor = find.apply(this, args);
      if (args[0] && 'outboxPending' in args[0]) {
        const toArray = cursor.toArray.bind(cursor);
        cursor.toArray = async () => {
          const docs = await toArray();
          for (const doc of docs) read.add(doc._id);
          if (docs.length === 0) emptyReads += 1;
          return docs;
        };
      }
      return cursor;
    });
    const collector = await collectTopic(kafka, naming().physical(COUNTER_TOPIC));
    const seqsOf = (key: string) =>
      collector.messages
        .filter((m) => m.key === key)
        .map((m) => m.json<{ data: { seq: number } }>().data.seq);
    const counters = producerDb.db.collection<{ _id: string }>('counters');
    try {
      // Polls only when nudged: nothing is read between a write and its handover.
      const { relay } = await newRelay('replica-handover', undefined, 600_000);
      await relay.start();
      await waitFor(() => emptyReads > 0, { description: 'the first look done' });

      // 1. An insert handed over is published and cleared without a read.
      await increment(producerDb.db, 'handover-1', { relay });
      await waitFor(() => seqsOf('handover-1').length === 1, { description: 'handover-1 out' });
      await waitFor(async () => (await relay.backlog('counters')) === 0, {
        description: 'handover-1 cleared',
      });
      expect(read.has('handover-1')).toBe(false);

      // 2. Handed over late, after another replica appended to it: the
      // handed entry first, then the appended one from the read, once each.
      await increment(producerDb.db, 'handover-2');
      const inserted = await counters.findOne({ _id: 'handover-2' });
      await increment(producerDb.db, 'handover-2');
      await relay.queued('counters', ['handover-2'], [inserted as never]);
      await waitFor(() => seqsOf('handover-2').length >= 2, { description: 'handover-2 out' });
      await waitFor(async () => (await relay.backlog('counters')) === 0, {
        description: 'handover-2 cleared',
      });
      expect(seqsOf('handover-2')).toEqual([1, 2]);

      // 3. Found by a poll before its handover arrived: not published again.
      await increment(producerDb.db, 'handover-3');
      const polled = await counters.findOne({ _id: 'handover-3' });
      relay.nudge();
      await waitFor(() => seqsOf('handover-3').length === 1, { description: 'handover-3 out' });
      await relay.queued('counters', ['handover-3'], [polled as never]);
      await increment(producerDb.db, 'handover-1', { relay }); // something after it, to wait for
      await waitFor(() => seqsOf('handover-1').length === 2, { description: 'the next one out' });
      expect(seqsOf('handover-3')).toEqual([1]);
    } finally {
      spy.mockRestore();
      await collector.stop();
    }
  });

  it('publishes outboxes larger than the broker takes in one request (max.message.bytes, 1 MiB)', async () => {
    // 3 aggregates with 8 events of 200 KB each: 4.8 MB, about 1.6 MB per
    // partition, which one produce request could not carry (MESSAGE_TOO_LARGE).
    const payload = 'x'.repeat(200 * 1024);
    const keys = ['big-1', 'big-2', 'big-3'];
    // A topic of its own, so the other tests' consumers of the counters never see these.
    const BIG_TOPIC = 'inspectorate.test.big';
    const admin = kafka.admin();
    await admin.connect();
    await provisionTopics(admin, naming(), [{ topic: BIG_TOPIC, partitions: 3 }]);
    await admin.disconnect();
    await producerDb.db.collection<{ _id: string }>('counters').insertMany(
      keys.map((key) => ({
        _id: key,
        outboxPending: true,
        outbox: Array.from({ length: 8 }, (_, seq) => ({
          id: `${key}-${seq}`,
          topic: BIG_TOPIC,
          key,
          type: 'test.big',
          value: JSON.stringify({ id: `${key}-${seq}`, data: { seq, payload } }),
          createdAt: new Date(),
        })),
      })),
    );
    const collector = await collectTopic(kafka, naming().physical(BIG_TOPIC));
    const { relay } = await newRelay('replica-big');
    expect(await relay.drain('counters')).toBe(24);
    expect(await relay.backlog('counters')).toBe(0);
    const seqsOf = (key: string) =>
      collector.messages
        .filter((m) => m.key === key)
        .map((m) => m.json<{ data: { seq: number } }>().data.seq);
    await waitFor(() => keys.every((key) => seqsOf(key).length === 8), {
      description: 'the 24 large events on the topic',
      timeoutMs: 60_000,
    });
    for (const key of keys) expect(seqsOf(key)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await collector.stop();
  }, 120_000);

  it('dead-letters a handler that keeps failing and moves on; dead-letters an invalid message at once; replays', async () => {
    const state = consumerState(consumerDb.db);
    const group = 'dlq';
    const dlqTopic = naming().deadLetter(COUNTER_TOPIC, group);
    apps.push(
      await startConsumer({ brokers: scope.kafkaBrokers, prefix: scope.topicPrefix, group, state }),
    );
    const { relay } = await newRelay('replica-dlq');

    await increment(producerDb.db, 'poison-1', { poison: true });
    await increment(producerDb.db, 'poison-1');
    await relay.drain('counters');

    // Not JSON, and JSON with data that breaks the contract, straight onto the topic.
    const raw = kafka.producer();
    await raw.connect();
    await raw.send({
      topic: naming().physical(COUNTER_TOPIC),
      messages: [
        { key: 'poison-1', value: 'this is not json' },
        {
          key: 'poison-1',
          value: JSON.stringify({
            specversion: '1.0',
            id: '0190f5c2-7a3b-7cc1-8a4e-1c2d3e4f5a6b',
            source: '/inspectorate/test',
            type: 'nl.onderwijsinspectie.test.counter.incremented.v1',
            subject: 'poison-1',
            time: new Date().toISOString(),
            datacontenttype: 'application/json',
            dataschema: 'urn:x',
            correlationid: 'c',
            data: { counter: 'poison-1', seq: 'three' },
          }),
        },
      ],
    });
    await raw.disconnect();

    const dlq = await collectTopic(kafka, dlqTopic);
    const letters = await dlq.waitForCount(3);
    await dlq.stop();
    const byReason = (r: string) => letters.filter((m) => m.headers[DLQ_HEADERS.reason] === r);
    expect(byReason('handler-failed')).toHaveLength(1);
    expect(byReason('handler-failed')[0]!.headers[DLQ_HEADERS.error]).toContain(
      'poison pill at poison-1#1',
    );
    expect(byReason('handler-failed')[0]!.headers[DLQ_HEADERS.attempts]).toBe('3');
    const invalid = byReason('invalid-message');
    expect(invalid).toHaveLength(2);
    expect(invalid.map((m) => m.headers[DLQ_HEADERS.attempts])).toEqual(['0', '0']);
    expect(invalid.map((m) => m.value)).toContain('this is not json');
    expect(invalid.map((m) => m.headers[DLQ_HEADERS.error]).join('\n')).toMatch(/seq/);

    // The partition moved on: the good event after the poison pill was applied.
    const doc = await waitFor(
      async () => ((await seen('poison-1'))?.total === 1 ? seen('poison-1') : undefined),
      {
        description: 'event after the poison pill consumed',
      },
    );
    expect(doc!.seqs).toEqual([2]);

    // The cause is fixed; an operator replays. The poison event is applied, once.
    state.failPoison = false;
    const admin = kafka.admin();
    await admin.connect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const service = new DeadLetterService(kafka, admin, producer, naming(), group, testCatalog);
    const listed = await service.list(dlqTopic);
    expect(listed.map((l) => l.reason).sort()).toEqual([
      'handler-failed',
      'invalid-message',
      'invalid-message',
    ]);
    // Replay checks each against the consumer's contract first: the poison
    // event goes out; the two invalid messages would only be dead-lettered
    // again (6 became 12 when they were sent), so they stay, with the reason.
    const first = await service.replay(dlqTopic);
    expect(first).toMatchObject({ replayed: 1, keptCount: 2 });
    expect(first.kept.map((k) => k.reason)).toEqual([
      expect.stringMatching(/^still invalid: .*is not JSON/),
      expect.stringMatching(/^still invalid: .*seq/),
    ]);
    const dlqSize = async () =>
      (await admin.fetchTopicOffsets(dlqTopic)).reduce((sum, o) => sum + Number(o.high), 0);
    await holdsFor(async () => (await dlqSize()) === 3, 1500);
    // A second replay sends nothing: not what it replayed before, and not the
    // two that are still invalid (it checked them again).
    expect(await service.replay(dlqTopic)).toMatchObject({ replayed: 0, keptCount: 2 });
    // Once the consumer's contract accepts one (here: a consumer deployed
    // with a contract that takes the second message), the next replay sends
    // it, and only it.
    const fixed = new DeadLetterService(kafka, admin, producer, naming(), group, {
      parse: (raw) =>
        Buffer.from(raw as Uint8Array).includes('"three"')
          ? ({ ok: true } as ReturnType<typeof testCatalog.parse>)
          : testCatalog.parse(raw),
    });
    expect(await fixed.replay(dlqTopic)).toMatchObject({ replayed: 1, keptCount: 1 });
    await producer.disconnect();
    await admin.disconnect();
    const after = await waitFor(
      async () => ((await seen('poison-1'))?.total === 2 ? seen('poison-1') : undefined),
      {
        description: 'replayed poison event applied',
      },
    );
    expect(after!.seqs).toEqual([2, 1]);
  });

  it('waits for a late dependency beyond its attempts instead of dead-lettering, and applies the event once', async () => {
    const state = consumerState(consumerDb.db);
    // Three attempts for a poison pill (the fixture's policy); the dependency
    // is late for six deliveries, twice that budget.
    state.notYet = 6;
    const group = 'late';
    apps.push(
      await startConsumer({
        brokers: scope.kafkaBrokers,
        prefix: scope.topicPrefix,
        group,
        state,
        retry: { attempts: 3, initialDelayMs: 20, maxDelayMs: 50, patienceMs: 60_000 },
      }),
    );
    const { relay } = await newRelay('replica-late');
    await increment(producerDb.db, 'late-1');
    await relay.drain('counters');
    const doc = await waitFor(
      async () => ((await seen('late-1'))?.total === 1 ? seen('late-1') : undefined),
      { description: 'the late event applied', timeoutMs: 60_000 },
    );
    expect(doc!.seqs).toEqual([1]);
    expect(state.notYet).toBe(0);
    // This group read the topic from its start: earlier tests' poison pills
    // are on its DLQ, the late event is not.
    const admin = kafka.admin();
    await admin.connect();
    const producer = kafka.producer();
    await producer.connect();
    const service = new DeadLetterService(kafka, admin, producer, naming(), group, testCatalog);
    const letters = await service.list(naming().deadLetter(COUNTER_TOPIC, group));
    await producer.disconnect();
    await admin.disconnect();
    expect(letters.filter((l) => l.key === 'late-1')).toEqual([]);
  }, 90_000);

  it('loses nothing when a consumer stops mid-stream and starts again', async () => {
    const state = consumerState(consumerDb.db);
    state.delayMs = 15;
    const group = 'restart';
    const { relay } = await newRelay('replica-restart');
    for (let i = 0; i < 60; i++) await increment(producerDb.db, `stream-${i % 3}`);
    await relay.drain('counters');

    const totals = async () => {
      const docs = await consumerDb.db
        .collection<SeenDoc>('seen')
        .find({ _id: { $in: ['stream-0', 'stream-1', 'stream-2'] } })
        .toArray();
      return docs.reduce((sum, d) => sum + d.total, 0);
    };
    const first = await startConsumer({
      brokers: scope.kafkaBrokers,
      prefix: scope.topicPrefix,
      group,
      state,
    });
    await waitFor(async () => (await totals()) >= 10, { description: 'first consumer under way' });
    await first.close();
    const whenStopped = await totals();
    expect(whenStopped).toBeLessThan(60);

    state.delayMs = 0;
    apps.push(
      await startConsumer({ brokers: scope.kafkaBrokers, prefix: scope.topicPrefix, group, state }),
    );
    await waitFor(async () => (await totals()) === 60, {
      description: 'all 60 events consumed',
      timeoutMs: 40_000,
    });
    for (const c of ['stream-0', 'stream-1', 'stream-2']) {
      expect((await seen(c))!.seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  });
});
