import { verifierOptionsFrom } from '@inspectorate/auth';
import { type DynamicModule, Module } from '@nestjs/common';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import type { Config } from './config';
import { LettersModule } from './letters/letters.module';
import { manifest } from './manifest';

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
          ...platform,
        }),
        LettersModule,
      ],
    };
  }
}
