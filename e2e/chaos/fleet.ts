/*
 * Every service as its own OS process from its production bundle, one or two
 * replicas each, behind a round-robin TCP balancer per service (what a
 * Kubernetes Service does): the gateway and the scenario talk to the
 * balancer, so a killed replica is skipped and its restarted self (same port)
 * taken back.
 */
import { mkdirSync } from 'node:fs';
import { type Server, type Socket, connect, createServer } from 'node:net';
import path from 'node:path';
import { type BundleProcess, freePort, spawnBundle, waitReady } from '@inspectorate/test-stack';

export interface Replica {
  service: string;
  index: number;
  port: number;
  proc: BundleProcess | null;
  /** False from a kill until the restarted process is ready. */
  up: boolean;
}

/** Round robin over the replicas that are up; a refused connection tries the next. */
class Balancer {
  private next = 0;
  private readonly sockets = new Set<Socket>();
  constructor(
    private readonly replicas: Replica[],
    readonly server: Server,
  ) {
    server.on('connection', (client) => this.forward(client, 0));
  }

  private forward(client: Socket, tried: number): void {
    const live = this.replicas.filter((r) => r.up);
    if (live.length === 0 || tried >= this.replicas.length) {
      client.destroy();
      return;
    }
    const target = live[this.next++ % live.length]!;
    const upstream = connect(target.port, '127.0.0.1');
    this.sockets.add(upstream).add(client);
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      client.pipe(upstream);
      upstream.pipe(client);
    });
    upstream.on('error', () => {
      if (!connected) {
        upstream.destroy();
        this.forward(client, tried + 1);
      } else client.destroy();
    });
    client.on('error', () => upstream.destroy());
    client.on('close', () => {
      upstream.destroy();
      this.sockets.delete(client);
    });
    upstream.on('close', () => {
      if (connected) client.destroy();
      this.sockets.delete(upstream);
    });
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface FleetService {
  name: string;
  replicas: number;
  env: Record<string, string>;
}

export class Fleet {
  readonly replicas = new Map<string, Replica[]>();
  private readonly balancers = new Map<string, Balancer>();
  private readonly envs = new Map<string, Record<string, string>>();
  private stopping = false;

  constructor(readonly logDir: string) {
    mkdirSync(logDir, { recursive: true });
  }

  /** The URL of a service's balancer (reserve it before its dependants' env is made). */
  async reserve(name: string, replicas: number): Promise<string> {
    const list: Replica[] = [];
    for (let index = 0; index < replicas; index++)
      list.push({ service: name, index, port: await freePort(), proc: null, up: false });
    this.replicas.set(name, list);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.balancers.set(name, new Balancer(list, server));
    return this.url(name);
  }

  url(name: string): string {
    const server = this.balancers.get(name)?.server;
    if (!server) throw new Error(`no balancer for ${name}`);
    return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }

  /** Starts every replica of a reserved service and waits until all are ready. */
  async start(name: string, env: Record<string, string>): Promise<void> {
    this.envs.set(name, env);
    await Promise.all(this.of(name).map((r) => this.startReplica(r)));
  }

  of(name: string): Replica[] {
    const list = this.replicas.get(name);
    if (!list) throw new Error(`no service ${name} in the fleet`);
    return list;
  }

  /** Starts one replica (again) on its port; resolves when it is ready. */
  async startReplica(replica: Replica): Promise<void> {
    // A restart the fault injector began as the run ended must leave no process behind.
    if (this.stopping) return;
    const proc = await spawnBundle(replica.service, this.envs.get(replica.service)!, {
      port: replica.port,
      logFile: path.join(this.logDir, `${replica.service}-${replica.index}.log`),
    });
    replica.proc = proc;
    if (this.stopping) {
      proc.child.kill('SIGKILL');
      return;
    }
    // Fourteen processes starting at once on a loaded 2-core machine take minutes.
    await waitReady(proc, Number(process.env['CHAOS_READY_TIMEOUT_MS'] ?? 180_000));
    replica.up = true;
  }

  /** `kill -9`: no shutdown hook runs, nothing is flushed or closed. */
  async kill(replica: Replica): Promise<void> {
    replica.up = false;
    const proc = replica.proc;
    if (!proc) return;
    proc.child.kill('SIGKILL');
    await proc.exited;
    replica.proc = null;
  }

  /** Replicas that died without being killed by the harness (a crash is a finding). */
  crashed(): string[] {
    const out: string[] = [];
    for (const list of this.replicas.values())
      for (const r of list)
        if (r.up && r.proc && (r.proc.child.exitCode !== null || r.proc.child.signalCode))
          out.push(`${r.service}#${r.index}: ${r.proc.stderr().slice(-300)}`);
    return out;
  }

  /** Every replica's /health/ready answers 200 (after a broker or database restart). */
  async allReady(): Promise<boolean> {
    const checks = [...this.replicas.values()].flat().map(async (r) => {
      if (!r.up || !r.proc) return false;
      const res = await fetch(`${r.proc.url}/health/ready`, {
        signal: AbortSignal.timeout(2000),
      }).catch(() => undefined);
      return res?.ok === true;
    });
    return (await Promise.all(checks)).every(Boolean);
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const running = [...this.replicas.values()].flat().filter((r) => r.proc);
    for (const r of running) r.proc!.child.kill('SIGTERM');
    await Promise.all(
      running.map(async (r) => {
        const timer = setTimeout(() => r.proc?.child.kill('SIGKILL'), 15_000);
        await r.proc!.exited;
        clearTimeout(timer);
      }),
    );
    await Promise.all([...this.balancers.values()].map((b) => b.close()));
  }
}
