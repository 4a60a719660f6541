import { verifierOptionsFrom } from '@inspectorate/auth';
import { type DynamicModule, Module } from '@nestjs/common';
import { PersistenceModule } from '@inspectorate/persistence';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import type { Config } from './config';
import { FeedService } from './feed/feed.service';
import { PlacesService, RegistryConsumer } from './places/places';
import { AdminController } from './http/admin.controller';
import { OpenDataController } from './http/opendata.controller';
import { PublicController } from './http/public.controller';
import { CaseworkConsumer } from './items/casework.consumer';
import { ItemsService } from './items/items.service';
import { PublicationJob } from './items/publication.job';
import { PublicQueries } from './items/public.queries';
import { manifest } from './manifest';
import { WebhooksController } from './http/webhooks.controller';
import { OpenDataService } from './opendata/opendata.service';
import { AlertMailer } from './webhooks/alerts';
import { WebhookDeliverer } from './webhooks/deliverer';
import { WebhookDispatcher } from './webhooks/dispatcher';
import { SubscriptionsService } from './webhooks/subscriptions.service';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks/webhook.docs';
import { PUBLICATION_COLLECTIONS } from './persistence/collections';

@Module({})
export class AppModule {
  /** Tests pass a clock or turn cron off through `platform`. */
  static forRoot(
    config: Config,
    platform: Partial<Omit<PlatformOptions, 'manifest' | 'config'>> = {},
  ): DynamicModule {
    const webhooks: WebhookSettings = {
      allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      concurrency: config.WEBHOOK_CONCURRENCY,
    };
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          manifest,
          config,
          auth: verifierOptionsFrom(config),
          ...platform,
        }),
        PersistenceModule.forFeature(PUBLICATION_COLLECTIONS),
      ],
      controllers: [
        PublicController,
        OpenDataController,
        AdminController,
        WebhooksController,
        CaseworkConsumer,
        RegistryConsumer,
      ],
      // The job is a provider either way (tests run it by hand); only its @Cron needs cron on.
      providers: [
        { provide: WEBHOOK_SETTINGS, useValue: webhooks },
        ItemsService,
        PlacesService,
        FeedService,
        PublicQueries,
        PublicationJob,
        OpenDataService,
        SubscriptionsService,
        WebhookDispatcher,
        WebhookDeliverer,
        AlertMailer,
      ],
    };
  }
}
