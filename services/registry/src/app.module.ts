import { verifierOptionsFrom } from '@inspectorate/auth';
import { type DynamicModule, Module } from '@nestjs/common';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import type { Config } from './config';
import { manifest } from './manifest';
import { RegistryModule } from './registry/registry.module';

@Module({})
export class AppModule {
  /**
   * Tests pass a clock or turn cron off through `platform`; the CLI turns the
   * background import worker off (`importWorker: false`).
   */
  static forRoot(
    config: Config,
    platform: Partial<Omit<PlatformOptions, 'manifest' | 'config'>> = {},
    registry: { importWorker?: boolean } = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          manifest,
          config,
          auth: verifierOptionsFrom(config),
          ...platform,
        }),
        RegistryModule.forRoot({ maxCloseShare: config.REGISTRY_MAX_CLOSE_SHARE, ...registry }),
      ],
    };
  }
}
