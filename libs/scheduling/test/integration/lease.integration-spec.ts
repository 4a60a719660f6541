import { connectDb, testScope, waitFor } from '@inspectorate/test-stack';
import type { Db, MongoClient } from 'mongodb';
import mongoose from 'mongoose';
import {
  JOB_RUNS_COLLECTION,
  type JobContext,
  type JobOutcome,
  JobRunner,
  type JobRunDoc,
} from '../../src/jobs/job-runner';
import { LEASES_COLLECTION, type LeaseDoc, LeaseService } from '../../src/lease/lease.service';

/** A promise the test resolves when it chooses: keeps a job "running" until then. */
function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('leases and exclusive jobs on the real MongoDB-compatible server', () => {
  const scope = testScope('lease');
  let db: Db;
  let client: MongoClient;
  let close: () => Promise<void>;
  const outcomes: [string, JobOutcome][] = [];
  const instruments = {
    jobRun: (job: string, outcome: JobOutcome) => void outcomes.push([job, outcome]),
  };
  const quiet = {
    log: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    debug: () => undefined,
  };

  const runner = (holder: string, leaseTtlMs = 2_000) =>
    new JobRunner(db, { holder, leaseTtlMs, instruments, logger: quiet });

  beforeAll(async () => {
    ({ db, client, close } = await connectDb(scope));
  });

  afterAll(async () => {
    await close();
  });

  beforeEach(async () => {
    outcomes.length = 0;
    await db.collection(LEASES_COLLECTION).deleteMany({});
    await db.collection(JOB_RUNS_COLLECTION).deleteMany({});
  });

  describe('LeaseService', () => {
    it('gives a free lease to the first taker and refuses a second holder', async () => {
      const leases = new LeaseService(db);
      expect(await leases.tryAcquire('relay', 'replica-a', 5_000)).toBe(true);
      expect(await leases.tryAcquire('relay', 'replica-b', 5_000)).toBe(false);
      // the holder may take it again (that extends it)
      expect(await leases.tryAcquire('relay', 'replica-a', 5_000)).toBe(true);
      const stored = await leases.current('relay');
      expect(stored).toMatchObject({ _id: 'relay', holder: 'replica-a' });
      expect(stored?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 4_000);
    });

    it('lets exactly one of many concurrent takers win', async () => {
      const leases = new LeaseService(db);
      const holders = Array.from({ length: 8 }, (_, i) => `replica-${i}`);
      const won = await Promise.all(holders.map((h) => leases.tryAcquire('race', h, 5_000)));
      expect(won.filter(Boolean)).toHaveLength(1);
      expect((await leases.current('race'))?.holder).toBe(holders[won.indexOf(true)]);
    });

    it('lets another replica take over once the lease expired, and the old holder can no longer renew', async () => {
      const leases = new LeaseService(db);
      expect(await leases.tryAcquire('sweep', 'replica-a', 300)).toBe(true);
      const first = await leases.current('sweep');
      expect(await leases.tryAcquire('sweep', 'replica-b', 5_000)).toBe(false);
      await waitFor(() => leases.tryAcquire('sweep', 'replica-b', 5_000), {
        timeoutMs: 5_000,
        intervalMs: 50,
        description: 'replica-b takes the expired lease',
      });
      const taken = await leases.current('sweep');
      expect(taken?.holder).toBe('replica-b');
      expect(taken?.acquiredAt.getTime()).toBeGreaterThan(first?.acquiredAt.getTime() ?? Infinity);
      expect(await leases.renew('sweep', 'replica-a', 5_000)).toBe(false);
      expect(await leases.renew('sweep', 'replica-b', 5_000)).toBe(true);
    });

    it('keeps acquiredAt when the holder renews', async () => {
      const leases = new LeaseService(db);
      await leases.tryAcquire('keep', 'replica-a', 5_000);
      const before = await leases.current('keep');
      await waitFor(() => Date.now() > (before?.acquiredAt.getTime() ?? 0) + 20, { intervalMs: 5 });
      expect(await leases.renew('keep', 'replica-a', 5_000)).toBe(true);
      expect(await leases.tryAcquire('keep', 'replica-a', 5_000)).toBe(true);
      const after = await leases.current('keep');
      expect(after?.acquiredAt).toEqual(before?.acquiredAt);
      expect(after?.expiresAt.getTime()).toBeGreaterThan(before?.expiresAt.getTime() ?? Infinity);
    });

    it('refuses a release by a replica that does not hold the lease', async () => {
      const leases = new LeaseService(db);
      await leases.tryAcquire('letters', 'replica-a', 5_000);
      expect(await leases.release('letters', 'replica-b')).toBe(false);
      expect((await leases.current('letters'))?.holder).toBe('replica-a');
      expect(await leases.release('letters', 'replica-a')).toBe(true);
      expect(await leases.current('letters')).toBeNull();
      expect(await leases.tryAcquire('letters', 'replica-b', 5_000)).toBe(true);
    });

    it('works on a mongoose connection as well as on a driver Db', async () => {
      const connection = await mongoose
        .createConnection(scope.mongodbUri, { dbName: scope.databaseName })
        .asPromise();
      try {
        const leases = new LeaseService(connection);
        expect(await leases.tryAcquire('via-mongoose', 'replica-m', 5_000)).toBe(true);
        expect(
          (await db.collection<LeaseDoc>(LEASES_COLLECTION).findOne({ _id: 'via-mongoose' }))
            ?.holder,
        ).toBe('replica-m');
      } finally {
        await connection.close();
      }
    });
  });

  describe('JobRunner.runExclusive', () => {
    it('runs the job on exactly one of two racing replicas, and releases the lease after', async () => {
      const a = runner('replica-a');
      const b = runner('replica-b');
      const running = gate();
      let runs = 0;
      const job = async () => {
        runs += 1;
        await running.opened;
        return 'swept';
      };
      const pending = [a.runExclusive('sweep', job), b.runExclusive('sweep', job)];
      // The loser answers while the winner still runs.
      const first = await Promise.race(pending);
      expect(first).toEqual({ ran: false, reason: 'held-elsewhere' });
      running.open();
      const results = await Promise.all(pending);
      expect(runs).toBe(1);
      expect(results).toEqual(
        expect.arrayContaining([
          { ran: true, value: 'swept' },
          { ran: false, reason: 'held-elsewhere' },
        ]),
      );
      expect(await new LeaseService(db).current('job:sweep')).toBeNull();
      expect(outcomes.map(([, o]) => o).sort()).toEqual(['held-elsewhere', 'succeeded']);
    });

    it('keeps the lease renewed while a job runs longer than its TTL', async () => {
      // A TTL generous enough for a busy CI machine's database round trips.
      const a = runner('replica-a', 1_000);
      const b = runner('replica-b', 1_000);
      const result = await a.runExclusive('long', async () => {
        const until = Date.now() + 3_000; // three TTLs
        let attempts = 0;
        while (Date.now() < until) {
          expect(await b.runExclusive('long', async () => 'should not run')).toEqual({
            ran: false,
            reason: 'held-elsewhere',
          });
          attempts += 1;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return attempts;
      });
      expect(result.ran).toBe(true);
    });

    it('tells a running job when its lease was taken over', async () => {
      const a = runner('replica-a', 300);
      const result = await a.runExclusive('stolen', async (context: JobContext) => {
        // Another replica took it, as if this one had been paused longer than the TTL.
        await db
          .collection<LeaseDoc>(LEASES_COLLECTION)
          .updateOne(
            { _id: 'job:stolen' },
            { $set: { holder: 'replica-z', expiresAt: new Date(Date.now() + 60_000) } },
          );
        await waitFor(() => context.signal.aborted, {
          timeoutMs: 3_000,
          description: 'the signal aborts',
        });
        return String((context.signal.reason as Error).message);
      });
      expect(result).toEqual({
        ran: true,
        value: 'lease job:stolen lost: taken over by another replica',
      });
      // and it does not release what is no longer its own
      expect((await new LeaseService(db).current('job:stolen'))?.holder).toBe('replica-z');
    });

    it('releases the lease and rethrows when the job fails', async () => {
      const a = runner('replica-a');
      await expect(
        a.runExclusive('broken', async () => Promise.reject(new Error('boom'))),
      ).rejects.toThrow('boom');
      expect(await new LeaseService(db).current('job:broken')).toBeNull();
      expect(outcomes).toEqual([['broken', 'failed']]);
    });
  });

  describe('JobRunner.runOncePerPeriod', () => {
    it('runs once per period when replicas tick one after the other', async () => {
      const a = runner('replica-a');
      const b = runner('replica-b');
      let runs = 0;
      const job = async (context: JobContext) => {
        runs += 1;
        return context.periodKey;
      };
      expect(await a.runOncePerPeriod('deadline-sweep', '2024-10-01', job)).toEqual({
        ran: true,
        value: '2024-10-01',
      });
      expect(await b.runOncePerPeriod('deadline-sweep', '2024-10-01', job)).toEqual({
        ran: false,
        reason: 'already-done',
      });
      expect(await a.runOncePerPeriod('deadline-sweep', '2024-10-01', job)).toEqual({
        ran: false,
        reason: 'already-done',
      });
      expect(runs).toBe(1);
      // the next period is a new run
      expect(await b.runOncePerPeriod('deadline-sweep', '2024-10-02', job)).toEqual({
        ran: true,
        value: '2024-10-02',
      });
      expect(runs).toBe(2);
      const record = await a.lastRun('deadline-sweep', '2024-10-01');
      expect(record).toMatchObject({
        _id: 'deadline-sweep:2024-10-01',
        job: 'deadline-sweep',
        periodKey: '2024-10-01',
        status: 'done',
        holder: 'replica-a',
        attempts: 1,
      });
      expect(record?.durationMs).toBeGreaterThanOrEqual(0);
    });

    it('runs once per period when replicas tick at the same time', async () => {
      const replicas = ['a', 'b', 'c'].map((r) => runner(`replica-${r}`));
      const running = gate();
      let runs = 0;
      const job = async () => {
        runs += 1;
        await running.opened;
        return 'analysed';
      };
      const pending = replicas.map((r) => r.runOncePerPeriod('annual-analysis', '2023-2024', job));
      await waitFor(() => runs === 1, { description: 'one replica starts the job' });
      running.open();
      const results = await Promise.all(pending);
      expect(runs).toBe(1);
      expect(results.filter((r) => r.ran)).toEqual([{ ran: true, value: 'analysed' }]);
      // ...and afterwards every replica finds it done
      const again = await Promise.all(
        replicas.map((r) => r.runOncePerPeriod('annual-analysis', '2023-2024', job)),
      );
      expect(again).toEqual(replicas.map(() => ({ ran: false, reason: 'already-done' })));
      expect(runs).toBe(1);
    });

    it('records a failed run and tries again on the next tick', async () => {
      const a = runner('replica-a');
      await expect(
        a.runOncePerPeriod('letters', '2024-W40', async () =>
          Promise.reject(new Error('smtp down')),
        ),
      ).rejects.toThrow('smtp down');
      expect(await a.lastRun('letters', '2024-W40')).toMatchObject({
        status: 'failed',
        error: 'smtp down',
        attempts: 1,
      });

      expect(await a.runOncePerPeriod('letters', '2024-W40', async () => 'sent')).toEqual({
        ran: true,
        value: 'sent',
      });
      const record = await a.lastRun('letters', '2024-W40');
      expect(record).toMatchObject({ status: 'done', attempts: 2 });
      expect(record).not.toHaveProperty('error');
      expect(outcomes.map(([, o]) => o)).toEqual(['failed', 'succeeded']);
    });

    it('keeps its records where an operator can read them', async () => {
      await runner('replica-a').runOncePerPeriod('x', 'p', async () => undefined);
      const docs = await client
        .db(scope.databaseName)
        .collection<JobRunDoc>(JOB_RUNS_COLLECTION)
        .find()
        .toArray();
      expect(docs.map((d) => d._id)).toEqual(['x:p']);
    });
  });
});
