#!/usr/bin/env node
// The two commands of the quick start, and the benchmark runner.
//
//   npm start   install what is missing, start the local stack and every
//               service, load demo data, print where everything listens;
//               Ctrl-C stops all it started.
//   npm test    install what is missing, start the stack, then lint, type
//               check, unit tests and integration tests against the real
//               broker and FerretDB, the reduced chaos run and the load
//               run's 20 s smoke; stops the stack again if it started it.
//   npm run bench
//   npm run load  the gateway under a steady mix of reads and writes
//
// Only node built-ins here: this runs before `npm ci` has.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Supervisor } from './lib/supervisor.mjs';
import { SERVICES } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];
const log = (msg) => console.error(`[${command}] ${msg}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

/**
 * run() without blocking the event loop: while a step of `npm test` runs, the
 * local stack (an async up() in this same process) goes on installing and
 * starting. With spawnSync it could not, and started only after the unit tests.
 */
function runAsync(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
}

/** npm install when node_modules is missing or older than the lock file. */
function ensureNodeModules() {
  const marker = path.join(root, 'node_modules/.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  const t = Date.now();
  log('installing npm packages from package-lock.json…');
  // `npm install --no-save` rather than `npm ci`: it adds what is missing
  // instead of deleting node_modules first, takes the locked versions all the
  // same and leaves the lock file untouched. (The Dockerfile, which starts
  // from nothing, runs `npm ci`.)
  const status = run('npm', [
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
  ]);
  if (status !== 0) throw new Error(`npm install failed with exit code ${status}`);
  log(`npm packages installed in ${seconds(t)}`);
}

/**
 * The services' production bundles (dist/services/<name>/main.js), through
 * their Nx `build` targets: what `npm start`, the end-to-end test and the
 * benchmarks run is what the Docker image ships. Cached by Nx, so unchanged
 * services are not rebuilt.
 */
function buildServices(opts = {}, runner = run) {
  const t = Date.now();
  const done = (status) => {
    if (status === 0) log(`services built in ${seconds(t)} (dist/services/)`);
    return status;
  };
  const status = runner(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=tag:type:service', '--output-style=static'],
    { env: { ...process.env, NX_DAEMON: 'false' }, ...opts },
  );
  return typeof status === 'number' ? done(status) : status.then(done);
}

async function loadStack() {
  return import(pathToFileURL(path.join(root, 'deploy/local/stack.mjs')).href);
}

/** The identity provider named by OIDC_ISSUER (and OIDC_JWKS_URL, OIDC_AUDIENCE), if any. */
function oidcFromEnv() {
  const issuer = process.env.OIDC_ISSUER;
  if (!issuer) return null;
  return {
    issuer,
    jwksUrl: process.env.OIDC_JWKS_URL || `${issuer}/protocol/openid-connect/certs`,
    audience: process.env.OIDC_AUDIENCE || 'inspectorate-api',
  };
}

/**
 * Uses KAFKA_BROKERS/MONGODB_URI when both are given, else starts the local
 * stack (Keycloak included). With both given and no OIDC_ISSUER, the projects
 * that need an identity provider start the local Keycloak in their jest setup.
 */
async function ensureStack(opts = {}) {
  if (process.env.KAFKA_BROKERS && process.env.MONGODB_URI) {
    log(`using KAFKA_BROKERS=${process.env.KAFKA_BROKERS} and MONGODB_URI from the environment`);
    return {
      kafkaBrokers: process.env.KAFKA_BROKERS,
      mongodbUri: process.env.MONGODB_URI,
      oidc: oidcFromEnv(),
      startedNow: [],
      external: true,
    };
  }
  const stack = await loadStack();
  const t = Date.now();
  const info = await stack.up(opts);
  log(`local stack ready in ${seconds(t)}: kafka ${info.kafkaBrokers}, mongodb ${info.mongodbUri}`);
  return info;
}

function stackEnv(info) {
  const env = { KAFKA_BROKERS: info.kafkaBrokers, MONGODB_URI: info.mongodbUri };
  if (info.smtp)
    Object.assign(env, { SMTP_HOST: info.smtp.host, SMTP_PORT: String(info.smtp.port) });
  if (info.mailApi) env.MAIL_CATCHER_API = info.mailApi;
  if (info.oidc) {
    Object.assign(env, {
      OIDC_ISSUER: info.oidc.issuer,
      OIDC_JWKS_URL: info.oidc.jwksUrl,
      OIDC_AUDIENCE: info.oidc.audience,
    });
  }
  if (info.helm) env.HELM_BIN = info.helm;
  return env;
}

async function stopStack(info) {
  if (!info.startedNow?.length || process.env.KEEP_STACK === '1') return;
  const stack = await loadStack();
  await stack.down({ only: info.startedNow, quiet: true });
  log(`stopped ${info.startedNow.join(', ')}`);
}

/** Sums jest's JSON reports into the plain closing line CI reads. */
function jestTotals(files) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of files) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // A suite that failed to run (syntax error, failing hook) has no failed test: count it.
    failed += report.testResults.filter(
      (r) => r.status === 'failed' && r.assertionResults.every((a) => a.status !== 'failed'),
    ).length;
  }
  return { passed, failed, skipped };
}

async function test() {
  const started = Date.now();
  ensureNodeModules();
  // The stack's first install (jars, Go builds) runs while lint and type checks use the CPU.
  const stackPromise = ensureStack({ helm: true });
  stackPromise.catch(() => undefined);
  const steps = [];
  const step = async (name, fn) => {
    const t = Date.now();
    const status = await fn();
    steps.push({ name, status, time: seconds(t) });
    log(`${name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${seconds(t)}`);
    return status;
  };
  const reports = path.join(root, 'tmp/test-reports');
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const jest = path.join(root, 'node_modules/jest/bin/jest.js');
  await step('format', () => runAsync('npx', ['prettier', '--check', '--log-level=warn', '.']));
  await step('lint', async () => {
    // @nx/enforce-module-boundaries reads Nx's project graph and silently
    // skips itself when none is cached (a fresh clone): compute it first.
    const graph = await runAsync('npx', ['nx', 'show', 'projects'], { stdio: 'ignore' });
    return graph !== 0 ? graph : runAsync('npx', ['eslint', '--max-warnings=0', '.']);
  });
  await step('typecheck', () => runAsync('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));
  // Before the tests: the integration and end-to-end tests run the bundles.
  await step('build', () => buildServices({}, runAsync));
  await step('unit tests', () =>
    runAsync('node', [
      jest,
      '-c',
      'jest.config.js',
      '--ci',
      '--json',
      `--outputFile=${reports}/unit.json`,
    ]),
  );
  let info;
  try {
    info = await stackPromise;
  } catch (error) {
    log(`the local stack did not start: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  try {
    await step('integration tests', () =>
      runAsync(
        'node',
        [
          jest,
          '-c',
          'jest.integration.config.js',
          '--ci',
          '--json',
          `--outputFile=${reports}/integration.json`,
        ],
        {
          env: { ...process.env, ...stackEnv(info) },
        },
      ),
    );
    // The reduced chaos run (docs/runbooks/chaos.md): the bundles as processes on a
    // broker and database of its own, under faults; a fixed seed, so CI repeats it.
    await step('chaos (reduced)', () =>
      runAsync(
        'node',
        tsArgs('e2e/chaos/run.ts', ['--size=reduced', `--seed=${process.env.CHAOS_SEED ?? '1'}`]),
        { env: tsEnv(info) },
      ),
    );
    // The load run's smoke (scripts/load/run.ts --smoke: 20 s of the usual mix through
    // the gateway, every service from its bundle): the load script once broke unnoticed
    // between two load runs (the registry's imports began answering 202).
    await step('load (smoke)', () =>
      runAsync('node', tsArgs('scripts/load/run.ts', ['--smoke']), { env: tsEnv(info) }),
    );
  } finally {
    await stopStack(info);
  }
  const totals = jestTotals([`${reports}/unit.json`, `${reports}/integration.json`]);
  const failedSteps = steps.filter((s) => s.status !== 0);
  console.log(
    `\nnpm test finished in ${seconds(started)}: ${steps.map((s) => `${s.name} ${s.status === 0 ? 'ok' : 'FAILED'} (${s.time})`).join(', ')}`,
  );
  // The plain closing line CI reads; a failed lint/type/format step counts as a failure.
  console.log(
    `${totals.passed} passed, ${totals.failed + (totals.failed === 0 ? failedSteps.length : 0)} failed, ${totals.skipped} skipped`,
  );
  process.exitCode = failedSteps.length > 0 ? 1 : 0;
}

async function waitReady(url, timeoutMs, givenUp = () => false) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (givenUp()) throw new Error(`stopped waiting for ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} not ready within ${timeoutMs / 1000}s (${last})`);
}

const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** A pino JSON line as `level context: message`; other lines as they are. */
function prettyLine(line) {
  try {
    const rec = JSON.parse(line);
    const level = LEVELS[rec.level] ?? rec.level;
    return `${level} ${rec.context ? `${rec.context}: ` : ''}${rec.msg ?? ''}${rec.err ? ` ${rec.err.message ?? ''}` : ''}`;
  } catch {
    return line;
  }
}

/** Calls `onLine` for every complete line of a text stream. */
function eachLine(stream, onLine) {
  let buffer = '';
  stream.setEncoding('utf8').on('data', (chunk) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
  });
}

/** The last `n` warnings, errors and non-JSON lines of a service's log, for when it died. */
function lastWordsOf(file, n) {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const telling = lines.filter((line) => {
    try {
      return JSON.parse(line).level >= 40;
    } catch {
      return line.trim() !== '';
    }
  });
  return telling.slice(-n).map(prettyLine);
}

/**
 * Settings `npm start` gives a service for the demo, unless set already. The
 * demo's schooljaar is the last whose 1 July deadline has passed. Its
 * herstelopdracht deadline is today (the first such MM-DD after the
 * monitoring deadline), so the deadline checks can escalate the silent
 * schools now: casework runs them for today or earlier, never for a day that
 * has not come. The demo extends the one that delivers late first. (On 1 July
 * itself that would be next year's 1 July; the demo then says when the
 * escalation comes.) Production keeps the default.
 */
const DEMO_SETTINGS = {
  casework: {
    HERSTELOPDRACHT_DEADLINE:
      process.env.HERSTELOPDRACHT_DEADLINE ??
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
        .format(new Date())
        .slice(5),
  },
};

/** The local realm's demo users and their passwords (local only), from the realm file. */
function demoUsers() {
  try {
    const realm = JSON.parse(
      readFileSync(path.join(root, 'deploy/local/keycloak/inspectorate-realm.json'), 'utf8'),
    );
    return realm.users
      .filter((u) => u.credentials?.length)
      .map((u) => ({
        username: u.username,
        password: u.credentials[0].value,
        roles: u.realmRoles,
      }));
  } catch {
    return [];
  }
}

function oidcLines(oidc) {
  const users = demoUsers();
  return [
    `  keycloak (OIDC issuer)  ${oidc.issuer}`,
    ...(oidc.adminConsole
      ? [`  keycloak admin console  ${oidc.adminConsole}  (admin / admin)`]
      : []),
    ...(users.length
      ? [
          '',
          'Demo users of the local realm (local only; user / password: roles):',
          ...users.map(
            (u) => `  ${u.username} / ${u.password}: ${u.roles?.join(', ') || '(no role)'}`,
          ),
        ]
      : []),
  ];
}

/**
 * `npm start`: one line per service, the demo's steps and the URLs on the
 * terminal; each service's own log (pino JSON lines, Nest's start-up, kafkajs)
 * in tmp/logs/<service>.log. `npm start -- --verbose` also prints those logs.
 */
async function start() {
  const verbose = process.argv.slice(3).includes('--verbose');
  ensureNodeModules();
  const quiet = verbose ? {} : { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };
  const built = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=tag:type:service', '--output-style=static'],
    { cwd: root, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'inherit', ...quiet },
  );
  if (built.status !== 0) {
    if (!verbose) process.stderr.write(`${built.stdout ?? ''}${built.stderr ?? ''}`);
    throw new Error('the services did not build (see above)');
  }
  const logDir = path.join(root, 'tmp/logs');
  mkdirSync(logDir, { recursive: true });

  const supervisor = new Supervisor({ log });
  supervisor.exitOnSignals();
  const info = await ensureStack();
  supervisor.onStop(() => stopStack(info));
  const env = { ...process.env, ...stackEnv(info), NODE_ENV: 'development' };

  const logFiles = {};
  const logsClosed = [];
  const died = [];
  for (const svc of SERVICES) {
    const file = path.join(logDir, `${svc.name}.log`);
    logFiles[svc.name] = file;
    const out = createWriteStream(file);
    const child = supervisor.spawn(
      svc.name,
      process.execPath,
      ['--enable-source-maps', path.join(root, 'dist/services', svc.name, 'main.js')],
      {
        cwd: root,
        env: { ...env, ...(DEMO_SETTINGS[svc.name] ?? {}), PORT: String(svc.port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const stream of [child.stdout, child.stderr])
      eachLine(stream, (line) => {
        out.write(`${line}\n`);
        if (verbose) process.stdout.write(`[${svc.name.padEnd(17)}] ${prettyLine(line)}\n`);
      });
    child.once('exit', () => {
      if (!supervisor.stopping) died.push(svc.name);
    });
    logsClosed.push(new Promise((resolve) => child.once('close', () => out.end(resolve))));
  }
  // Runs before the stack is stopped: a service that died says why, even without --verbose.
  supervisor.onStop(async () => {
    await Promise.all(logsClosed);
    if (verbose) return;
    for (const name of died) {
      const lines = lastWordsOf(logFiles[name], 15);
      const file = path.relative(root, logFiles[name]);
      console.error(
        lines.length
          ? `--- the last warnings and errors in ${file} ---\n${lines.join('\n')}\n---`
          : `(no warning or error in ${file})`,
      );
    }
  });
  const t = Date.now();
  try {
    await Promise.all(
      SERVICES.map(async (s) => {
        await waitReady(
          `http://127.0.0.1:${s.port}/health/ready`,
          120_000,
          () => supervisor.stopping,
        );
        log(
          `${s.name.padEnd(17)} ready in ${seconds(t).padStart(5)}  http://127.0.0.1:${s.port}  log: ${path.relative(root, logFiles[s.name])}`,
        );
      }),
    );
  } catch (error) {
    if (!supervisor.stopping) {
      log(`${error.message}; see the service's log`);
      await supervisor.stop(1);
    }
    return;
  }

  const urls = Object.fromEntries(
    SERVICES.map((s) => [
      `${s.name.toUpperCase().replace(/-/g, '_')}_URL`,
      `http://127.0.0.1:${s.port}`,
    ]),
  );
  const demoStatus = await supervisor.run(
    'demo',
    process.execPath,
    ['-r', '@swc-node/register', 'scripts/demo.ts'],
    {
      cwd: root,
      env: { ...env, ...urls, SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
      stdio: 'inherit',
    },
  );
  if (supervisor.stopping) return;
  if (demoStatus !== 0) log('demo data not loaded (see above); the services run without it');
  const mailApi = info.mailApi ?? process.env.MAIL_CATCHER_API;
  const lines = [
    '',
    'The inspectorate backbone runs locally. The one URL to use is the gateway:',
    `  gateway (the one API)   http://localhost:3000/api/v1  (a token from Keycloak; see the README)`,
    `  Swagger UI              http://localhost:3000/docs  ("Authorize" logs in as a demo user below)`,
    `  OpenAPI document        http://localhost:3000/openapi.json`,
    'Behind it, for operators and debugging:',
    ...SERVICES.filter((s) => s.name !== 'gateway').map(
      (s) => `  ${s.name.padEnd(22)}  http://127.0.0.1:${s.port}  (internal)`,
    ),
    `  kafka                   ${info.kafkaBrokers}`,
    `  mongodb (FerretDB)      ${info.mongodbUri}`,
    ...(mailApi ? [`  mail catcher            ${mailApi}/messages`] : []),
    ...(info.oidc ? oidcLines(info.oidc) : []),
    '',
    `Each service: /health/live, /health/ready, /metrics; its log in ${path.relative(root, logDir)}/<service>.log`,
    '(npm start -- --verbose prints them here too). Ctrl-C stops everything.',
    '',
  ];
  console.log(lines.join('\n'));
}

/** `node -r @swc-node/register <script> args…` with the stack's variables: the runners in TypeScript. */
function tsArgs(script, args) {
  return ['-r', '@swc-node/register', script, ...args];
}
function tsEnv(info) {
  return {
    ...process.env,
    ...stackEnv(info),
    SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json'),
  };
}

/** Builds the bundles, makes sure the stack runs, then runs a TypeScript runner with the command's arguments. */
async function runOnBundles(script) {
  ensureNodeModules();
  if (buildServices() !== 0) throw new Error('the services did not build (see above)');
  const info = await ensureStack();
  try {
    process.exitCode = run('node', tsArgs(script, process.argv.slice(3)), { env: tsEnv(info) });
  } finally {
    await stopStack(info);
  }
}

/** `npm run bench [filter]`: the benchmarks measure the services' production bundles. */
const bench = () => runOnBundles('bench/run.ts');

/**
 * `npm run chaos [-- --size=reduced|national --seed=N]`: the fault run of
 * e2e/chaos on the built bundles. It starts a broker, database server and
 * mail catcher of its own (other ports, tmp/chaos/stack); Keycloak is the
 * local stack's.
 */
const chaos = () => runOnBundles('e2e/chaos/run.ts');

/**
 * `npm run load [-- --duration=300 --warmup=30 --rate=1 --smoke]`: the gateway
 * under a steady mix of reads and writes, every service its own process from
 * its bundle on the local stack (scripts/load/run.ts); latency and errors per
 * route and memory per service into bench/results/load.json.
 */
const load = () => runOnBundles('scripts/load/run.ts');

const commands = { start, test, bench, chaos, load };
if (!commands[command]) {
  console.error(`usage: node scripts/dev.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
commands[command]().catch((error) => {
  console.error(`[${command}] ${error.stack ?? error.message}`);
  process.exit(1);
});
