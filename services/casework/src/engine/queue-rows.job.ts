import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { CaseRepository } from './case.repository';

/**
 * Every five minutes each replica writes the work-queue rows a failed write
 * left pending (queue-rows.ts). No lease: a row follows from its case and
 * is written by the case's version, so two replicas at once write the same
 * row; finding none is one indexed read.
 */
@Injectable()
export class QueueRowsJob {
  private readonly log = new Logger(QueueRowsJob.name);

  constructor(private readonly repository: CaseRepository) {}

  @Cron('0 */5 * * * *', { name: 'casework-queue-rows' })
  async tick(): Promise<void> {
    try {
      const written = await this.repository.rewritePendingRows();
      if (written > 0) this.log.log(`wrote ${written} pending work-queue rows`);
    } catch (error) {
      this.log.error(`pending work-queue rows not written; next tick retries: ${String(error)}`);
    }
  }
}
