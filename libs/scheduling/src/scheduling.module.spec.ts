import { Global, Injectable, Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Cron, SchedulerRegistry } from '@nestjs/schedule';
import { Test } from '@nestjs/testing';
import { Metrics, MetricsModule } from '@inspectorate/observability';
import { Clock, FixedClock, SystemClock } from './clock/clock';
import { JobRunner } from './jobs/job-runner';
import { LeaseService } from './lease/lease.service';
import { REPLICA_ID, SchedulingModule } from './scheduling.module';
import { schooljaarOf } from './time/schooljaar';

// Nothing touches the database while the module is built: collections are looked up at use.
const fakeConnection = { model: () => undefined, db: undefined };

/** Stands in for MongooseModule.forRoot, whose connection is global too. */
@Global()
@Module({
  providers: [{ provide: getConnectionToken(), useValue: fakeConnection }],
  exports: [getConnectionToken()],
})
class FakeMongooseModule {}

@Injectable()
class AnnualAnalysisJob {
  constructor(
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  /** What a service's tick looks like: compute the period, let the runner decide. */
  @Cron('0 30 2 * * *', { name: 'annual-analysis', timeZone: 'Europe/Amsterdam' })
  async tick(): Promise<void> {
    await this.jobs.runOncePerPeriod(
      'annual-analysis',
      schooljaarOf(this.clock.now()),
      async () => undefined,
    );
  }
}

async function build(imports: unknown[] = [], providers: unknown[] = []) {
  return Test.createTestingModule({
    imports: [FakeMongooseModule, SchedulingModule.forRoot(), ...(imports as never[])],
    providers: providers as never[],
  }).compile();
}

describe('SchedulingModule', () => {
  it('provides the system clock, a lease service, a job runner and a replica id', async () => {
    const moduleRef = await build();
    expect(moduleRef.get(Clock)).toBeInstanceOf(SystemClock);
    expect(moduleRef.get(LeaseService)).toBeInstanceOf(LeaseService);
    expect(moduleRef.get(JobRunner)).toBeInstanceOf(JobRunner);
    expect(moduleRef.get<string>(REPLICA_ID)).toMatch(/^.+:\d+:[0-9a-f]{8}$/);
  });

  it('lets tests replace the clock', async () => {
    const clock = new FixedClock('2024-07-31T22:00:00Z');
    const moduleRef = await Test.createTestingModule({
      imports: [FakeMongooseModule, SchedulingModule.forRoot()],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    expect(schooljaarOf(moduleRef.get(Clock).now())).toBe('2024-2025');
  });

  it('gives every app instance its own replica id, also from one module definition', async () => {
    const [one, two] = await Promise.all([build(), build()]);
    expect(one.get(REPLICA_ID)).not.toBe(two.get(REPLICA_ID));
  });

  it('registers @Cron ticks', async () => {
    const moduleRef = await build([], [AnnualAnalysisJob]);
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    try {
      expect(app.get(SchedulerRegistry).getCronJob('annual-analysis')).toBeDefined();
    } finally {
      await app.close();
    }
  });

  it('counts job runs when the app has metrics', async () => {
    const moduleRef = await build([
      MetricsModule.forRoot({ service: 'risk-analysis', defaultMetrics: false }),
    ]);
    const runner = moduleRef.get(JobRunner);
    const lease = moduleRef.get(LeaseService);
    jest.spyOn(lease, 'tryAcquire').mockResolvedValue(false);
    expect(await runner.runExclusive('sweep', async () => 'x')).toEqual({
      ran: false,
      reason: 'held-elsewhere',
    });
    const text = await moduleRef.get(Metrics).registry.metrics();
    expect(text).toContain(
      'inspectorate_job_runs_total{job="sweep",outcome="held-elsewhere",service="risk-analysis"} 1',
    );
  });
});
