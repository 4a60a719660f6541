/**
 * What the messaging code counts and times. The observability lib supplies
 * the Prometheus-backed implementation; `noInstruments` serves CLIs and tests.
 */
export interface MessagingInstruments {
  produced(topic: string, type: string, count: number): void;
  consumed(topic: string, type: string, group: string): void;
  skippedDuplicate(topic: string, type: string, group: string): void;
  failed(topic: string, group: string, reason: string): void;
  deadLettered(topic: string, group: string): void;
  handlerDuration(topic: string, type: string, group: string, seconds: number): void;
  outboxBacklog(collection: string, pending: number): void;
}

export const noInstruments: MessagingInstruments = {
  produced: () => undefined,
  consumed: () => undefined,
  skippedDuplicate: () => undefined,
  failed: () => undefined,
  deadLettered: () => undefined,
  handlerDuration: () => undefined,
  outboxBacklog: () => undefined,
};
