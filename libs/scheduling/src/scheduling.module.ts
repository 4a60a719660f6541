import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { ScheduleModule } from '@nestjs/schedule';
import { Metrics } from '@inspectorate/observability';
import type { Connection } from 'mongoose';
import { Clock, SystemClock } from './clock/clock';
import { JobRunner } from './jobs/job-runner';
import { LeaseService } from './lease/lease.service';
import { newReplicaId } from './replica-id';

/** This replica's identity (string), for leases: inject with `@Inject(REPLICA_ID)`. */
export const REPLICA_ID = Symbol('inspectorate:replica-id');

export interface SchedulingModuleOptions {
  /** The domain clock; default SystemClock. Tests rather use `.overrideProvider(Clock)`. */
  clock?: Clock;
  /** Job lease TTL; default 30 s. */
  leaseTtlMs?: number;
  /** Default: hostname:pid:random, made per app instance. */
  replicaId?: string;
  /** Register @nestjs/schedule (for @Cron ticks); default true. */
  cron?: boolean;
  /** The mongoose connection to keep leases and job runs in; default the default connection. */
  connectionName?: string;
}

@Module({})
export class SchedulingModule {
  /**
   * Global: `Clock`, `LeaseService`, `JobRunner` and `REPLICA_ID`, on the
   * mongoose connection of `MongooseModule.forRoot`. Also registers
   * `ScheduleModule.forRoot()`, so services can put `@Cron` on methods that
   * only call `jobRunner.runOncePerPeriod(...)`. When the app has
   * `MetricsModule`, job runs are counted in `job_runs_total`.
   */
  static forRoot(options: SchedulingModuleOptions = {}): DynamicModule {
    const connection = getConnectionToken(options.connectionName);
    const providers: Provider[] = [
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      // A factory, not a value: every app built from this module is a replica of its own.
      { provide: REPLICA_ID, useFactory: () => options.replicaId ?? newReplicaId() },
      {
        provide: LeaseService,
        useFactory: (c: Connection) => new LeaseService(c),
        inject: [connection],
      },
      {
        provide: JobRunner,
        useFactory: (c: Connection, lease: LeaseService, holder: string, metrics?: Metrics) =>
          new JobRunner(c, {
            holder,
            lease,
            ...(options.leaseTtlMs === undefined ? {} : { leaseTtlMs: options.leaseTtlMs }),
            ...(metrics ? { instruments: metrics.jobs } : {}),
          }),
        inject: [connection, LeaseService, REPLICA_ID, { token: Metrics, optional: true }],
      },
    ];
    return {
      module: SchedulingModule,
      global: true,
      imports: options.cron === false ? [] : [ScheduleModule.forRoot()],
      providers,
      exports: [Clock, REPLICA_ID, LeaseService, JobRunner],
    };
  }
}
