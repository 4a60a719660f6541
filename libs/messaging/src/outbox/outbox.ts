import type { CloudEvent, EventDefinitionLike } from './types';

/**
 * The transactional outbox without transactions.
 *
 * MongoDB (and FerretDB) make a write to ONE document atomic. So the events an
 * aggregate emits travel inside the aggregate's own document, in the same
 * write as the state change: `outbox: [entry, ...]` plus the `outboxPending`
 * flag the relay looks for. The relay publishes the entries in order and then
 * removes them. See docs/adr/0002-outbox-without-transactions.md.
 */
export interface OutboxEntry {
  /** The CloudEvent id: also how the relay removes exactly what it published. */
  id: string;
  /** Logical topic. */
  topic: string;
  /** Kafka message key: the aggregate's key (the CloudEvent subject). */
  key: string;
  type: string;
  /** The serialised CloudEvent, published byte for byte. */
  value: string;
  createdAt: Date;
}

export interface OutboxFields {
  outbox: OutboxEntry[];
  /** Present (true) while the outbox is not empty; indexed, so the relay finds work cheaply. */
  outboxPending?: boolean;
}

export function toOutboxEntry(
  topic: string,
  event: CloudEvent,
  createdAt = new Date(),
): OutboxEntry {
  return {
    id: event.id,
    topic,
    key: event.subject,
    type: event.type,
    value: JSON.stringify(event),
    createdAt,
  };
}

export interface PendingEvent {
  definition: EventDefinitionLike;
  event: CloudEvent;
}

/** The outbox entries of events, in the order given, checked against their definitions. */
export function toOutboxEntries(events: readonly PendingEvent[]): OutboxEntry[] {
  const now = new Date();
  return events.map(({ definition, event }) => {
    if (definition.type !== event.type) {
      throw new Error(`event ${event.id} has type ${event.type}, expected ${definition.type}`);
    }
    return toOutboxEntry(definition.topic, event, now);
  });
}

/**
 * Adds events to a MongoDB update document, so one `updateOne`/`findOneAndUpdate`
 * changes the state and queues the events together.
 *
 *   await schools.updateOne({ _id: brin }, withOutbox({ $set: { name } }, [renamed]));
 */
export function withOutbox<U extends Record<string, unknown>>(
  update: U,
  events: readonly PendingEvent[],
): U & { $push: Record<string, unknown>; $set: Record<string, unknown> } {
  if (events.length === 0) return update as never;
  const push = (update['$push'] as Record<string, unknown> | undefined) ?? {};
  const set = (update['$set'] as Record<string, unknown> | undefined) ?? {};
  if ('outbox' in push || 'outbox' in set || 'outboxPending' in set) {
    throw new Error('withOutbox: the update already touches the outbox');
  }
  return {
    ...update,
    $push: { ...push, outbox: { $each: toOutboxEntries(events) } },
    $set: { ...set, outboxPending: true },
  };
}

/** For a document that is inserted whole: its fields plus its first events. */
export function newWithOutbox<D extends object>(
  doc: D,
  events: readonly PendingEvent[],
): D & OutboxFields {
  const outbox = toOutboxEntries(events);
  return outbox.length > 0 ? { ...doc, outbox, outboxPending: true } : { ...doc, outbox };
}
