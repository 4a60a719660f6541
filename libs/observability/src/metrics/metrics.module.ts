import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
} from '@nestjs/common';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { ALL_ROUTES } from '../all-routes';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { METRIC_PREFIX, Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { METRICS_REGISTRY } from './tokens';

export interface MetricsModuleOptions {
  /** Added as the `service` label to every metric. */
  service: string;
  /** Process and Node.js runtime metrics (CPU, memory, event loop, GC); default true. */
  defaultMetrics?: boolean;
}

@Module({})
export class MetricsModule implements NestModule {
  /**
   * `GET /metrics`, request timing for every route, and the `Metrics` service
   * (global). The registry is made when the app is created, so every app in a
   * process (tests start many) has its own.
   */
  static forRoot(options: MetricsModuleOptions): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [
        { provide: METRICS_REGISTRY, useFactory: () => createRegistry(options) },
        {
          provide: Metrics,
          useFactory: (registry: Registry) => Metrics.for(registry),
          inject: [METRICS_REGISTRY],
        },
        HttpMetricsMiddleware,
      ],
      exports: [METRICS_REGISTRY, Metrics],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes(ALL_ROUTES);
  }
}

/** A registry with the service label and, unless turned off, the runtime metrics. */
export function createRegistry(options: MetricsModuleOptions): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: options.service });
  if (options.defaultMetrics !== false)
    collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  return registry;
}
