import { Logger, type LoggerService } from '@nestjs/common';
import { KafkaContext, ServerKafka } from '@nestjs/microservices';
import type { CloudEvent, EventCatalog } from '@inspectorate/contracts';
import { withCorrelation } from '@inspectorate/observability';
import type { Consumer, EachMessagePayload } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { PRODUCER_CONFIG } from '../kafka/kafka-client';
import { type MessagingInstruments, noInstruments } from '../instruments';
import type { TopicNaming } from '../topics/naming';
import { type DeadLetterReason, deadLetterMessage } from './dead-letter';
import { NonRetriableError, describeError, isWorthWaitingFor } from './errors';
import type { ProcessedEventStore } from './processed-events';
import {
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  backoffDelay,
  exhausted,
  validateRetryPolicy,
} from './retry-policy';

export interface EventServerOptions {
  brokers: string[];
  clientId: string;
  /** Logical consumer group: the service name. */
  group: string;
  naming: TopicNaming;
  catalog: EventCatalog;
  processed?: ProcessedEventStore;
  retry?: RetryPolicy;
  instruments?: MessagingInstruments;
  /** Partitions handled in parallel; order holds within each partition. */
  partitionsConsumedConcurrently?: number;
  /** How often a running handler tells the group coordinator it is alive. */
  pacemakerIntervalMs?: number;
  sessionTimeoutMs?: number;
  logger?: LoggerService;
  /** Called with the logical topics before subscribing (topic provisioning). */
  beforeSubscribe?: (topics: string[]) => Promise<void>;
}

type Handler = (event: CloudEvent, ctx: KafkaContext) => Promise<unknown>;

/**
 * The Kafka side of every service: Nest's own Kafka transport, with the
 * backbone's reliability rules wrapped around each `@EventPattern(topic)`
 * handler.
 *
 * For every message, in order within its partition:
 * 1. parse and validate it against the event catalogue; what fails goes to
 *    `<topic>.<group>.dlq` at once, with the reason;
 * 2. skip it when this group has handled the event id before;
 * 3. call the handler with the validated CloudEvent, inside the event's
 *    correlation scope, heartbeating while it runs;
 * 4. on failure retry with backoff; after the last try (or at once for a
 *    NonRetriableError) dead-letter it with the error. What is worth waiting
 *    for (a NotYetError, the database unreachable) is retried for
 *    RetryPolicy.patienceMs instead: a late dependency is not a poison pill;
 * 5. only then return, so kafkajs resolves and commits the offset: the offset
 *    is committed after the effect is stored or the message is safely in the
 *    DLQ, never before (at-least-once).
 * A DLQ write that fails throws: the message is not committed and comes back.
 */
export class KafkaEventServer extends ServerKafka {
  private readonly naming: TopicNaming;
  private readonly catalog: EventCatalog;
  private readonly group: string;
  private readonly physicalGroup: string;
  private readonly processed: ProcessedEventStore | undefined;
  private readonly retry: RetryPolicy;
  private readonly instruments: MessagingInstruments;
  private readonly pacemakerIntervalMs: number;
  private readonly concurrency: number;
  private readonly log: LoggerService;
  private readonly beforeSubscribe: EventServerOptions['beforeSubscribe'];
  private stopping = false;

  constructor(options: EventServerOptions) {
    const retry = options.retry ?? DEFAULT_RETRY_POLICY;
    validateRetryPolicy(retry);
    super({
      postfixId: '',
      client: { brokers: options.brokers, clientId: options.clientId },
      consumer: {
        groupId: options.naming.group(options.group),
        sessionTimeout: options.sessionTimeoutMs ?? 30_000,
        heartbeatInterval: 3_000,
        allowAutoTopicCreation: false,
      },
      producer: PRODUCER_CONFIG,
      // Keep the raw bytes: we validate them ourselves and dead-letter them unchanged.
      parser: { keepBinary: true },
    });
    this.naming = options.naming;
    this.catalog = options.catalog;
    this.group = options.group;
    this.physicalGroup = options.naming.group(options.group);
    this.processed = options.processed;
    this.retry = retry;
    this.instruments = options.instruments ?? noInstruments;
    this.pacemakerIntervalMs = options.pacemakerIntervalMs ?? 3_000;
    this.concurrency = options.partitionsConsumedConcurrently ?? 3;
    this.log = options.logger ?? new Logger(KafkaEventServer.name);
    this.beforeSubscribe = options.beforeSubscribe;
  }

  /** A service without handlers (the gateway) joins no consumer group at all. */
  override async start(callback: () => void): Promise<void> {
    if (this.subscribedTopics().length === 0) {
      callback();
      return;
    }
    await this.beforeSubscribe?.(this.subscribedTopics());
    await super.start(callback);
  }

  /** Logical topics this server has handlers for. */
  subscribedTopics(): string[] {
    return [...this.messageHandlers.keys()];
  }

  override async bindEvents(consumer: Consumer): Promise<void> {
    const topics = this.subscribedTopics().map((t) => this.naming.physical(t));
    if (topics.length > 0) {
      // A new group starts at the beginning: read models are built from the whole history.
      await consumer.subscribe({ topics, fromBeginning: true });
    }
    await consumer.run({
      autoCommit: true,
      autoCommitInterval: 1_000,
      partitionsConsumedConcurrently: this.concurrency,
      eachMessage: (payload) => this.handleMessage(payload),
    });
  }

  override async handleMessage(payload: EachMessagePayload): Promise<void> {
    const { message, partition } = payload;
    const topic = this.naming.logical(payload.topic);
    const handler = this.getHandlerByPattern(topic) as Handler | null;
    if (!handler) {
      // Subscriptions come from the handlers, so this means a broken deployment.
      throw new Error(`no handler for topic ${topic} in group ${this.group}`);
    }

    const parsed = this.catalog.parse(message.value ?? Buffer.alloc(0));
    if (!parsed.ok) {
      this.instruments.failed(topic, this.group, 'invalid-message');
      await this.deadLetter(payload, 'invalid-message', parsed.message, 0);
      return;
    }
    const event = parsed.event;

    if (this.processed && (await this.processed.has(this.physicalGroup, event.id))) {
      this.instruments.skippedDuplicate(topic, event.type, this.group);
      return;
    }

    const ctx = new KafkaContext([
      message,
      partition,
      payload.topic,
      this.consumer as Consumer,
      payload.heartbeat,
      this.producer!,
    ]);

    let firstFailureAt = 0;
    for (let attempt = 1; ; attempt++) {
      const started = process.hrtime.bigint();
      const pacemaker = setInterval(() => {
        payload.heartbeat().catch(() => undefined);
      }, this.pacemakerIntervalMs);
      try {
        await withCorrelation(event.correlationid, () => invoke(handler, event, ctx));
        clearInterval(pacemaker);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.instruments.handlerDuration(topic, event.type, this.group, seconds);
        this.instruments.consumed(topic, event.type, this.group);
        await this.processed?.record(this.physicalGroup, event.id, event.type, new Date());
        return;
      } catch (error) {
        clearInterval(pacemaker);
        const text = describeError(error);
        const permanent = error instanceof NonRetriableError;
        const waiting = isWorthWaitingFor(error);
        firstFailureAt ||= Date.now();
        this.instruments.failed(topic, this.group, permanent ? 'non-retriable' : 'handler-error');
        if (permanent || exhausted(this.retry, attempt, waiting, Date.now() - firstFailureAt)) {
          await this.deadLetter(
            payload,
            permanent ? 'non-retriable' : 'handler-failed',
            text,
            attempt,
          );
          return;
        }
        if (this.stopping) {
          // Leave it uncommitted; the next owner of the partition tries again.
          throw error;
        }
        // Waiting goes on at the longest delay; the exponent stays small.
        const delay = backoffDelay(this.retry, Math.min(attempt + 1, 12));
        this.log.warn?.(
          waiting
            ? `handler for ${event.type} (${event.id}) waits (try ${attempt}, failing for ${Date.now() - firstFailureAt} ms); again in ${delay} ms: ${text}`
            : `handler for ${event.type} (${event.id}) failed, try ${attempt} of ${this.retry.attempts}; again in ${delay} ms: ${text}`,
        );
        await this.pause(delay, payload.heartbeat);
      }
    }
  }

  private async deadLetter(
    payload: EachMessagePayload,
    reason: DeadLetterReason,
    error: string,
    attempts: number,
  ): Promise<void> {
    const topic = this.naming.logical(payload.topic);
    const dlq = this.naming.deadLetter(topic, this.group);
    await this.producer!.send({
      topic: dlq,
      acks: -1,
      messages: [
        deadLetterMessage(payload.message, {
          reason,
          error,
          topic: payload.topic,
          partition: payload.partition,
          offset: payload.message.offset,
          group: this.physicalGroup,
          attempts,
          failedAt: new Date(),
        }),
      ],
    });
    this.instruments.deadLettered(topic, this.group);
    this.log.error?.(
      `message ${payload.topic}[${payload.partition}]@${payload.message.offset} sent to ${dlq} (${reason}): ${error}`,
    );
  }

  /** Sleep between retries, still heartbeating so the group keeps the partition here. */
  private async pause(ms: number, heartbeat: () => Promise<void>): Promise<void> {
    const until = Date.now() + ms;
    while (!this.stopping && Date.now() < until) {
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(this.pacemakerIntervalMs, until - Date.now())),
      );
      await heartbeat().catch(() => undefined);
    }
  }

  override async close(): Promise<void> {
    this.stopping = true;
    await super.close();
    // The ids handled last are written behind (ProcessedEventStore): write them now.
    await this.processed?.flush();
  }
}

async function invoke(handler: Handler, event: CloudEvent, ctx: KafkaContext): Promise<void> {
  const result: unknown = await handler(event, ctx);
  if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
}
