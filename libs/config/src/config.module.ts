import { type DynamicModule, Inject, Module } from '@nestjs/common';
import type { ConfigLoader } from './define-config';

/** Injection token of the loaded, frozen config object. */
export const CONFIG = Symbol('inspectorate:config');

/** `@InjectConfig() private readonly config: AppConfig` */
export const InjectConfig = (): ParameterDecorator & PropertyDecorator => Inject(CONFIG);

function isLoader<C>(source: ConfigLoader<C> | Readonly<C>): source is ConfigLoader<C> {
  return typeof (source as ConfigLoader<C>).load === 'function';
}

@Module({})
export class ConfigModule {
  /**
   * Provides the config under `CONFIG` everywhere (global). Give it the loader
   * (it loads from process.env when the app starts) or a config already
   * loaded, e.g. by `loadConfigOrExit` in main.ts or from a test's own env.
   */
  static forRoot<C>(source: ConfigLoader<C> | Readonly<C>): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [
        { provide: CONFIG, useFactory: () => (isLoader(source) ? source.load() : source) },
      ],
      exports: [CONFIG],
    };
  }
}
