import { Logger, type LoggerService } from '@nestjs/common';
import { currentCorrelationId, withCorrelation } from '@inspectorate/observability';
import type { Collection } from 'mongodb';
import { LeaseService } from '../lease/lease.service';
import { type MongoSource, collectionIn } from '../lease/mongo-source';

export const JOB_RUNS_COLLECTION = 'job_runs';

export type JobOutcome = 'succeeded' | 'failed' | 'held-elsewhere' | 'already-done';

export type JobResult<T> =
  { ran: true; value: T } | { ran: false; reason: 'held-elsewhere' | 'already-done' };

/** What a job function gets to know about its run. */
export interface JobContext {
  job: string;
  /** Set for runOncePerPeriod. */
  periodKey?: string;
  /** This replica. */
  holder: string;
  correlationId: string;
  /**
   * Aborted when this replica lost the lease (a pause longer than the TTL, a
   * database outage): another replica may now start the same job. Long jobs
   * check it between steps and stop; their steps are idempotent anyway.
   */
  signal: AbortSignal;
}

/** Counting job runs; `Metrics.jobs` of the observability lib fits. */
export interface JobInstruments {
  jobRun(job: string, outcome: JobOutcome): void;
}

export interface JobRunDoc {
  /** `<job>:<periodKey>` */
  _id: string;
  job: string;
  periodKey: string;
  status: 'running' | 'done' | 'failed';
  holder: string;
  attempts: number;
  startedAt: Date;
  finishedAt?: Date;
  durationMs?: number;
  error?: string;
}

export interface JobRunnerOptions {
  /** This replica's identity (see newReplicaId). */
  holder: string;
  /** How long a replica that died keeps a job's lease; renewed every third of it while the job runs. Default 30 s. */
  leaseTtlMs?: number;
  instruments?: JobInstruments;
  logger?: LoggerService;
  /** Defaults to a LeaseService on the same database. */
  lease?: LeaseService;
}

/**
 * Runs scheduled work on one replica at a time, and per period at most once.
 * A `@Cron` tick on every replica only calls `runOncePerPeriod`; whichever
 * replica gets the lease does the work, the others return at once.
 */
export class JobRunner {
  private readonly lease: LeaseService;
  private readonly holder: string;
  private readonly ttlMs: number;
  private readonly log: LoggerService;

  constructor(
    private readonly source: MongoSource,
    private readonly options: JobRunnerOptions,
  ) {
    this.lease = options.lease ?? new LeaseService(source);
    this.holder = options.holder;
    this.ttlMs = options.leaseTtlMs ?? 30_000;
    this.log = options.logger ?? new Logger('JobRunner');
  }

  /**
   * Runs `fn` if no other replica is running `job` right now. The lease is
   * renewed while fn runs and released after, also when fn throws (the error
   * is rethrown after it is logged and counted).
   */
  async runExclusive<T>(
    job: string,
    fn: (context: JobContext) => Promise<T>,
  ): Promise<JobResult<T>> {
    return this.underLease(job, undefined, async (context) => ({
      ran: true,
      value: await this.timed(context, fn),
    }));
  }

  /**
   * Like runExclusive, and records completion in `job_runs` under
   * `<job>:<periodKey>` (e.g. `deadline-sweep:2024-10-01`,
   * `annual-analysis:2023-2024`), so the job runs at most once per period
   * however many replicas tick, one after the other or at once. A failed run
   * is not recorded as done: the next tick tries again.
   */
  async runOncePerPeriod<T>(
    job: string,
    periodKey: string,
    fn: (context: JobContext) => Promise<T>,
  ): Promise<JobResult<T>> {
    const id = `${job}:${periodKey}`;
    // Cheap check first: on most ticks the period is long done.
    if (await this.isDone(id)) return this.skipped(job, periodKey, 'already-done');
    return this.underLease(job, periodKey, async (context) => {
      // Another replica may have finished it between our check and our lease.
      if (await this.isDone(id)) return this.skipped(job, periodKey, 'already-done');
      const startedAt = new Date();
      await this.runs().updateOne(
        { _id: id },
        {
          $set: { job, periodKey, status: 'running', holder: this.holder, startedAt },
          $inc: { attempts: 1 },
          $unset: { error: '', finishedAt: '', durationMs: '' },
        },
        { upsert: true },
      );
      try {
        const value = await this.timed(context, fn);
        const finishedAt = new Date();
        await this.runs().updateOne(
          { _id: id },
          {
            $set: {
              status: 'done',
              finishedAt,
              durationMs: finishedAt.getTime() - startedAt.getTime(),
            },
          },
        );
        return { ran: true, value };
      } catch (error) {
        const finishedAt = new Date();
        await this.runs()
          .updateOne(
            { _id: id },
            {
              $set: {
                status: 'failed',
                finishedAt,
                durationMs: finishedAt.getTime() - startedAt.getTime(),
                error: describe(error),
              },
            },
          )
          .catch(() => undefined);
        throw error;
      }
    });
  }

  /** What `job_runs` says about a period, for the API and operators. */
  async lastRun(job: string, periodKey: string): Promise<JobRunDoc | null> {
    return this.runs().findOne({ _id: `${job}:${periodKey}` });
  }

  private async isDone(id: string): Promise<boolean> {
    return (await this.runs().countDocuments({ _id: id, status: 'done' }, { limit: 1 })) > 0;
  }

  private skipped(
    job: string,
    periodKey: string | undefined,
    reason: 'held-elsewhere' | 'already-done',
  ): JobResult<never> {
    this.options.instruments?.jobRun(job, reason);
    // Debug only: every replica ticks, so this is the normal case, many times a day.
    this.log.debug?.(`job ${label(job, periodKey)} not run here: ${reason}`, 'JobRunner');
    return { ran: false, reason };
  }

  /** Runs the body while holding the job's lease, renewing it, and releasing it after. */
  private async underLease<T>(
    job: string,
    periodKey: string | undefined,
    body: (context: JobContext) => Promise<JobResult<T>>,
  ): Promise<JobResult<T>> {
    const leaseName = `job:${job}`;
    if (!(await this.lease.tryAcquire(leaseName, this.holder, this.ttlMs))) {
      return this.skipped(job, periodKey, 'held-elsewhere');
    }
    const keeper = new LeaseKeeper(this.lease, leaseName, this.holder, this.ttlMs, (reason) =>
      this.log.warn(`job ${label(job, periodKey)} lost its lease: ${reason}`, 'JobRunner'),
    );
    try {
      // A run started by a person through the API keeps the request's
      // correlation id; a cron tick gets a new one.
      return await withCorrelation(currentCorrelationId(), () =>
        body({
          job,
          ...(periodKey === undefined ? {} : { periodKey }),
          holder: this.holder,
          correlationId: currentCorrelationId() ?? '',
          signal: keeper.signal,
        }),
      );
    } finally {
      await keeper.stop();
      await this.lease.release(leaseName, this.holder).catch((error: unknown) => {
        // It expires by itself within the TTL; nothing else to do.
        this.log.warn(`could not release lease ${leaseName}: ${describe(error)}`, 'JobRunner');
      });
    }
  }

  /** Runs fn with a log line and a count for how it went. */
  private async timed<T>(context: JobContext, fn: (context: JobContext) => Promise<T>): Promise<T> {
    const what = label(context.job, context.periodKey);
    const started = Date.now();
    this.log.log(`job ${what} started on ${this.holder}`, 'JobRunner');
    try {
      const value = await fn(context);
      this.options.instruments?.jobRun(context.job, 'succeeded');
      this.log.log(`job ${what} succeeded in ${Date.now() - started} ms`, 'JobRunner');
      return value;
    } catch (error) {
      this.options.instruments?.jobRun(context.job, 'failed');
      this.log.error(
        `job ${what} failed after ${Date.now() - started} ms: ${describe(error)}`,
        stackOf(error),
        'JobRunner',
      );
      throw error;
    }
  }

  private runs(): Collection<JobRunDoc> {
    return collectionIn<JobRunDoc>(this.source, JOB_RUNS_COLLECTION);
  }
}

/**
 * Renews a lease every third of its TTL while work runs. Aborts its signal
 * when the lease is gone (taken over) or could not be renewed for a whole TTL.
 */
class LeaseKeeper {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private inFlight: Promise<void> = Promise.resolve();
  private lastRenewed = Date.now();

  constructor(
    private readonly lease: LeaseService,
    private readonly name: string,
    private readonly holder: string,
    private readonly ttlMs: number,
    private readonly onLost: (reason: string) => void,
  ) {
    this.timer = setInterval(
      () => {
        this.inFlight = this.inFlight.then(() => this.renewOnce());
      },
      Math.max(1, Math.floor(ttlMs / 3)),
    );
    // The work itself keeps the process alive; the renewal timer must not.
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }

  private async renewOnce(): Promise<void> {
    if (this.controller.signal.aborted) return;
    try {
      if (await this.lease.renew(this.name, this.holder, this.ttlMs)) {
        this.lastRenewed = Date.now();
      } else {
        this.lose('taken over by another replica');
      }
    } catch (error) {
      if (Date.now() - this.lastRenewed >= this.ttlMs)
        this.lose(`not renewed for ${this.ttlMs} ms: ${describe(error)}`);
    }
  }

  private lose(reason: string): void {
    this.onLost(reason);
    this.controller.abort(new Error(`lease ${this.name} lost: ${reason}`));
  }
}

function label(job: string, periodKey: string | undefined): string {
  return periodKey === undefined ? job : `${job} (${periodKey})`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function stackOf(error: unknown): string | undefined {
  return error instanceof Error ? error.stack : undefined;
}
