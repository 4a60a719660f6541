import { type DynamicModule, Module } from '@nestjs/common';
import type { TokenVerifier } from '@inspectorate/auth';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import { GatewayAuthModule } from './auth';
import type { Config } from './config';
import { manifest } from './manifest';
import { forwardController } from './proxy/forward.controller';
import { Upstreams } from './proxy/forwarder';
import { DossierController } from './dossier/dossier';

export interface GatewayOptions extends Partial<Omit<PlatformOptions, 'manifest' | 'config'>> {
  /** Controller specs: a verifier with generated keys instead of the provider's JWKS. */
  verifier?: TokenVerifier;
}

@Module({})
export class AppModule {
  /** Tests pass a clock or turn cron off through `platform`. */
  static forRoot(config: Config, options: GatewayOptions = {}): DynamicModule {
    const { verifier, ...platform } = options;
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ manifest, config, ...platform }),
        GatewayAuthModule.forRoot(config, verifier),
      ],
      // The dossier first: its path would otherwise be taken for a forwarded one.
      controllers: [DossierController, forwardController()],
      providers: [Upstreams],
    };
  }
}
