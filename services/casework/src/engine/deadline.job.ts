import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock, JobRunner, amsterdamDate } from '@inspectorate/scheduling';
import { SYSTEM } from './case';
import { DeadlineChecks } from './deadline-checks';

/**
 * Every night the deadline checks run for today, once per day across all
 * replicas (lease + a job_runs record per date). A failed run is retried at
 * the next tick; the checks themselves are idempotent per case.
 */
@Injectable()
export class DeadlineJob {
  private readonly log = new Logger(DeadlineJob.name);

  constructor(
    private readonly jobs: JobRunner,
    private readonly checks: DeadlineChecks,
    private readonly clock: Clock,
  ) {}

  @Cron('0 */30 * * * *', { name: 'casework-deadline-checks', timeZone: 'Europe/Amsterdam' })
  async tick(): Promise<void> {
    const today = amsterdamDate(this.clock.now());
    try {
      const run = await this.jobs.runOncePerPeriod('casework-deadline-checks', today, () =>
        this.checks.run(today, SYSTEM),
      );
      if (run.ran) this.log.log(`deadline checks for ${today}: ${JSON.stringify(run.value)}`);
    } catch (error) {
      this.log.error(`deadline checks for ${today} failed; next tick retries: ${String(error)}`);
    }
  }
}
