import { AsyncLocalStorage } from 'node:async_hooks';
import { v7 as uuidv7 } from 'uuid';

interface CorrelationStore {
  readonly correlationId: string;
}

// One store for the process: HTTP requests, Kafka handlers and jobs all
// enter it, and the logger's mixin reads it for every line.
const storage = new AsyncLocalStorage<CorrelationStore>();

/** A new correlation id (UUID v7: time-ordered, like our event ids). */
export function newCorrelationId(): string {
  return uuidv7();
}

/**
 * Runs `fn` with `id` as the current correlation id, also for everything it
 * starts asynchronously. Without an id (an event from a producer that did not
 * set one, a scheduled job) a new one is made, so every unit of work has one.
 */
export function withCorrelation<T>(id: string | null | undefined, fn: () => T): T {
  return storage.run({ correlationId: id || newCorrelationId() }, fn);
}

/** The correlation id of the request, message or job this code runs for; undefined outside of one. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}
