import { type DynamicModule, Module } from '@nestjs/common';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import { CaseTypeCatalogue } from './case-types/case-type.catalogue';
import { CaseTypesController } from './case-types/case-types.controller';
import { CasesController, DeadlineChecksController } from './cases/cases.controller';
import { CASEWORK_SETTINGS, CasesService } from './cases/cases.service';
import { DeadlineJob } from './cases/deadline.job';
import { LettersConsumer } from './cases/letters.consumer';
import { MonitoringConsumer } from './cases/monitoring.consumer';
import type { Config } from './config';
import { manifest } from './manifest';
import { RegistryReadModel } from './registry/read-model';
import { RegistryConsumer } from './registry/registry.consumer';

@Module({})
export class AppModule {
  /** Tests pass a clock or turn cron off through `platform`. */
  static forRoot(
    config: Config,
    platform: Partial<Omit<PlatformOptions, 'manifest' | 'config'>> = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ manifest, config, ...platform })],
      controllers: [
        CasesController,
        DeadlineChecksController,
        CaseTypesController,
        RegistryConsumer,
        MonitoringConsumer,
        LettersConsumer,
      ],
      providers: [
        {
          provide: CASEWORK_SETTINGS,
          useValue: { herstelopdrachtDeadline: config.HERSTELOPDRACHT_DEADLINE },
        },
        CaseTypeCatalogue,
        RegistryReadModel,
        CasesService,
        ...(platform.cron === false ? [] : [DeadlineJob]),
      ],
    };
  }
}
