import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { waitFor } from './wait-for';

const root = path.resolve(__dirname, '../../..');

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BundleProcess {
  service: string;
  url: string;
  port: number;
  child: ChildProcess;
  /** The last 4 kB of its stderr (why it died). */
  stderr(): string;
  /** Resolves with how it ended (`code` null when a signal ended it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface SpawnBundleOptions {
  /** The port to listen on; a free one when not given. */
  port?: number;
  /** Also append its stdout and stderr (pino JSON lines) to this file. */
  logFile?: string;
}

/**
 * A service's production bundle (dist/services/<name>/main.js) as its own
 * process, the way the Docker image runs it (`node main.js`): its config from
 * `env` (over this process's environment), its port from `PORT`. Not waited
 * for: see waitReady.
 */
export async function spawnBundle(
  service: string,
  env: Record<string, string>,
  options: SpawnBundleOptions = {},
): Promise<BundleProcess> {
  const main = path.join(root, 'dist/services', service, 'main.js');
  if (!existsSync(main))
    throw new Error(
      `dist/services/${service}/main.js does not exist: build it with \`npx nx run ${service}:build\``,
    );
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', options.logFile ? 'pipe' : 'ignore', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  if (options.logFile) {
    const out = createWriteStream(options.logFile, { flags: 'a' });
    child.stdout!.pipe(out, { end: false });
    child.stderr!.pipe(out, { end: false });
    child.once('close', () => out.end());
  }
  return {
    service,
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    stderr: () => stderr,
    exited,
  };
}

/** Waits until the process answers /health/ready; fails at once when it exits. */
export async function waitReady(proc: BundleProcess, timeoutMs = 120_000): Promise<void> {
  await waitFor(
    async () => {
      if (proc.child.exitCode !== null || proc.child.signalCode !== null)
        throw new Error(
          `${proc.service} exited with ${proc.child.exitCode ?? proc.child.signalCode}: ${proc.stderr()}`,
        );
      const res = await fetch(`${proc.url}/health/ready`, {
        signal: AbortSignal.timeout(2000),
      }).catch(() => undefined);
      return res?.ok === true;
    },
    { description: `${proc.service} ready on ${proc.url}`, timeoutMs, intervalMs: 250 },
  );
}

/** spawnBundle, then waitReady: a service's bundle as its own process, ready to use. */
export async function startBundleProcess(
  service: string,
  env: Record<string, string>,
  options: SpawnBundleOptions = {},
): Promise<BundleProcess> {
  const proc = await spawnBundle(service, env, options);
  try {
    await waitReady(proc);
  } catch (error) {
    proc.child.kill('SIGKILL');
    throw error;
  }
  return proc;
}
