import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock, JobRunner, amsterdamDate } from '@inspectorate/scheduling';
import { RUN_JOB, RunUseCase } from './run.usecase';

/** The day of the year (MM-DD, Amsterdam) from which the year's run is due (RISK_ANNUAL_RUN_FROM). */
export const ANNUAL_RUN_FROM = Symbol('risk-analysis:annual-run-from');

/**
 * Every night each replica ticks; from the configured day on, the one that
 * gets the lease runs the year's analysis, once per year (job_runs records
 * it; a failed run is not recorded, so the next night tries again). Runs on
 * demand go through POST /runs.
 */
@Injectable()
export class AnnualRunJob {
  private readonly log = new Logger(AnnualRunJob.name);

  constructor(
    private readonly jobs: JobRunner,
    private readonly runs: RunUseCase,
    private readonly clock: Clock,
    @Inject(ANNUAL_RUN_FROM) private readonly from: string,
  ) {}

  @Cron('0 30 3 * * *', { name: RUN_JOB, timeZone: 'Europe/Amsterdam' })
  async tick(): Promise<void> {
    const today = amsterdamDate(this.clock.now());
    if (today.slice(5) < this.from) return;
    try {
      const run = await this.jobs.runOncePerPeriod(RUN_JOB, today.slice(0, 4), () =>
        this.runs.run({ asOf: today, trigger: 'annual' }),
      );
      if (run.ran) this.log.log(`annual run ${run.value._id} for ${today.slice(0, 4)} done`);
    } catch (error) {
      this.log.error(`annual run on ${today} failed; the next tick retries: ${String(error)}`);
    }
  }
}
