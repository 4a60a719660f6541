import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnModuleInit,
} from '@nestjs/common';
import { APP_INTERCEPTOR, HttpAdapterHost } from '@nestjs/core';
import { type TokenVerifier, verifierOptionsFrom } from '@inspectorate/auth';
import { InjectConfig } from '@inspectorate/config';
import { type PlatformOptions, PlatformModule } from '@inspectorate/runtime';
import cors from 'cors';
import helmet from 'helmet';
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
export class AppModule implements NestModule, OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: Config,
    private readonly adapter: HttpAdapterHost,
  ) {}

  /** Tests pass a clock or turn cron off through `platform`. */
  static forRoot(config: Config, options: GatewayOptions = {}): DynamicModule {
    const { verifier, ...platform } = options;
    return {
      module: AppModule,
      imports: [
        // libs/auth's deny-by-default guard, as in every service: health and
        // metrics are @Public, the dead-letter ops need dead-letters.replay,
        // each forwarded route its permission (or @Public for /public).
        PlatformModule.forRoot({
          manifest,
          config,
          ...platform,
          auth: verifier ?? verifierOptionsFrom(config),
        }),
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

  /**
   * Behind an ingress the connection's address is the ingress's: with
   * TRUST_PROXY_HOPS it is taken from X-Forwarded-For instead, so the public
   * API's limit per address counts clients, not the ingress.
   */
  onModuleInit(): void {
    const hops = this.config.TRUST_PROXY_HOPS;
    const app = this.adapter.httpAdapter?.getInstance() as
      { set?: (name: string, value: unknown) => void } | undefined;
    if (hops > 0) app?.set?.('trust proxy', hops);
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
          // X-Reason: why a case or vertrouwensdossier is read (recorded with the read).
          allowedHeaders: [
            'authorization',
            'content-type',
            'x-correlation-id',
            'idempotency-key',
            'x-reason',
          ],
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
