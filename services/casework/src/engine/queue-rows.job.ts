import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '@inspectorate/scheduling';
import { CaseRepository } from './case.repository';

/**
 * Every five minutes one replica writes the work-queue rows that fell
 * behind their cases (queue-rows.ts): those a failed write left pending,
 * and those of cases a replica of the release before the rows changed
 * during a rolling update (store-case.repository.ts, rewriteStaleRows).
 * Under a lease (ADR 0006): a row follows from its case and is written by
 * the case's version, so two replicas at once would do no harm, only the
 * same reads twice; one indexed read each when there is nothing to write.
 */
@Injectable()
export class QueueRowsJob {
  private readonly log = new Logger(QueueRowsJob.name);

  constructor(
    private readonly jobs: JobRunner,
    private readonly repository: CaseRepository,
  ) {}

  @Cron('0 */5 * * * *', { name: 'casework-queue-rows' })
  async tick(): Promise<number> {
    try {
      const run = await this.jobs.runExclusive('casework-queue-rows', () =>
        this.repository.rewriteStaleRows(),
      );
      if (run.ran && run.value > 0) this.log.log(`wrote ${run.value} stale work-queue rows`);
      return run.ran ? run.value : 0;
    } catch (error) {
      this.log.error(`stale work-queue rows not written; next tick retries: ${String(error)}`);
      return 0;
    }
  }
}
