import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '@inspectorate/scheduling';
import { FeedService } from '../feed/feed.service';
import { OpenDataService } from '../opendata/opendata.service';
import { AlertMailer } from '../webhooks/alerts';
import { WebhookDispatcher } from '../webhooks/dispatcher';
import { ItemsService } from './items.service';

export const PUBLICATION_JOB = 'publication-run';

/**
 * Every few seconds each replica ticks; the one holding the lease publishes
 * what is due (through the gate) and numbers the new public changes for the
 * feed, then queues the webhook deliveries of those changes, rewrites the open data files whose content changed and mails the contacts of subscriptions that were disabled. Every step is idempotent, so a run cut short is finished by the next.
 */
@Injectable()
export class PublicationJob {
  private readonly log = new Logger(PublicationJob.name);

  constructor(
    private readonly jobs: JobRunner,
    private readonly items: ItemsService,
    private readonly feed: FeedService,
    private readonly webhooks: WebhookDispatcher,
    private readonly opendata: OpenDataService,
    private readonly alerts: AlertMailer,
  ) {}

  @Cron('*/5 * * * * *', { name: PUBLICATION_JOB })
  async tick(): Promise<void> {
    try {
      await this.runOnce();
    } catch (error) {
      this.log.error(`publication run failed; the next tick retries: ${String(error)}`);
    }
  }

  /** One run under the lease (tests call it instead of waiting for the tick). */
  async runOnce() {
    return this.jobs.runExclusive(PUBLICATION_JOB, async (ctx) => {
      const published = await this.items.publishDue();
      const sequenced = await this.feed.sequence(ctx.signal);
      const deliveries = await this.webhooks.dispatch(ctx.signal);
      const files = await this.opendata.regenerate();
      const alerts = await this.alerts.sendPending();
      const run = { ...published, sequenced, deliveries, files, alerts };
      if (
        published.published + published.toReview + sequenced + deliveries + files.length + alerts >
        0
      )
        this.log.log(`publication run: ${JSON.stringify(run)}`);
      return run;
    });
  }
}
