import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { TokenVerifier } from '@inspectorate/auth';
import { InjectConfig } from '@inspectorate/config';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import cors from 'cors';
import helmet from 'helmet';
import { GatewayAuthModule } from './auth';
import type { Config } from './config';
import { DossierController } from './dossier/dossier';
import { manifest } from './manifest';
import { helmetOptions, publicDocs } from './openapi/docs';
import { forwardController } from './proxy/forward.controller';
import { Upstreams } from './proxy/forwarder';
import { RateLimitInterceptor } from './rate-limit/rate-limit';

export interface GatewayOptions extends Partial<Omit<PlatformOptions, 'manifest' | 'config'>> {
  /** Controller specs: a verifier with generated keys instead of the provider's JWKS. */
  verifier?: TokenVerifier;
}

@Module({})
export class AppModule implements NestModule {
  constructor(@InjectConfig() private readonly config: Config) {}

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
      providers: [
        Upstreams,
        { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor },
        publicDocs(config),
      ],
    };
  }

  /** Security headers on every answer; CORS only for the configured front-end origins. */
  configure(consumer: MiddlewareConsumer): void {
    const origins = this.config.CORS_ORIGINS;
    consumer
      .apply(
        helmet(helmetOptions(this.config)),
        cors({
          origin: [...origins],
          methods: ['GET', 'POST', 'PUT', 'DELETE'],
          allowedHeaders: ['authorization', 'content-type', 'x-correlation-id', 'idempotency-key'],
          exposedHeaders: [
            'x-correlation-id',
            'retry-after',
            'ratelimit-limit',
            'ratelimit-remaining',
            'ratelimit-reset',
          ],
          maxAge: 600,
        }),
      )
      .forRoutes('*');
  }
}
