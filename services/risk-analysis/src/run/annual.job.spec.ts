import { FixedClock } from '@inspectorate/scheduling';
import { newTestService } from '@inspectorate/testing';
import { ANNUAL_RUN_FROM, AnnualRunJob } from './annual.job';
import { RunUseCase } from './run.usecase';

async function setup(fails = 0) {
  const runs: { asOf?: string; trigger?: string }[] = [];
  let failing = fails;
  const t = await newTestService(AnnualRunJob, {
    clock: new FixedClock('2026-09-30T01:30:00Z'),
    providers: [
      { provide: ANNUAL_RUN_FROM, useValue: '10-01' },
      {
        provide: RunUseCase,
        useValue: {
          run: async (options: { asOf?: string; trigger?: string }) => {
            if (failing-- > 0) throw new Error('the database is away');
            runs.push(options);
            return { _id: `run-${runs.length}` };
          },
        },
      },
    ],
  });
  return { ...t, runs };
}

describe('AnnualRunJob: the yearly analysis under a lease', () => {
  it('runs from the configured day on, once per year, as of that day', async () => {
    const t = await setup();
    await t.sut.tick(); // 30 September, Amsterdam: not yet
    expect(t.runs).toEqual([]);
    t.clock.set(new Date('2026-10-01T01:30:00Z'));
    await t.sut.tick();
    t.clock.set(new Date('2026-10-02T01:30:00Z'));
    await t.sut.tick(); // done for 2026
    expect(t.runs).toEqual([{ asOf: '2026-10-01', trigger: 'annual' }]);
    t.clock.set(new Date('2027-10-05T01:30:00Z'));
    await t.sut.tick();
    expect(t.runs.map((r) => r.asOf)).toEqual(['2026-10-01', '2027-10-05']);
  });

  it('tries a failed run again the next night', async () => {
    const t = await setup(1);
    t.clock.set(new Date('2026-10-01T01:30:00Z'));
    await t.sut.tick();
    expect(t.runs).toEqual([]);
    t.clock.set(new Date('2026-10-02T01:30:00Z'));
    await t.sut.tick();
    expect(t.runs).toEqual([{ asOf: '2026-10-02', trigger: 'annual' }]);
  });
});
