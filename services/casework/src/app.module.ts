import { verifierOptionsFrom } from '@inspectorate/auth';
import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
} from '@nestjs/common';
import { PersistenceModule } from '@inspectorate/persistence';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import { CaseTypeCatalogue, CaseTypes } from './case-types/case-type.catalogue';
import { CaseTypesController } from './case-types/case-types.controller';
import type { Config } from './config';
import { CaseCommands } from './engine/case-commands';
import { CaseEngine } from './engine/case-engine';
import { CaseReads } from './engine/case-reads';
import { CaseRepository } from './engine/case.repository';
import { DeadlineChecks } from './engine/deadline-checks';
import { CaseReadLog, Cases } from './engine/collections';
import { DeadlineJob } from './engine/deadline.job';
import { type CaseFlow, FlowRegistry } from './engine/flow';
import { CasesController, DeadlineChecksController } from './engine/http/cases.controller';
import { LettersConsumer } from './engine/letters.consumer';
import { RequestActorMiddleware } from './engine/persons';
import { StoreCaseRepository } from './engine/store-case.repository';
import { CaseQueueRows } from './engine/queue-rows';
import { QueueRowsJob } from './engine/queue-rows.job';
import { FLOWS } from './flows';
import { IdempotencyKeys } from './flows/meldingen/idempotency';
import { MONITORING_SETTINGS } from './flows/monitoring-herstelopdracht';
import {
  ConfiguredSealer,
  VERTROUWENS_COLLECTIONS,
  VERTROUWENS_SETTINGS,
  VertrouwensJobs,
} from './flows/vertrouwensdossiers';
import { Sealer } from './flows/vertrouwensdossiers/field-cipher';
import { manifest } from './manifest';
import { RegistryReadModel } from './registry/read-model';
import { RegistryConsumer } from './registry/registry.consumer';

@Module({})
export class AppModule implements NestModule {
  /** Cases keep the names of the people who change them (engine/persons.ts). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestActorMiddleware).forRoutes('*');
  }

  /** Tests pass a clock or turn cron off through `platform`. */
  static forRoot(
    config: Config,
    platform: Partial<Omit<PlatformOptions, 'manifest' | 'config'>> = {},
  ): DynamicModule {
    const flowClasses = FLOWS.map((f) => f.flow);
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          manifest,
          config,
          auth: verifierOptionsFrom(config),
          ...platform,
        }),
        PersistenceModule.forFeature([
          Cases,
          CaseReadLog,
          CaseQueueRows,
          CaseTypes,
          IdempotencyKeys,
          ...VERTROUWENS_COLLECTIONS,
        ]),
      ],
      controllers: [
        CasesController,
        DeadlineChecksController,
        CaseTypesController,
        RegistryConsumer,
        LettersConsumer,
        ...FLOWS.flatMap((f) => f.controllers),
      ],
      providers: [
        {
          provide: MONITORING_SETTINGS,
          useValue: { herstelopdrachtDeadline: config.HERSTELOPDRACHT_DEADLINE },
        },
        {
          provide: VERTROUWENS_SETTINGS,
          useValue: { retention: config.VERTROUWENSDOSSIER_BEWAARTERMIJN },
        },
        {
          provide: Sealer,
          useFactory: () =>
            new ConfiguredSealer(config.VERTROUWENS_KEYS, config.VERTROUWENS_ACTIVE_KEY),
        },
        CaseTypeCatalogue,
        RegistryReadModel,
        { provide: CaseRepository, useClass: StoreCaseRepository },
        ...flowClasses,
        {
          provide: FlowRegistry,
          useFactory: (...flows: CaseFlow[]) => new FlowRegistry(flows),
          inject: flowClasses,
        },
        CaseEngine,
        CaseCommands,
        CaseReads,
        DeadlineChecks,
        ...FLOWS.flatMap((f) => f.providers),
        ...(platform.cron === false ? [] : [DeadlineJob, QueueRowsJob, VertrouwensJobs]),
      ],
    };
  }
}
