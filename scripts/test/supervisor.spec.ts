/*
 * `npm start`'s supervision (scripts/lib/supervisor.mjs) with real processes:
 * a fixture (fixtures/supervise.mjs) supervises three children and "stops the
 * stack" in a clean-up; the tests kill things and look at what is left.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const fixture = path.join(__dirname, 'fixtures/supervise.mjs');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Run {
  proc: ChildProcess;
  pids: number[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  marker: string;
  stderr: () => string;
}

describe('npm start supervision', () => {
  let dir: string;
  const runs: Run[] = [];

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'supervisor-'));
  });
  afterEach(() => {
    // Whatever a failed test left running.
    for (const run of runs.splice(0))
      for (const pid of [run.proc.pid!, ...run.pids]) if (alive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(...args: string[]): Promise<Run> {
    const marker = path.join(dir, 'stack-stopped');
    const proc = spawn(process.execPath, [fixture, marker, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      proc.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const pids = await new Promise<number[]>((resolve, reject) => {
      let out = '';
      proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!) as number[]);
      });
      void exit.then(({ code }) => reject(new Error(`the fixture exited early (${code}): ${err}`)));
    });
    const run = { proc, pids, exit, marker, stderr: () => err };
    runs.push(run);
    return run;
  }

  /** Bounded, so a supervisor that hangs fails the test instead of timing it out. */
  const within = async <T>(ms: number, promise: Promise<T>, what: string): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        promise,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  };

  it('when a service is killed with -9, stops the others and the stack, and exits non-zero', async () => {
    const run = await start();
    process.kill(run.pids[1]!, 'SIGKILL');
    const { code } = await within(10_000, run.exit, 'the supervisor exited');
    expect(code).toBe(1);
    expect(run.pids.filter(alive)).toEqual([]);
    expect(existsSync(run.marker) && readFileSync(run.marker, 'utf8')).toBe('stack stopped\n');
    expect(run.stderr()).toContain('b exited (killed by SIGKILL); stopping everything');
  });

  it('when a service exits by itself, does the same', async () => {
    const run = await start();
    process.kill(run.pids[0]!, 'SIGTERM');
    const { code } = await within(10_000, run.exit, 'the supervisor exited');
    expect(code).toBe(1);
    expect(run.pids.filter(alive)).toEqual([]);
    expect(existsSync(run.marker)).toBe(true);
  });

  it('on Ctrl-C (SIGINT) stops every service, then the stack, and exits 0', async () => {
    const run = await start();
    run.proc.kill('SIGINT');
    const { code } = await within(10_000, run.exit, 'the supervisor exited');
    expect(code).toBe(0);
    expect(run.pids.filter(alive)).toEqual([]);
    expect(existsSync(run.marker)).toBe(true);
  });

  it('kills a service that ignores SIGTERM after the grace period', async () => {
    const run = await start('stubborn');
    run.proc.kill('SIGTERM');
    const { code } = await within(10_000, run.exit, 'the supervisor exited');
    expect(code).toBe(0);
    expect(run.pids.filter(alive)).toEqual([]);
    expect(run.stderr()).toContain('c did not stop within 1.5s: killing it');
    expect(existsSync(run.marker)).toBe(true);
  });
});
