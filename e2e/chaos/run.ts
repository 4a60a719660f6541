/*
 * `npm run chaos [-- --size=reduced|national --seed=N]`: the whole backbone as
 * separate processes from its production bundles, on a broker, database
 * server and mail catcher of its own, driven through a year while services
 * are killed with -9, the broker and the database server restarted and the
 * webhook receiver down for a while; then it checks what the system holds
 * and prints the table. Exit 0 when nothing was duplicated or lost and
 * nothing is there that should not be.
 *
 * `npm test` runs the reduced size (e2e/test/chaos.e2e-spec.ts). Runbook:
 * docs/runbooks/chaos.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { markScopeLive, oidcServiceEnv, pruneTestTopics, uniqueId } from '@inspectorate/test-stack';
import { Api } from './api';
import { startChaosStack } from './chaos-stack';
import { type CheckDeps, check, waitQuiet } from './checks';
import { type Progress, diagnose, serviceLogs } from './diagnose';
import { type FaultRecord, injectFaults, planFaults } from './faults';
import { Fleet } from './fleet';
import { WebhookReceiver } from './receiver';
import { report } from './report';
import { CASE_TYPE, SIZES, emptyExpected, runScenario, setUp } from './scenario';
import { failed } from './tally';

const root = path.resolve(__dirname, '../..');

function args() {
  const get = (name: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const size = get('size') ?? process.env['CHAOS_SIZE'] ?? 'reduced';
  if (!SIZES[size])
    throw new Error(`--size=${size}: must be one of ${Object.keys(SIZES).join(', ')}`);
  const rawSeed = get('seed') ?? process.env['CHAOS_SEED'] ?? String(Date.now() % 100_000);
  const seed = Number(rawSeed);
  if (!Number.isInteger(seed) || seed < 0)
    throw new Error(`--seed=${rawSeed}: must be a whole number ≥ 0`);
  return { size, seed };
}

/**
 * Per size: replicas per service (two where the service runs more than one),
 * how many services get a kill -9, and the window the faults fall in. The
 * reduced run is what `npm test` adds to CI on a 2-core machine: two casework
 * replicas (the flows' hub), three kills, the broker, the database, the receiver.
 */
const PROFILES: Record<
  string,
  { replicas: Record<string, number>; kills?: number; windowS: number; maxPauseS: number }
> = {
  reduced: {
    replicas: {
      registry: 1,
      'monitoring-intake': 1,
      'risk-analysis': 1,
      casework: 2,
      notifications: 1,
      publication: 1,
      gateway: 1,
    },
    kills: 3,
    windowS: 30,
    maxPauseS: 3,
  },
  national: {
    replicas: {
      registry: 2,
      'monitoring-intake': 2,
      'risk-analysis': 2,
      casework: 2,
      notifications: 2,
      publication: 2,
      gateway: 2,
    },
    windowS: 300,
    maxPauseS: 15,
  },
};

async function main(): Promise<number> {
  const { size, seed } = args();
  const runId = uniqueId(`chaos${seed}`).toLowerCase();
  const started = Date.now();
  const log = (m: string) =>
    console.log(`[chaos ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}`);
  log(`size ${size}, seed ${seed}, run ${runId} (databases ${runId}_*, topics ${runId}.*)`);
  const outDir = path.join(root, 'tmp/chaos', runId);
  mkdirSync(outDir, { recursive: true });

  const stack = await startChaosStack(log);
  // The chaos broker outlives a run: earlier runs' topics go, as the test runs' do.
  markScopeLive(runId);
  const pruned = await pruneTestTopics([stack.kafkaBrokers]);
  if (pruned > 0) log(`deleted ${pruned} topics of earlier runs`);
  const fleet = new Fleet(path.join(outDir, 'logs'));
  const receiver = await WebhookReceiver.start();
  const mongo = await MongoClient.connect(stack.mongodbUri, { serverSelectionTimeoutMS: 5000 });
  const kafka = new Kafka({
    brokers: [stack.kafkaBrokers],
    clientId: runId,
    logLevel: logLevel.NOTHING,
  });
  const db = (service: string) => mongo.db(`${runId}_${service.replace(/-/g, '_')}`);
  let injector: ReturnType<typeof injectFaults> | undefined;
  const cleanUp = async () => {
    injector?.stop();
    await fleet.stop();
    await receiver.down();
    await mongo.close().catch(() => undefined);
    await stack.close();
  };
  // Ctrl-C or a CI timeout: no service process, broker or database server is left behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      log(`${signal}: stopping what the run started`);
      void cleanUp().finally(() => process.exit(130));
    });
  const checkDeps: CheckDeps = { mongo, kafka, runId, mailApi: stack.mailApi, receiver, db, log };
  // Filled as the run goes: what a failure prints (diagnose.ts).
  const expected = emptyExpected();
  const progress: Progress = { step: 'starting the services', waitingFor: [] };
  try {
    const profile = PROFILES[size]!;
    const replicas = profile.replicas;
    const urls: Record<string, string> = {};
    for (const [name, n] of Object.entries(replicas)) urls[name] = await fleet.reserve(name, n);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    );
    const env = (service: string, extra: Record<string, string> = {}) => ({
      KAFKA_BROKERS: stack.kafkaBrokers,
      KAFKA_TOPIC_PREFIX: `${runId}.`,
      MONGODB_URI: stack.mongodbUri,
      MONGODB_DATABASE: `${runId}_${service.replace(/-/g, '_')}`,
      LOG_LEVEL: 'warn',
      ...oidcServiceEnv(),
      ...extra,
    });
    const envs: Record<string, Record<string, string>> = {
      registry: env('registry'),
      'monitoring-intake': env('monitoring-intake'),
      'risk-analysis': env('risk-analysis'),
      // The herstelopdracht term ends today, so the deadline checks can escalate now (as npm start's demo).
      casework: env('casework', { HERSTELOPDRACHT_DEADLINE: today.slice(5) }),
      notifications: env('notifications', {
        SMTP_HOST: stack.smtpHost,
        SMTP_PORT: stack.smtpPort,
        DELIVERY_POLL_MS: '200',
      }),
      publication: env('publication', { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }),
      gateway: env('gateway', {
        REGISTRY_URL: urls['registry']!,
        MONITORING_INTAKE_URL: urls['monitoring-intake']!,
        RISK_ANALYSIS_URL: urls['risk-analysis']!,
        CASEWORK_URL: urls['casework']!,
        NOTIFICATIONS_URL: urls['notifications']!,
        PUBLICATION_URL: urls['publication']!,
        RATE_LIMIT_MAX: '1000000',
        // An upload is answered once the registry has stored it (it reads and
        // applies it in the background): a national list's 2 MB take seconds
        // through a loaded 2-core machine, more than the default 10 s at worst.
        UPSTREAM_TIMEOUT_MS: '60000',
      }),
    };
    // The registry first: it provisions the topics the others subscribe to.
    const t = Date.now();
    await fleet.start('registry', envs['registry']!);
    await Promise.all(
      Object.keys(replicas)
        .filter((s) => s !== 'registry')
        .map((s) => fleet.start(s, envs[s]!)),
    );
    const processes = Object.values(replicas).reduce((a, b) => a + b, 0);
    log(`${processes} service processes ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const api = new Api(log);
    const deps = {
      api,
      gateway: urls['gateway']!,
      riskAnalysis: urls['risk-analysis']!,
      countRiskVestigingen: () => db('risk-analysis').collection('rm_vestigingen').countDocuments(),
      receiverUrl: receiver.url,
      seed,
      size: SIZES[size]!,
      runId,
      countCases: () =>
        db('casework').collection('cases').countDocuments({ 'caseType.code': CASE_TYPE }),
      findCase: (code: string) =>
        db('casework')
          .collection<{ _id: string; closedAt: Date | null }>('cases')
          .findOne(
            { 'caseType.code': CASE_TYPE, 'subject.vestigingCode': code },
            { projection: { _id: 1, closedAt: 1 } },
          ),
      log,
      progress,
    };
    progress.step = 'setting up (webhook subscription, survey provider)';
    await setUp(deps);
    const plan = planFaults(seed, {
      services: Object.entries(replicas).map(([name, n]) => ({ name, replicas: n })),
      windowS: profile.windowS,
      maxPauseS: profile.maxPauseS,
      ...(profile.kills === undefined ? {} : { kills: profile.kills }),
    });
    injector = injectFaults(plan, {
      fleet,
      stack,
      receiver,
      log,
    });
    // Awaited below; a fault that fails before then must not end the process as an unhandled rejection.
    injector.done.catch(() => undefined);
    const scenarioStarted = Date.now();
    await runScenario(deps, expected);
    log(
      `scenario driven in ${((Date.now() - scenarioStarted) / 1000).toFixed(1)} s (${api.retries} retried requests)`,
    );
    progress.step = 'the remaining faults';
    const faults: FaultRecord[] = await injector.done;
    progress.step = 'waiting for the system to settle';
    await waitQuiet(checkDeps, expected, size === 'reduced' ? 120_000 : 900_000);
    const crashed = fleet.crashed();
    progress.step = 'the checks';
    const result = await check(checkDeps, expected);
    for (const f of faults.filter((f) => f.fault === 'webhook receiver down')) {
      const back = receiver.upSince;
      const next = receiver.firstDeliveryAfter(back);
      f.recoveryS = next === null ? null : Number(((next - back) / 1000).toFixed(1));
      f.note = next === null ? 'no delivery after it came back' : 'until the next delivery arrived';
    }
    const text = report({
      size,
      seed,
      runId,
      faults,
      result,
      crashed,
      seconds: (Date.now() - started) / 1000,
    });
    console.log(text);
    const summary = {
      size,
      seed,
      runId,
      faults,
      ...result,
      crashed,
      retries: api.retries,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(path.join(outDir, 'result.json'), `${JSON.stringify(summary, null, 2)}\n`);
    writeFileSync(
      path.join(root, 'tmp/chaos/last-run.json'),
      `${JSON.stringify(summary, null, 2)}\n`,
    );
    const bad = failed(result, crashed);
    if (bad) console.log(serviceLogs(fleet.logDir, started).join('\n'));
    log(
      bad
        ? `FAILED: duplicates, losses, records that should not exist or half-written state (seed ${seed})`
        : 'passed: 0 duplicates, 0 losses, nothing that should not exist',
    );
    return bad ? 1 : 0;
  } catch (error) {
    // The run stops here, but first says what it can of why (CI output is all we get).
    log(`FAILED at "${progress.step}" (seed ${seed}); collecting what the system holds`);
    console.log(
      await diagnose(checkDeps, {
        error,
        size,
        seed,
        runId,
        startedMs: started,
        expected,
        progress,
        faults: injector?.records ?? [],
        crashed: fleet.crashed(),
        logDir: fleet.logDir,
      }),
    );
    throw error;
  } finally {
    await cleanUp();
  }
}

const exit = (code: number) => process.stdout.write('', () => process.exit(code));
main().then(exit, (error: unknown) => {
  console.error(error);
  exit(1);
});
