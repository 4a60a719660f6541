/*
 * The faults of a run, drawn from its seed (the same seed gives the same
 * faults at the same moments after the start, with the same pauses), and
 * their injection, one after the other, while the scenario runs.
 */
import { random } from '../../services/registry/src/duo/generate';
import type { ChaosStack } from './chaos-stack';
import type { Fleet } from './fleet';
import type { WebhookReceiver } from './receiver';

/** The seeded PRNG of the generated DUO lists (mulberry32), uniform in [0, 1). */
export const seededRandom = random;

export type Fault =
  | { kind: 'kill'; service: string; replica: number; atS: number; pauseS: number }
  | { kind: 'broker' | 'database'; atS: number; pauseS: number }
  | { kind: 'receiver'; atS: number; pauseS: number };

export interface FaultRecord {
  fault: string;
  atS: number;
  pauseS: number;
  /** From the restart (or the way back up) until everything answered again. */
  recoveryS: number | null;
  note: string;
}

export interface FaultPlanOptions {
  services: { name: string; replicas: number }[];
  /** Faults fall in [0.05, 1] × windowS after the start. */
  windowS: number;
  /** Longest pause before a restart. */
  maxPauseS: number;
  /** How many services get a kill -9 (a seeded choice); all of them when not given. */
  kills?: number;
}

/** One kill -9 per service (or per chosen service), the broker once, the database server once, the receiver once. */
export function planFaults(seed: number, opts: FaultPlanOptions): Fault[] {
  const random = seededRandom(seed);
  const services = [...opts.services];
  for (let i = services.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [services[i], services[j]] = [services[j]!, services[i]!];
  }
  const at = (from = 0.05, to = 1) =>
    Number((opts.windowS * (from + random() * (to - from))).toFixed(1));
  const pause = (min = 1) => Number((min + random() * (opts.maxPauseS - min)).toFixed(1));
  const faults: Fault[] = services.slice(0, opts.kills ?? services.length).map((s) => ({
    kind: 'kill' as const,
    service: s.name,
    replica: Math.floor(random() * s.replicas),
    atS: at(),
    pauseS: pause(),
  }));
  faults.push({ kind: 'broker', atS: at(0.2, 0.6), pauseS: pause(2) });
  faults.push({ kind: 'database', atS: at(0.3, 0.8), pauseS: pause(1) });
  faults.push({ kind: 'receiver', atS: at(0.1, 0.9), pauseS: pause(3) * 2 });
  return faults.sort((a, b) => a.atS - b.atS);
}

export function describeFault(f: Fault): string {
  switch (f.kind) {
    case 'kill':
      return `kill -9 ${f.service}#${f.replica}`;
    case 'broker':
      return 'kafka broker stop/start';
    case 'database':
      return 'database server stop/start';
    case 'receiver':
      return 'webhook receiver down';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline)
      throw new Error(`not recovered within ${timeoutMs / 1000} s: ${what}`);
    await sleep(250);
  }
}

export interface Injector {
  /** Resolves when every fault is injected and recovered from. */
  done: Promise<FaultRecord[]>;
  /** Ends the plan early (the scenario finished first): later faults are skipped. */
  stop(): void;
  /** The faults injected and recovered from so far (a failed run prints them). */
  readonly records: FaultRecord[];
}

/** Injects the plan in time order while the scenario runs. */
export function injectFaults(
  plan: Fault[],
  deps: {
    fleet: Fleet;
    stack: ChaosStack;
    receiver: WebhookReceiver;
    log(m: string): void;
  },
): Injector {
  const started = Date.now();
  let stopped = false;
  const records: FaultRecord[] = [];
  const elapsedS = () => (Date.now() - started) / 1000;
  const run = async () => {
    for (const fault of plan) {
      await sleep(fault.atS * 1000 - (Date.now() - started));
      if (stopped) break;
      const name = describeFault(fault);
      const atS = Number(elapsedS().toFixed(1));
      deps.log(`fault at ${atS} s: ${name}, back after ${fault.pauseS} s`);
      let note = '';
      const t0 = Date.now();
      let back = 0;
      switch (fault.kind) {
        case 'kill': {
          const replica = deps.fleet.of(fault.service)[fault.replica]!;
          await deps.fleet.kill(replica);
          await sleep(fault.pauseS * 1000);
          back = Date.now();
          await deps.fleet.startReplica(replica);
          break;
        }
        case 'broker':
        case 'database': {
          const component = fault.kind === 'broker' ? 'kafka' : 'ferretdb';
          await deps.stack.stop(component);
          note = `stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s`;
          await sleep(fault.pauseS * 1000);
          back = Date.now();
          await deps.stack.start(component);
          // Recovered when every replica says ready again (its Kafka and MongoDB checks).
          await until('every replica ready', () => deps.fleet.allReady());
          break;
        }
        case 'receiver': {
          await deps.receiver.down();
          await sleep(fault.pauseS * 1000);
          back = Date.now();
          // Nobody acts: publication's retries (seconds, doubling) reach it again.
          await deps.receiver.up();
          break;
        }
      }
      records.push({
        fault: name,
        atS,
        pauseS: fault.pauseS,
        recoveryS:
          fault.kind === 'receiver' ? null : Number(((Date.now() - back) / 1000).toFixed(1)),
        note,
      });
    }
    return records;
  };
  return {
    done: run(),
    records,
    stop() {
      stopped = true;
    },
  };
}
