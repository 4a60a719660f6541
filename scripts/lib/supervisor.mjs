// The process supervision of `npm start` (scripts/dev.mjs), on its own so that
// scripts/test/supervisor.spec.ts can run it with real child processes.
// Only node built-ins: this runs before `npm ci` has.
import { spawn } from 'node:child_process';

/**
 * Starts child processes and stops all of them together: when one exits
 * without being asked to (a crash, `kill -9`), or on `stop()`. After the
 * children, the `onStop` clean-ups run (newest first; `npm start` stops the
 * local stack there), and then `stopped` resolves with the exit code to use:
 * the one `stop` was given, 1 when a child exited on its own, 1 when a
 * clean-up failed.
 */
export class Supervisor {
  #children = [];
  #cleanups = [];
  #stopping;
  #resolveStopped;

  /**
   * @param {{ log?: (message: string) => void, graceMs?: number }} options
   *   graceMs: how long a child may take after SIGTERM before it gets SIGKILL.
   */
  constructor({ log = () => undefined, graceMs = 15_000 } = {}) {
    this.log = log;
    this.graceMs = graceMs;
    /** Resolves, once everything is stopped, with the exit code to use. */
    this.stopped = new Promise((resolve) => (this.#resolveStopped = resolve));
  }

  get stopping() {
    return this.#stopping !== undefined;
  }

  /** child_process.spawn, supervised: its exit stops everything. */
  spawn(name, command, args, options = {}) {
    return this.#start(name, command, args, options, false);
  }

  /**
   * A task that ends by itself (the demo): stopped with everything, but its
   * exit stops nothing. Resolves with its exit code (null when a signal ended it).
   */
  run(name, command, args, options = {}) {
    const child = this.#start(name, command, args, options, true);
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  #start(name, command, args, options, task) {
    const child = spawn(command, args, options);
    // Recorded from the start: a child that is gone by the time stop() runs
    // (killed with -9, crashed) has already emitted its `exit`, and its
    // exitCode stays null when a signal ended it, so neither can be asked later.
    const exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      // A child that could not be started emits `error` and no `exit`.
      child.once('error', (error) => resolve({ code: null, signal: null, error }));
    });
    this.#children.push({ name, child, exited });
    void exited.then(({ code, signal, error }) => {
      if (this.stopping || (task && !error)) return;
      const how = error ? error.message : signal ? `killed by ${signal}` : `exit code ${code}`;
      this.log(`${name} exited (${how}); stopping everything`);
      void this.stop(1);
    });
    return child;
  }

  /** Runs after every child has stopped, newest first (the reverse of starting). */
  onStop(cleanup) {
    this.#cleanups.unshift(cleanup);
  }

  /** Stops everything once; later calls get the same promise. */
  stop(code = 0) {
    this.#stopping ??= this.#stopAll(code).then((finalCode) => {
      this.#resolveStopped(finalCode);
      return finalCode;
    });
    return this.#stopping;
  }

  /** Ctrl-C and SIGTERM stop everything, then the process exits with the code. */
  exitOnSignals(proc = process) {
    const onSignal = () => void this.stop(0);
    proc.on('SIGINT', onSignal);
    proc.on('SIGTERM', onSignal);
    void this.stopped.then((code) => proc.exit(code));
  }

  async #stopAll(code) {
    const running = this.#children.filter(
      ({ child }) => child.exitCode === null && child.signalCode === null && child.pid,
    );
    if (running.length) this.log(`stopping ${running.map((c) => c.name).join(', ')}…`);
    for (const { child } of running) child.kill('SIGTERM');
    await Promise.all(
      this.#children.map(async ({ name, child, exited }) => {
        const timer = setTimeout(() => {
          this.log(`${name} did not stop within ${this.graceMs / 1000}s: killing it`);
          child.kill('SIGKILL');
        }, this.graceMs);
        await exited;
        clearTimeout(timer);
      }),
    );
    let finalCode = code;
    for (const cleanup of this.#cleanups) {
      try {
        await cleanup();
      } catch (error) {
        this.log(`while stopping: ${error?.message ?? error}`);
        finalCode ||= 1;
      }
    }
    return finalCode;
  }
}
