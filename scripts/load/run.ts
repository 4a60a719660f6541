/*
 * `npm run load [-- --duration=300 --warmup=30 --rate=1 --out=bench/results/load.json]`:
 * every service as its own process from its production bundle against the
 * local stack (databases and topics of this run only), demo-like data loaded
 * through the gateway with real Keycloak tokens, then the gateway under the
 * steady mix of scripts/load/mix.ts (autocannon, one instance per route at its
 * own rate) for a warm-up and `--duration` seconds. Prints p50/p99 and errors
 * per route and each service's RSS over time with its slope (a leak is a
 * slope; goal flat), and writes them to the JSON file.
 *
 * `--smoke`: 20 s after a 5 s warm-up, into tmp/load/smoke.json.
 * Exit 1 when a service died or more than --max-error-rate (default 0.01) of
 * the requests failed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';
import {
  type BundleProcess,
  type TestIdentity,
  freePort,
  gitCommit,
  markScopeLive,
  oidcServiceEnv,
  spawnBundle,
  tokenFor,
  uniqueId,
  waitReady,
} from '@inspectorate/test-stack';
import { Api, importThroughGateway, until } from '../../e2e/chaos/api';
import { submission } from '../demo-monitoring';
import {
  generateDuoLists,
  renderBoardsList,
  renderVestigingenList,
} from '../../services/registry/src/duo/generate';
import { type LoadData, MIX } from './mix';
import {
  type RouteFigures,
  type RssSample,
  errorsOf,
  loadTables,
  memoryFigures,
  rssFromStatus,
} from './stats';

const root = path.resolve(__dirname, '../..');
const SERVICES = [
  'registry',
  'monitoring-intake',
  'risk-analysis',
  'casework',
  'notifications',
  'publication',
  'gateway',
] as const;

function options() {
  const argv = process.argv.slice(2);
  const smoke = argv.includes('--smoke');
  const get = (name: string, fallback: number) => {
    const raw = argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`--${name}=${raw}: must be a positive number`);
    return value;
  };
  const out =
    argv.find((a) => a.startsWith('--out='))?.slice(6) ??
    (smoke ? 'tmp/load/smoke.json' : 'bench/results/load.json');
  return {
    smoke,
    duration: get('duration', smoke ? 20 : 300),
    warmup: get('warmup', smoke ? 5 : 30),
    rate: get('rate', 1),
    sampleS: get('sample', smoke ? 1 : 5),
    maxErrorRate: get('max-error-rate', 0.01),
    out: path.resolve(root, out),
  };
}

const load = () => loadavg().map((l) => Number(l.toFixed(2)));

async function startFleet(runId: string, logDir: string, log: (m: string) => void) {
  const ports = new Map<string, number>();
  for (const s of SERVICES) ports.set(s, await freePort());
  const url = (s: string) => `http://127.0.0.1:${ports.get(s)}`;
  const env = (service: string, extra: Record<string, string> = {}) => ({
    KAFKA_BROKERS: process.env['KAFKA_BROKERS']!,
    KAFKA_TOPIC_PREFIX: `${runId}.`,
    MONGODB_URI: process.env['MONGODB_URI']!,
    MONGODB_DATABASE: `${runId}_${service.replace(/-/g, '_')}`,
    LOG_LEVEL: 'warn',
    ...oidcServiceEnv(),
    ...extra,
  });
  const envs: Record<string, Record<string, string>> = {
    notifications: env('notifications', {
      SMTP_HOST: process.env['SMTP_HOST'] ?? '127.0.0.1',
      SMTP_PORT: process.env['SMTP_PORT'] ?? '11025',
    }),
    gateway: env('gateway', {
      REGISTRY_URL: url('registry'),
      MONITORING_INTAKE_URL: url('monitoring-intake'),
      RISK_ANALYSIS_URL: url('risk-analysis'),
      CASEWORK_URL: url('casework'),
      NOTIFICATIONS_URL: url('notifications'),
      PUBLICATION_URL: url('publication'),
      // Counted (a database write per request, part of the cost), never reached: one
      // load process stands for many clients and many public addresses.
      RATE_LIMIT_MAX: '1000000000',
      PUBLIC_RATE_LIMIT_BURST: '100000',
      PUBLIC_RATE_LIMIT_PER_S: '10000',
    }),
  };
  const procs = new Map<string, BundleProcess>();
  const start = async (s: string) => {
    const t = Date.now();
    const proc = await spawnBundle(s, envs[s] ?? env(s), {
      port: ports.get(s)!,
      logFile: path.join(logDir, `${s}.log`),
    });
    procs.set(s, proc);
    // Seven services starting at once on a loaded 2-core machine take minutes.
    await waitReady(proc, 300_000);
    log(`${s} ready in ${((Date.now() - t) / 1000).toFixed(1)} s (pid ${proc.child.pid})`);
  };
  const stop = async () => {
    const running = [...procs.values()].filter((p) => p.child.exitCode === null);
    for (const p of running) p.child.kill('SIGTERM');
    await Promise.all(
      running.map(async (p) => {
        const timer = setTimeout(() => p.child.kill('SIGKILL'), 15_000);
        await p.exited;
        clearTimeout(timer);
      }),
    );
  };
  try {
    // The registry first: it provisions the topics the others subscribe to.
    await start('registry');
    await Promise.all(SERVICES.filter((s) => s !== 'registry').map(start));
  } catch (error) {
    await stop();
    throw error;
  }
  return { procs, gateway: url('gateway'), stop };
}

/** Demo-like data through the gateway: a generated DUO list, a survey provider, consents and deliveries. */
async function setUp(api: Api, gw: string, runId: string, log: (m: string) => void) {
  const lists = generateDuoLists({ seed: 16, boards: 20, po: 160, vo: 40 });
  for (const [name, bytes] of [
    ['besturen.csv', renderBoardsList(lists.boards)],
    ['vestigingen.csv', renderVestigingenList(lists.vestigingen)],
  ] as const)
    await importThroughGateway(api, gw, `fileName=${name}`, bytes);
  const provider = `load-${runId.slice(-8)}`;
  await api.call('beheerder', 'POST', `${gw}/monitoring/providers`, {
    body: { providerId: provider, name: 'Load aanbieder', clientId: 'instrumentaanbieder-demo' },
    ok: [201, 409],
  });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
  const [y, m] = today.split('-').map(Number) as [number, number];
  const startYear = m >= 8 ? y - 1 : y - 2;
  const schooljaar = `${startYear}-${startYear + 1}`;
  const vestigingen = lists.vestigingen.map((v) => `${v.brin}${v.vestigingsnummer}`);
  const delivered = vestigingen.filter((_, i) => i % 4 === 0);
  for (const code of delivered)
    await until(`monitoring-intake to know ${code}`, async () => {
      const res = await api.call(
        'client:instrumentaanbieder',
        'PUT',
        `${gw}/monitoring/consents/${schooljaar}/${code}/${provider}`,
        { ok: [200, 201, 204, 404] },
      );
      return res.status !== 404;
    });
  await api.call('client:instrumentaanbieder', 'POST', `${gw}/monitoring/submissions/bulk`, {
    body: delivered.map((c) => submission(c, schooljaar)),
  });
  log(
    `data: ${lists.boards.length} boards, ${vestigingen.length} vestigingen, ${delivered.length} with consent and delivery (${schooljaar})`,
  );
  const data: LoadData = {
    boards: lists.boards.map((b) => b.nummer),
    brins: [...new Set(lists.vestigingen.map((v) => v.brin))],
    vestigingen,
    delivered,
    schooljaar,
    provider,
  };
  return data;
}

/** Every route of the mix at once, each its own autocannon instance at its rate, for `seconds`. */
async function drive(
  gw: string,
  data: LoadData,
  rate: number,
  seconds: number,
  tokens: Map<TestIdentity, string>,
) {
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  return Promise.all(
    MIX.map(
      (route) =>
        new Promise<RouteFigures & { samples: string[] }>((resolve, reject) => {
          const statuses: Record<string, number> = {};
          const samples: string[] = [];
          // autocannon takes whole requests per second, at least 1.
          const perSecond = Math.max(1, Math.round(route.rate * rate));
          autocannon(
            {
              url: gw,
              // Enough connections that a second's latency does not lower the rate asked for.
              connections: Math.ceil(perSecond * 2) + 1,
              overallRate: perSecond,
              duration: seconds,
              timeout: 30,
              requests: [
                {
                  method: route.method,
                  setupRequest: (req) => {
                    const body = route.body?.(data, pick);
                    return {
                      ...req,
                      path: `/api/v1${route.path(data, pick)}`,
                      headers: {
                        'x-reason': 'load run',
                        ...(route.as ? { authorization: `Bearer ${tokens.get(route.as)}` } : {}),
                        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                      },
                      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                    };
                  },
                  onResponse: (status, body) => {
                    statuses[status] = (statuses[status] ?? 0) + 1;
                    if (!route.ok.includes(status) && samples.length < 3)
                      samples.push(`${status} ${body.slice(0, 200)}`);
                  },
                },
              ],
            },
            (error, result) => {
              if (error) return reject(error);
              resolve({
                route: route.name,
                rate: perSecond,
                requests: result.requests.total,
                p50Ms: result.latency.p50,
                p99Ms: result.latency.p99,
                statuses,
                ok: route.ok,
                failures: result.errors + result.timeouts,
                samples,
              });
            },
          );
        }),
    ),
  );
}

async function main(): Promise<number> {
  const opts = options();
  for (const name of ['KAFKA_BROKERS', 'MONGODB_URI', 'OIDC_ISSUER'])
    if (!process.env[name]) throw new Error(`${name} must be set (npm run load sets it)`);
  const runId = uniqueId('load').toLowerCase();
  markScopeLive(runId);
  const started = Date.now();
  const log = (m: string) =>
    console.log(`[load ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}`);
  const logDir = path.join(root, 'tmp/load', runId);
  mkdirSync(logDir, { recursive: true });
  log(
    `run ${runId}: ${opts.warmup} s warm-up, ${opts.duration} s measured, rate ×${opts.rate}; logs in ${path.relative(root, logDir)}`,
  );
  const mongo = await MongoClient.connect(process.env['MONGODB_URI']!);
  const dropDatabases = async () => {
    // The run's databases go (the shared FerretDB); its topics are pruned as stale test topics later.
    const dbs = await mongo.db().admin().listDatabases();
    for (const d of dbs.databases.filter((d) => d.name.startsWith(`${runId}_`)))
      await mongo
        .db(d.name)
        .dropDatabase()
        .catch(() => undefined);
  };
  const fleet = await startFleet(runId, logDir, log).catch(async (error: unknown) => {
    await dropDatabases();
    await mongo.close();
    throw error;
  });
  let sampler: NodeJS.Timeout | undefined;
  let refresher: NodeJS.Timeout | undefined;
  try {
    const gw = `${fleet.gateway}/api/v1`;
    const data = await setUp(new Api(log), gw, runId, log);
    // Real tokens of the local Keycloak, refreshed before they expire (5 minutes).
    const identities = [
      ...new Set(MIX.map((r) => r.as).filter((a): a is TestIdentity => a !== null)),
    ];
    const tokens = new Map<TestIdentity, string>();
    const refresh = async () => {
      for (const who of identities) tokens.set(who, await tokenFor(who));
    };
    await refresh();
    refresher = setInterval(
      () => void refresh().catch((e: Error) => log(`token refresh: ${e.message}`)),
      20_000,
    );

    const rss = new Map<string, RssSample[]>(SERVICES.map((s) => [s, []]));
    let measuredFrom = Date.now() + opts.warmup * 1000;
    const sample = () => {
      const t = (Date.now() - measuredFrom) / 1000;
      for (const [s, proc] of fleet.procs) {
        try {
          const mib = rssFromStatus(readFileSync(`/proc/${proc.child.pid}/status`, 'utf8'));
          if (mib !== null)
            rss.get(s)!.push({ t: Number(t.toFixed(1)), mib: Number(mib.toFixed(1)) });
        } catch {
          // The process is gone: fleet's crash check reports it.
        }
      }
    };
    sample();
    sampler = setInterval(sample, opts.sampleS * 1000);
    const loadBefore = load();
    log(`warm-up ${opts.warmup} s (load average ${loadBefore.join(' ')})`);
    await drive(fleet.gateway, data, opts.rate, opts.warmup, tokens);
    measuredFrom = Date.now();
    const loadAtStart = load();
    log(`measuring ${opts.duration} s (load average ${loadAtStart.join(' ')})`);
    const routes = await drive(fleet.gateway, data, opts.rate, opts.duration, tokens);
    sample();
    const loadAtEnd = load();
    const memory = SERVICES.map((s) => memoryFigures(s, rss.get(s)!));
    const crashed = [...fleet.procs.values()]
      .filter((p) => p.child.exitCode !== null || p.child.signalCode !== null)
      .map((p) => `${p.service}: ${p.stderr().slice(-300)}`);
    console.log(`\n${loadTables(routes, memory, opts.duration)}\n`);
    for (const r of routes.filter((r) => r.samples.length))
      console.log(`${r.route}: unexpected answers, e.g. ${r.samples.join(' | ')}`);
    const requests = routes.reduce((a, r) => a + r.requests, 0);
    const errors = routes.reduce((a, r) => a + errorsOf(r), 0);
    const errorRate = requests ? errors / requests : 1;
    log(
      `load average: ${loadBefore.join(' ')} before the warm-up, ${loadAtStart.join(' ')} at the start, ${loadAtEnd.join(' ')} at the end (2 cores, shared)`,
    );
    const result = {
      startedAt: new Date(started).toISOString(),
      commit: gitCommit(root),
      runId,
      durationS: opts.duration,
      warmupS: opts.warmup,
      rate: opts.rate,
      loadavg: { beforeWarmup: loadBefore, atStart: loadAtStart, atEnd: loadAtEnd },
      requests,
      errors,
      errorRate: Number(errorRate.toFixed(5)),
      routes,
      memory,
      crashed,
    };
    mkdirSync(path.dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`);
    log(`figures in ${path.relative(root, opts.out)}`);
    const failed = crashed.length > 0 || errorRate > opts.maxErrorRate || requests === 0;
    if (crashed.length) log(`FAILED: ${crashed.join('; ')}`);
    if (errorRate > opts.maxErrorRate)
      log(
        `FAILED: ${(errorRate * 100).toFixed(2)} % of the requests failed (at most ${opts.maxErrorRate * 100} %)`,
      );
    return failed ? 1 : 0;
  } finally {
    clearInterval(sampler);
    clearInterval(refresher);
    await fleet.stop();
    await dropDatabases();
    await mongo.close();
  }
}

const exit = (code: number) => process.stdout.write('', () => process.exit(code));
main().then(exit, (error: unknown) => {
  console.error(error);
  exit(1);
});
