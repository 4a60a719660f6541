import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock, JobRunner, amsterdamDate } from '@inspectorate/scheduling';
import { AnonymousCounts, Retention } from './maintenance.usecase';

/** The month before the one `date` (YYYY-MM-DD) is in, as YYYY-MM. */
export function previousMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * The vertrouwensdossiers' nightly work, once per period across replicas
 * (lease + job_runs): the anonymous counts of the month that just ended, and
 * the destruction of dossiers whose retention term has passed.
 */
@Injectable()
export class VertrouwensJobs {
  private readonly log = new Logger(VertrouwensJobs.name);

  constructor(
    private readonly jobs: JobRunner,
    private readonly counts: AnonymousCounts,
    private readonly retention: Retention,
    private readonly clock: Clock,
  ) {}

  @Cron('0 15 */2 * * *', { name: 'casework-vertrouwens', timeZone: 'Europe/Amsterdam' })
  async tick(): Promise<void> {
    const today = amsterdamDate(this.clock.now());
    const month = previousMonth(today);
    try {
      const counted = await this.jobs.runOncePerPeriod('casework-vertrouwens-counts', month, () =>
        this.counts.publish(month),
      );
      if (counted.ran) this.log.log(`anonymous counts ${month}: ${JSON.stringify(counted.value)}`);
      await this.jobs.runOncePerPeriod('casework-vertrouwens-retention', today, () =>
        this.retention.run(today),
      );
    } catch (error) {
      this.log.error(
        `vertrouwensdossier jobs for ${today} failed; next tick retries: ${String(error)}`,
      );
    }
  }
}
