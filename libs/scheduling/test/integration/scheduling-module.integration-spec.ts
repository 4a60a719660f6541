import type { INestApplication } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { connectDb, testScope } from '@inspectorate/test-stack';
import { Clock, FixedClock } from '../../src/clock/clock';
import { JobRunner } from '../../src/jobs/job-runner';
import { LeaseService } from '../../src/lease/lease.service';
import { REPLICA_ID, SchedulingModule } from '../../src/scheduling.module';
import { schooljaarOf } from '../../src/time/schooljaar';

/** Two replicas of one service: same module definition, same database, one process. */
describe('SchedulingModule on a real mongoose connection', () => {
  const scope = testScope('schedmod');
  const clock = new FixedClock('2024-07-31T22:00:00Z'); // 1 August 00:00 in Amsterdam
  const replicas: INestApplication[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i += 1) {
      const moduleRef = await Test.createTestingModule({
        imports: [
          MongooseModule.forRoot(scope.mongodbUri, { dbName: scope.databaseName }),
          SchedulingModule.forRoot({ cron: false }),
        ],
      })
        .overrideProvider(Clock)
        .useValue(clock)
        .compile();
      const app = moduleRef.createNestApplication({ logger: false });
      await app.init();
      replicas.push(app);
    }
  });

  afterAll(async () => {
    await Promise.all(replicas.map((app) => app.close()));
    const { close } = await connectDb(scope);
    await close(); // drops the database
  });

  it('runs a period’s job once across replicas ticking together', async () => {
    const ids = replicas.map((app) => app.get<string>(REPLICA_ID));
    expect(new Set(ids).size).toBe(2);

    const ranOn: string[] = [];
    const tick = (app: INestApplication) =>
      app
        .get(JobRunner)
        .runOncePerPeriod(
          'annual-analysis',
          schooljaarOf(app.get(Clock).now()),
          async (context) => {
            ranOn.push(context.holder);
            return context.periodKey;
          },
        );

    const first = await Promise.all(replicas.map(tick));
    expect(ranOn).toHaveLength(1);
    expect(first.filter((r) => r.ran)).toEqual([{ ran: true, value: '2024-2025' }]);
    expect(await Promise.all(replicas.map(tick))).toEqual([
      { ran: false, reason: 'already-done' },
      { ran: false, reason: 'already-done' },
    ]);

    // A year later in domain time, the next period runs; leases still follow real time.
    clock.advance({ days: 365 });
    await Promise.all(replicas.map(tick));
    expect(ranOn).toHaveLength(2);
    expect(await replicas[0]?.get(LeaseService).current('job:annual-analysis')).toBeNull();
  });
});
