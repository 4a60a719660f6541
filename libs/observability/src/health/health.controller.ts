import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { Public } from '@inspectorate/auth';
import { READINESS_CHECKS, type ReadinessCheck, withTimeout } from './readiness';
import { ShutdownState } from './shutdown';

export const HEALTH_OPTIONS = Symbol('inspectorate:health-options');

export interface ResolvedHealthOptions {
  checkTimeoutMs: number;
}

// Kubernetes probes carry no token.
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
    @Inject(HEALTH_OPTIONS) private readonly options: ResolvedHealthOptions,
    private readonly shutdown: ShutdownState,
  ) {}

  /**
   * Liveness: the process serves HTTP. No dependency is checked on purpose: a
   * database outage must not make Kubernetes restart every replica.
   */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /**
   * Readiness: every dependency answers, and the replica is not shutting
   * down; 503 with the details of each otherwise.
   */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.running(),
      ...this.checks.map((check) => () => this.run(check)),
    ]);
  }

  private running(): HealthIndicatorResult {
    const indicator = this.indicators.check('shutdown');
    const since = this.shutdown.drainingSince;
    return since
      ? indicator.down({ message: `shutting down since ${since.toISOString()}` })
      : indicator.up();
  }

  private async run(check: ReadinessCheck): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(check.name);
    try {
      await withTimeout(check.check(), this.options.checkTimeoutMs, check.name);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
