import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import {
  Clock,
  JobRunner,
  amsterdamDate,
  schooljaarOf,
  shiftSchooljaar,
} from '@inspectorate/scheduling';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { SWEEP_JOB } from './sweep.controller';
import { SweepService } from './sweep.service';

/**
 * Every night each replica ticks; the one that gets the lease sweeps the
 * schooljaar whose deadline passed most recently, once per schooljaar
 * (job_runs records it). A failed run is not recorded, so the next night
 * tries again. Operators can rerun through POST /sweeps/{schooljaar}.
 */
@Injectable()
export class SweepJob {
  private readonly log = new Logger(SweepJob.name);

  constructor(
    private readonly jobs: JobRunner,
    private readonly sweeps: SweepService,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
  ) {}

  @Cron('0 15 2 * * *', { name: SWEEP_JOB, timeZone: 'Europe/Amsterdam' })
  async tick(): Promise<void> {
    const today = amsterdamDate(this.clock.now());
    try {
      const schooljaar = await this.due(today);
      if (!schooljaar) return;
      const run = await this.jobs.runOncePerPeriod(SWEEP_JOB, schooljaar, (ctx) =>
        this.sweeps.sweep(schooljaar, today, ctx.signal),
      );
      if (run.ran) this.log.log(`deadline sweep ${schooljaar}: ${JSON.stringify(run.value)}`);
    } catch (error) {
      this.log.error(`deadline sweep on ${today} failed; the next tick retries: ${String(error)}`);
    }
  }

  /** The current schooljaar once its deadline has passed, else the previous one. */
  private async due(today: string): Promise<string | null> {
    const current = schooljaarOf(today);
    for (const sj of [current, shiftSchooljaar(current, -1)]) {
      if ((await this.deadlines.deadlineFor(sj)).deadline <= today) return sj;
    }
    return null;
  }
}
