/**
 * A small aggregate and consumer used only by the messaging integration
 * tests: counters whose increments are events. The consumer's effect (a
 * running total and a log of sequence numbers) is not idempotent by nature,
 * so duplicates would show.
 */
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { Type } from '@sinclair/typebox';
import { type CloudEvent, EventCatalog, createEvent, defineEvent } from '@inspectorate/contracts';
import { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import {
  KafkaEventServer,
  NotYetError,
  ProcessedEventStore,
  RethrowRpcErrorsFilter,
  applyOnce,
  deadLetterSpec,
  provisionTopics,
  apartCollectionOf,
  newInsertsApart,
  newWithOutbox,
  writeApart,
  topicNaming,
  withOutbox,
  type OutboxRelay,
  type RetryPolicy,
} from '../../src';

export const COUNTER_TOPIC = 'inspectorate.test.counters';

export const CounterIncremented = defineEvent({
  name: 'CounterIncremented',
  service: 'test',
  entity: 'counter',
  event: 'incremented',
  version: 1,
  topic: COUNTER_TOPIC,
  subject: 'the counter id',
  description: 'A counter went up by one (test-only event).',
  data: Type.Object({
    counter: Type.String(),
    seq: Type.Integer({ minimum: 1 }),
    poison: Type.Optional(Type.Boolean()),
  }),
});

export const testCatalog = new EventCatalog([CounterIncremented]);

/** Producer side: increments a counter and queues its event in the same write. */
export async function increment(
  db: Db,
  counter: string,
  options: {
    poison?: boolean;
    relay?: Pick<OutboxRelay, 'queued'>;
    /** A new counter's events apart (outbox-apart.ts), as libs/persistence writes them. */
    apart?: boolean;
    /** With `apart`: the writer dies after writing the entries, before the counter. */
    dieBetween?: boolean;
  } = {},
): Promise<number> {
  const counters = db.collection<{ _id: string; value: number }>('counters');
  const current = await counters.findOne({ _id: counter });
  const seq = (current?.value ?? 0) + 1;
  const event = createEvent(CounterIncremented, {
    source: '/inspectorate/test',
    subject: counter,
    data: { counter, seq, ...(options.poison ? { poison: true } : {}) },
    correlationId: `corr-${counter}-${seq}`,
  });
  const pending = [{ definition: CounterIncremented, event }];
  if (current) {
    await counters.updateOne(
      { _id: counter, value: current.value },
      withOutbox({ $inc: { value: 1 } }, pending),
    );
    // As libs/persistence does after a write that queued events; without it the next poll finds them.
    await options.relay?.queued('counters', [counter]);
  } else if (options.apart) {
    const { docs, entries, writes } = newInsertsApart([
      { doc: { _id: counter, value: 1 }, events: pending },
    ]);
    await writeApart(db.collection(apartCollectionOf('counters')), writes);
    if (options.dieBetween) return seq;
    await counters.insertOne(docs[0] as never);
    await options.relay?.queued(
      'counters',
      [counter],
      [{ _id: counter, outbox: entries[0]!, apartWrite: writes[0]!._id }],
    );
  } else {
    const doc = newWithOutbox({ _id: counter, value: 1 }, pending);
    await counters.insertOne(doc as never);
    // An insert is handed over as written, as libs/persistence does.
    await options.relay?.queued('counters', [counter], [doc]);
  }
  return seq;
}

export interface SeenDoc {
  _id: string;
  total: number;
  seqs: number[];
  processedEventIds?: string[];
}

/** Consumer side state, shared with the controller through module scope per app. */
export interface ConsumerState {
  db: Db;
  deliveries: number;
  failPoison: boolean;
  delayMs: number;
  /** How many more deliveries of a `late-*` counter's event fail with NotYetError. */
  notYet: number;
  topicsSeen: Set<string>;
}

export function consumerState(db: Db): ConsumerState {
  return { db, deliveries: 0, failPoison: true, delayMs: 0, notYet: 0, topicsSeen: new Set() };
}

export async function startConsumer(options: {
  brokers: string[];
  prefix: string;
  group: string;
  state: ConsumerState;
  retry?: RetryPolicy;
}): Promise<INestMicroservice> {
  const { state } = options;

  @Controller()
  class CounterConsumer {
    @EventPattern(COUNTER_TOPIC)
    async onCounter(
      @Payload() event: CloudEvent<{ counter: string; seq: number; poison?: boolean }>,
      @Ctx() ctx: KafkaContext,
    ) {
      state.deliveries += 1;
      if (event.data.poison && state.failPoison)
        throw new Error(`poison pill at ${event.data.counter}#${event.data.seq}`);
      if (event.data.counter.startsWith('late-') && state.notYet > 0) {
        state.notYet -= 1;
        throw new NotYetError(`what ${event.data.counter} needs has not arrived yet`);
      }
      if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
      state.topicsSeen.add(ctx.getTopic());
      await applyOnce(
        state.db.collection<SeenDoc>('seen'),
        { _id: event.data.counter },
        { $inc: { total: 1 }, $push: { seqs: event.data.seq } },
        event.id,
        { upsert: true },
      );
    }
  }

  @Module({ controllers: [CounterConsumer] })
  class ConsumerModule {}

  const server = new KafkaEventServer({
    brokers: options.brokers,
    clientId: options.group,
    group: options.group,
    naming: topicNaming(options.prefix),
    catalog: testCatalog,
    processed: new ProcessedEventStore(state.db),
    retry: options.retry ?? { attempts: 3, initialDelayMs: 20, maxDelayMs: 50 },
    partitionsConsumedConcurrently: 3,
    // As the platform does: the group's dead-letter topics exist before it
    // subscribes (the broker does not create topics on demand).
    beforeSubscribe: async (topics) => {
      const naming = topicNaming(options.prefix);
      const admin = new Kafka({
        brokers: options.brokers,
        clientId: `${options.group}-provision`,
      }).admin();
      await admin.connect();
      try {
        await provisionTopics(
          admin,
          naming,
          topics.map((t) => deadLetterSpec(naming, t, options.group)),
        );
      } finally {
        await admin.disconnect();
      }
    },
  });
  const app = await NestFactory.createMicroservice(ConsumerModule, {
    strategy: server,
    logger: ['error'],
  });
  app.useGlobalFilters(new RethrowRpcErrorsFilter());
  await app.listen();
  return app;
}
