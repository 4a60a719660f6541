import { type DynamicModule, Module } from '@nestjs/common';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import type { Config } from './config';
import { manifest } from './manifest';
import { WRITE_CHUNK } from './registry/persistence/registry.store';
import { RegistryModule } from './registry/registry.module';

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
          // The relay removes what it published with one bulk update per
          // batch; FerretDB v1 hangs on 100+ statements (see WRITE_CHUNK),
          // and an import leaves thousands of aggregates with pending events.
          relay: { batchSize: WRITE_CHUNK },
          ...platform,
        }),
        RegistryModule,
      ],
    };
  }
}
