import { verifierOptionsFrom } from '@inspectorate/auth';
import { type DynamicModule, Module } from '@nestjs/common';
import { PersistenceModule } from '@inspectorate/persistence';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import type { Config } from './config';
import { ImportsController } from './http/imports.controller';
import { RunsController } from './http/runs.controller';
import { SamplesController } from './http/samples.controller';
import { ImportDuoUseCase } from './imports/import-duo.usecase';
import { manifest } from './manifest';
import { RISK_COLLECTIONS } from './persistence/collections';
import { ReadModelConsumers } from './read-models/consumers';
import { ReadModels } from './read-models/read-models';
import { ANNUAL_RUN_FROM, AnnualRunJob } from './run/annual.job';
import { CurrentModel } from './run/current-model';
import { CASEWORK_COMPLETE, InputsLoader } from './run/inputs.loader';
import { RunQueries } from './run/run.queries';
import { RunUseCase } from './run/run.usecase';
import { WhatIfUseCase } from './run/what-if.usecase';
import { DrawSampleUseCase } from './samples/draw-sample.usecase';
import { StelselService } from './stelsel/stelsel.service';

@Module({})
export class AppModule {
  /** Tests pass a clock or turn cron off through `platform`. */
  static forRoot(
    config: Config,
    platform: Partial<Omit<PlatformOptions, 'manifest' | 'config'>> = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          manifest,
          config,
          auth: verifierOptionsFrom(config),
          // A run's events document holds ~25 events (~60 KB): 200 of them per
          // relay read keep a reply near 12 MB, well inside the wire's 48 MiB.
          // (The assessment chunks carried ~200 events with their assessments,
          // ~700 KB: 500 a read passed it at 4× national size.)
          relay: { batchSize: 200 },
          ...platform,
        }),
        PersistenceModule.forFeature(RISK_COLLECTIONS),
      ],
      controllers: [ImportsController, RunsController, SamplesController, ReadModelConsumers],
      providers: [
        { provide: CASEWORK_COMPLETE, useValue: config.RISK_CASEWORK_COMPLETE },
        { provide: ANNUAL_RUN_FROM, useValue: config.RISK_ANNUAL_RUN_FROM },
        ImportDuoUseCase,
        ReadModels,
        InputsLoader,
        CurrentModel,
        RunUseCase,
        RunQueries,
        WhatIfUseCase,
        DrawSampleUseCase,
        StelselService,
        ...(platform.cron === false ? [] : [AnnualRunJob]),
      ],
    };
  }
}
