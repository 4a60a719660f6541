import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALL_ROUTES } from '../all-routes';
import { Metrics } from './metrics';

type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };

/**
 * Times every HTTP request, labelled by the route *pattern* (`/schools/:brin`,
 * never the concrete URL, which would make a series per school). A
 * middleware rather than an interceptor, so 404s and requests refused by
 * guards or pipes are counted too.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: Metrics) {}

  use(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.httpRequestDuration.observe(
        {
          method: req.method ?? 'UNKNOWN',
          route: routeOf(req as RoutedRequest),
          status: String(res.statusCode),
        },
        seconds,
      );
    });
    next();
  }
}

// Nest mounts middleware as catch-all routes; a request that matched no
// handler is left with one of those as its route.
const CATCH_ALL = new Set([ALL_ROUTES.path, `/${ALL_ROUTES.path}`, '*', '/*']);

function routeOf(req: RoutedRequest): string {
  const path = req.route?.path;
  if (typeof path !== 'string' || CATCH_ALL.has(path)) return 'unmatched';
  return `${req.baseUrl ?? ''}${path}`;
}
