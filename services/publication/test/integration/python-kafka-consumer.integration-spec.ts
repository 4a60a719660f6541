import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Topics } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  collectTopic,
  connectDb,
  produceEvents,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { ItemsService } from '../../src/items/items.service';
import { PublicationJob } from '../../src/items/publication.job';
import { outcome, outcomeEvent } from '../fixtures';

/**
 * Issue 15: a consumer in another language proves a non-Node system can
 * subscribe to the public topic. docs/examples/publication_kafka_consumer.py
 * reads the topic with confluent-kafka, parses each record with the official
 * CloudEvents SDK and validates it against the schemas published in
 * docs/asyncapi.yaml. Its packages (requirements-kafka.txt) are installed from
 * PyPI once into deploy/local/.cache, beside the stack's other downloads, and
 * kept there per version of that file. Needs python3 with pip; skipped where
 * there is none.
 */
const ROOT = join(__dirname, '../../../..');
const SCRIPT = join(ROOT, 'docs/examples/publication_kafka_consumer.py');
const REQUIREMENTS = join(ROOT, 'docs/examples/requirements-kafka.txt');
const hasPip = (() => {
  try {
    execFileSync('python3', ['-m', 'pip', '--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The consumer's packages, installed when this version of the requirements has none yet. */
function pythonPackages(): string {
  const hash = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex').slice(0, 12);
  const dir = join(ROOT, 'deploy/local/.cache', `python-kafka-consumer-${hash}`);
  if (existsSync(dir)) return dir;
  // Into a directory of its own first: a run that stops half-way leaves no half install behind.
  const partial = `${dir}.partial-${process.pid}`;
  execFileSync(
    'python3',
    [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--target',
      partial,
      '-r',
      REQUIREMENTS,
    ],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 300_000,
      // CI and the stack run as root here; into a target directory that is no harm.
      env: { ...process.env, PIP_ROOT_USER_ACTION: 'ignore' },
    },
  );
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another run installed it meanwhile: theirs is as good.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
  return dir;
}

function consume(
  packages: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      'python3',
      [SCRIPT, ...args],
      { env: { ...process.env, PYTHONPATH: packages }, timeout: 180_000 },
      (error, out, err) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err }),
    );
  });
}

(hasPip ? describe : describe.skip)('the Python consumer of the public topic', () => {
  const scope = testScope('pub-python');
  const clock = new FixedClock('2026-11-10T09:00:00Z');
  const topicName = `${scope.topicPrefix}${Topics.publicationPublic}`;
  let service: RunningService;
  let kafka: Kafka;
  let db: Awaited<ReturnType<typeof connectDb>>;
  let packages: string;
  const kept = outcome({ brin: '21AB', vestigingCode: '21AB00', decidedOn: '2026-11-01' });
  const withdrawn = outcome({ brin: '21AB', vestigingCode: '21AB00', decidedOn: '2026-11-01' });

  beforeAll(async () => {
    packages = pythonPackages();
    kafka = testKafka(scope);
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    db = await connectDb(scope);
    await produceEvents(kafka, scope, [outcomeEvent(kept), outcomeEvent(withdrawn)]);
    await waitFor(async () => (await db.db.collection('items').countDocuments()) === 2, {
      description: 'both outcomes recorded',
      timeoutMs: 90_000,
    });
    expect((await service.app.get(PublicationJob).runOnce()).ran).toBe(true);
    await service.app
      .get(ItemsService)
      .withdraw(`herstelopdracht-${withdrawn.caseId}`, 'beheerder', 'Een rechter schorste het.');
    // Two published and one withdrawn on the topic (through the outbox), then
    // a record that is no valid event: its data lacks what the schema requires.
    const topic = await collectTopic(kafka, topicName);
    try {
      await topic.waitForCount(3);
    } finally {
      await topic.stop();
    }
    const producer = kafka.producer();
    await producer.connect();
    type Event = { type: string; data: Record<string, unknown> };
    const bad = topic.messages
      .map((m) => m.json<Event>())
      .find((e) => e.type.endsWith('.item.published.v1'))!;
    delete bad.data['item'];
    await producer.send({
      topic: topicName,
      messages: [{ key: 'broken', value: JSON.stringify(bad) }],
    });
    await producer.disconnect();
  }, 420_000);

  afterAll(async () => {
    await service?.close();
    await db?.close();
  });

  it('reads every event, validates each against the published schemas, and skips one that is not valid', async () => {
    const run = await consume(packages, [
      '--brokers',
      scope.kafkaBrokers.join(','),
      '--group',
      `${scope.topicPrefix}python`,
      '--asyncapi',
      join(ROOT, 'docs/asyncapi.yaml'),
      '--topic',
      topicName,
      '--from-beginning',
      '--max',
      '4',
      '--timeout',
      '120',
    ]);
    // What is public, as a non-Node system keeps it: the withdrawal dropped the other.
    expect(JSON.parse(run.out)).toEqual({
      events: 3,
      public: [`herstelopdracht-${kept.caseId}`],
      invalid: 1,
    });
    expect(run.err).toMatch(/invalid event skipped: b'broken'/);
    expect(run.code).toBe(1);
  });
});
