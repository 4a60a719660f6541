import { verifierOptionsFrom } from '@inspectorate/auth';
import { type DynamicModule, Module } from '@nestjs/common';
import { PersistenceModule } from '@inspectorate/persistence';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import type { Config } from './config';
import { ConsentsController, ProviderConsentsController } from './consents/consents.controller';
import { ConsentsService } from './consents/consents.service';
import { DeadlinesService } from './deadlines/deadlines.service';
import { parseDeadlineOverrides } from './domain/deadline';
import { manifest } from './manifest';
import { INTAKE_COLLECTIONS } from './persistence/collections';
import { ProviderAuthGuard } from './providers/provider-auth.guard';
import { ProvidersController } from './providers/providers.controller';
import { ProvidersStore } from './providers/providers.store';
import { INTAKE_SETTINGS, type IntakeSettings } from './settings';
import { IdempotencyStore } from './submissions/idempotency.store';
import { SubmissionsController } from './submissions/submissions.controller';
import { SubmissionsService } from './submissions/submissions.service';
import { SweepController } from './sweep/sweep.controller';
import { SweepJob } from './sweep/sweep.job';
import { SweepService } from './sweep/sweep.service';
import { RegistryConsumer } from './vestigingen/registry.consumer';
import { VestigingenReadModel } from './vestigingen/vestigingen.read-model';

@Module({})
export class AppModule {
  /** Tests pass a clock or turn cron off through `platform`. */
  static forRoot(
    config: Config,
    platform: Partial<Omit<PlatformOptions, 'manifest' | 'config'>> = {},
  ): DynamicModule {
    const settings: IntakeSettings = {
      sectors: config.MONITORING_SECTORS,
      minOpenDays: config.MONITORING_MIN_OPEN_DAYS,
      // Throws at start on a deadline that makes no sense: bad config must not boot.
      deadlineOverrides: parseDeadlineOverrides(config.MONITORING_DEADLINES),
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
        PersistenceModule.forFeature(INTAKE_COLLECTIONS),
      ],
      controllers: [
        ProvidersController,
        ConsentsController,
        ProviderConsentsController,
        SubmissionsController,
        SweepController,
        RegistryConsumer,
      ],
      providers: [
        { provide: INTAKE_SETTINGS, useValue: settings },
        VestigingenReadModel,
        ProvidersStore,
        ProviderAuthGuard,
        ConsentsService,
        DeadlinesService,
        IdempotencyStore,
        SubmissionsService,
        SweepService,
        ...(platform.cron === false ? [] : [SweepJob]),
      ],
    };
  }
}
