import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '@inspectorate/auth';
import type { Registry } from 'prom-client';
import { METRICS_REGISTRY } from './tokens';

/** Prometheus scrape endpoint, text exposition format; scraped from inside the cluster without a token. */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return this.registry.metrics();
  }
}
