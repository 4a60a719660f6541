import type { IHeaders, Message } from 'kafkajs';

/**
 * A dead-letter record is the original message (same key, same bytes, same
 * headers) plus headers that say why it landed here, so an operator can read
 * it and replay it unchanged once the cause is fixed.
 */
export const DLQ_HEADERS = {
  reason: 'x-dlq-reason',
  error: 'x-dlq-error',
  originalTopic: 'x-dlq-original-topic',
  originalPartition: 'x-dlq-original-partition',
  originalOffset: 'x-dlq-original-offset',
  group: 'x-dlq-consumer-group',
  attempts: 'x-dlq-attempts',
  failedAt: 'x-dlq-failed-at',
} as const;

/** Marks a replayed message; consumers treat it like any other. */
export const REPLAY_HEADER = 'x-replayed-from-dlq';

export type DeadLetterReason = 'invalid-message' | 'handler-failed' | 'non-retriable';

export interface DeadLetterCause {
  reason: DeadLetterReason;
  error: string;
  /** Physical topic the message came from. */
  topic: string;
  partition: number;
  offset: string;
  /** Physical consumer group. */
  group: string;
  attempts: number;
  failedAt: Date;
}

const MAX_ERROR_BYTES = 8 * 1024;

export function deadLetterMessage(
  original: { key: Buffer | null; value: Buffer | null; headers?: IHeaders },
  cause: DeadLetterCause,
): Message {
  const error =
    cause.error.length > MAX_ERROR_BYTES
      ? `${cause.error.slice(0, MAX_ERROR_BYTES)}…`
      : cause.error;
  return {
    key: original.key,
    value: original.value,
    headers: {
      ...withoutDlqHeaders(original.headers),
      [DLQ_HEADERS.reason]: cause.reason,
      [DLQ_HEADERS.error]: error,
      [DLQ_HEADERS.originalTopic]: cause.topic,
      [DLQ_HEADERS.originalPartition]: String(cause.partition),
      [DLQ_HEADERS.originalOffset]: cause.offset,
      [DLQ_HEADERS.group]: cause.group,
      [DLQ_HEADERS.attempts]: String(cause.attempts),
      [DLQ_HEADERS.failedAt]: cause.failedAt.toISOString(),
    },
  };
}

/** A message replayed from the DLQ must not carry its old failure with it. */
export function withoutDlqHeaders(headers: IHeaders | undefined): IHeaders {
  const kept: IHeaders = {};
  const dlq = new Set<string>(Object.values(DLQ_HEADERS));
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!dlq.has(name) && value !== undefined) kept[name] = value;
  }
  return kept;
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  if (value === undefined) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
