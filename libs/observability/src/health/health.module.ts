import { type DynamicModule, Module, type ModuleMetadata, type Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HEALTH_OPTIONS, HealthController, type ResolvedHealthOptions } from './health.controller';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness';
import { ShutdownState } from './shutdown';

export interface HealthModuleOptions {
  /**
   * Classes implementing ReadinessCheck, e.g. `[MongoReadiness, KafkaReadiness]`.
   * They are instantiated in this module, so what they inject must come from a
   * global module (mongoose, messaging, config) or from `imports`.
   */
  readiness?: Type<ReadinessCheck>[];
  imports?: ModuleMetadata['imports'];
  /** Upper bound for one check, whatever the check itself does; default 3000. */
  checkTimeoutMs?: number;
}

@Module({})
export class HealthModule {
  /** `GET /health/live` and `GET /health/ready` (Terminus response format). */
  static forRoot(options: HealthModuleOptions = {}): DynamicModule {
    const classes = options.readiness ?? [];
    const resolved: ResolvedHealthOptions = { checkTimeoutMs: options.checkTimeoutMs ?? 3_000 };
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), ...(options.imports ?? [])],
      controllers: [HealthController],
      providers: [
        ...classes,
        {
          provide: READINESS_CHECKS,
          useFactory: (...checks: ReadinessCheck[]) => checks,
          inject: classes,
        },
        { provide: HEALTH_OPTIONS, useValue: resolved },
        ShutdownState,
      ],
      exports: [READINESS_CHECKS, ShutdownState],
    };
  }
}
