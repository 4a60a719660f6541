import { FixedClock, type JobRunner } from '@inspectorate/scheduling';
import { VertrouwensJobs, previousMonth } from './jobs';
import type { AnonymousCounts, Retention } from './maintenance.usecase';

/**
 * The leased job that runs the counts and the retention (issue 13: "destroyed
 * after a configurable term … by a leased job"): which period each runs for,
 * under which job name, and that a failure waits for the next tick.
 */
describe('the vertrouwensdossiers’ nightly job', () => {
  function setUp(now: string, failing = false) {
    const runs: [string, string][] = [];
    const jobs = {
      // One replica at a time, once per period (job_runs): JobRunner's own tests prove that part.
      runOncePerPeriod: async (job: string, period: string, fn: () => Promise<unknown>) => {
        runs.push([job, period]);
        return { ran: true, value: await fn() };
      },
    } as unknown as JobRunner;
    const counted: string[] = [];
    const destroyed: string[] = [];
    const counts = {
      publish: async (month: string) => {
        if (failing) throw new Error('database unreachable');
        counted.push(month);
        return { schools: 0, published: 0, dossiers: 0 };
      },
    } as unknown as AnonymousCounts;
    const retention = {
      run: async (today: string) => {
        destroyed.push(today);
        return { destroyed: 0, waitingForCount: 0 };
      },
    } as unknown as Retention;
    const job = new VertrouwensJobs(jobs, counts, retention, new FixedClock(now));
    return { job, runs, counted, destroyed };
  }

  it('counts the month that ended and destroys what is due today (Amsterdam), each once per period', async () => {
    // 23:30 UTC on 31 January is 1 February in Amsterdam: January has ended.
    const s = setUp('2027-01-31T23:30:00Z');
    await s.job.tick();
    expect(s.runs).toEqual([
      ['casework-vertrouwens-counts', '2027-01'],
      ['casework-vertrouwens-retention', '2027-02-01'],
    ]);
    expect(s.counted).toEqual(['2027-01']);
    expect(s.destroyed).toEqual(['2027-02-01']);
  });

  it('takes January back to December of the year before', () => {
    expect(previousMonth('2027-01-15')).toBe('2026-12');
    expect(previousMonth('2026-11-30')).toBe('2026-10');
  });

  it('leaves a failed run to the next tick: nothing destroyed before the month is counted', async () => {
    const s = setUp('2026-12-01T10:00:00Z', true);
    await expect(s.job.tick()).resolves.toBeUndefined();
    expect(s.destroyed).toEqual([]);
  });
});
