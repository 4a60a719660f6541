import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Every metric of the backbone starts with this. */
export const METRIC_PREFIX = 'inspectorate_';

/** Counts and times of the messaging lib; matches `MessagingInstruments` there. */
export interface MessagingMetrics {
  produced(topic: string, type: string, count: number): void;
  consumed(topic: string, type: string, group: string): void;
  skippedDuplicate(topic: string, type: string, group: string): void;
  failed(topic: string, group: string, reason: string): void;
  deadLettered(topic: string, group: string): void;
  handlerDuration(topic: string, type: string, group: string, seconds: number): void;
  outboxBacklog(collection: string, pending: number): void;
}

/** Runs of scheduled jobs; matches `JobInstruments` in the scheduling lib. */
export interface JobMetrics {
  jobRun(job: string, outcome: string): void;
}

const byRegistry = new WeakMap<Registry, Metrics>();

/**
 * Typed access to the backbone's standard metrics in one registry. Created at
 * most once per registry (prom-client refuses a second metric of the same
 * name), hence `Metrics.for(registry)` instead of a public constructor.
 */
export class Metrics {
  readonly eventsProduced: Counter<'topic' | 'type'>;
  readonly eventsConsumed: Counter<'topic' | 'type' | 'group'>;
  readonly eventsSkippedDuplicate: Counter<'topic' | 'type' | 'group'>;
  readonly eventsFailed: Counter<'topic' | 'group' | 'reason'>;
  readonly eventsDeadLettered: Counter<'topic' | 'group'>;
  readonly handlerDuration: Histogram<'topic' | 'type' | 'group'>;
  readonly outboxBacklog: Gauge<'collection'>;
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  readonly jobRuns: Counter<'job' | 'outcome'>;

  /** Hand this to the messaging lib (`instruments: metrics.messaging`). */
  readonly messaging: MessagingMetrics;
  /** Hand this to the scheduling lib's JobRunner. */
  readonly jobs: JobMetrics;

  static for(registry: Registry): Metrics {
    let metrics = byRegistry.get(registry);
    if (!metrics) {
      metrics = new Metrics(registry);
      byRegistry.set(registry, metrics);
    }
    return metrics;
  }

  private constructor(readonly registry: Registry) {
    const registers = [registry];
    const name = (n: string) => METRIC_PREFIX + n;
    this.eventsProduced = new Counter({
      name: name('events_produced_total'),
      help: 'Events published to Kafka (by the outbox relay)',
      labelNames: ['topic', 'type'] as const,
      registers,
    });
    this.eventsConsumed = new Counter({
      name: name('events_consumed_total'),
      help: 'Events handled successfully',
      labelNames: ['topic', 'type', 'group'] as const,
      registers,
    });
    this.eventsSkippedDuplicate = new Counter({
      name: name('events_skipped_duplicate_total'),
      help: 'Events skipped because their id was processed before (redeliveries)',
      labelNames: ['topic', 'type', 'group'] as const,
      registers,
    });
    this.eventsFailed = new Counter({
      name: name('events_failed_total'),
      help: 'Failed handler attempts, by reason',
      labelNames: ['topic', 'group', 'reason'] as const,
      registers,
    });
    this.eventsDeadLettered = new Counter({
      name: name('events_dead_lettered_total'),
      help: 'Messages sent to a dead-letter topic',
      labelNames: ['topic', 'group'] as const,
      registers,
    });
    this.handlerDuration = new Histogram({
      name: name('handler_duration_seconds'),
      help: 'Time an event handler took, successful runs',
      labelNames: ['topic', 'type', 'group'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.outboxBacklog = new Gauge({
      name: name('outbox_backlog'),
      help: 'Outbox entries waiting to be published, per collection',
      labelNames: ['collection'] as const,
      registers,
    });
    this.httpRequestDuration = new Histogram({
      name: name('http_request_duration_seconds'),
      help: 'HTTP requests served, by route pattern and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.jobRuns = new Counter({
      name: name('job_runs_total'),
      help: 'Scheduled job attempts, by outcome (succeeded, failed, held-elsewhere, already-done)',
      labelNames: ['job', 'outcome'] as const,
      registers,
    });

    this.messaging = {
      produced: (topic, type, count) => this.eventsProduced.inc({ topic, type }, count),
      consumed: (topic, type, group) => this.eventsConsumed.inc({ topic, type, group }),
      skippedDuplicate: (topic, type, group) =>
        this.eventsSkippedDuplicate.inc({ topic, type, group }),
      failed: (topic, group, reason) => this.eventsFailed.inc({ topic, group, reason }),
      deadLettered: (topic, group) => this.eventsDeadLettered.inc({ topic, group }),
      handlerDuration: (topic, type, group, seconds) =>
        this.handlerDuration.observe({ topic, type, group }, seconds),
      outboxBacklog: (collection, pending) => this.outboxBacklog.set({ collection }, pending),
    };
    this.jobs = { jobRun: (job, outcome) => this.jobRuns.inc({ job, outcome }) };
  }
}
