import { Controller, Get, type INestApplication, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Registry } from 'prom-client';
import request from 'supertest';
import { Metrics } from './metrics';
import { MetricsModule } from './metrics.module';
import { METRICS_REGISTRY } from './tokens';

@Controller('schools')
class SchoolsController {
  @Get(':brin')
  get(@Param('brin') brin: string): { brin: string } {
    return { brin };
  }
}

/**
 * The value of the sample `name` whose labels include `labels`, from
 * Prometheus text (label order is prom-client's business, not the test's).
 */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

async function createApp(service: string, defaultMetrics = false): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [MetricsModule.forRoot({ service, defaultMetrics })],
    controllers: [SchoolsController],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('MetricsModule', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createApp('registry', true);
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves the standard metrics in Prometheus text format, with what was counted', async () => {
    const metrics = app.get(Metrics);
    metrics.eventsProduced.inc(
      {
        topic: 'inspectorate.registry.schools',
        type: 'nl.onderwijsinspectie.registry.school.registered.v1',
      },
      3,
    );
    metrics.messaging.deadLettered('inspectorate.registry.schools', 'casework');
    metrics.jobs.jobRun('deadline-sweep', 'succeeded');

    const response = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain;.*version=0.0.4/);
    const topic = 'inspectorate.registry.schools';
    const type = 'nl.onderwijsinspectie.registry.school.registered.v1';
    expect(
      sample(response.text, 'inspectorate_events_produced_total', {
        topic,
        type,
        service: 'registry',
      }),
    ).toBe(3);
    expect(
      sample(response.text, 'inspectorate_events_dead_lettered_total', {
        topic,
        group: 'casework',
      }),
    ).toBe(1);
    expect(
      sample(response.text, 'inspectorate_job_runs_total', {
        job: 'deadline-sweep',
        outcome: 'succeeded',
      }),
    ).toBe(1);
    for (const name of [
      'events_consumed_total',
      'events_failed_total',
      'handler_duration_seconds',
      'outbox_backlog',
      'http_request_duration_seconds',
    ]) {
      expect(response.text).toContain(`# TYPE inspectorate_${name}`);
    }
    // default runtime metrics, prefixed
    expect(response.text).toContain('inspectorate_process_cpu_user_seconds_total');
    expect(response.text).toContain('inspectorate_nodejs_eventloop_lag_seconds');
  });

  it('times HTTP requests by route pattern and status', async () => {
    await request(app.getHttpServer()).get('/schools/00AA').expect(200);
    await request(app.getHttpServer()).get('/schools/11BB').expect(200);
    await request(app.getHttpServer()).get('/nope').expect(404);
    const text = await app.get<Registry>(METRICS_REGISTRY).metrics();
    const count = 'inspectorate_http_request_duration_seconds_count';
    expect(
      sample(text, count, {
        method: 'GET',
        route: '/schools/:brin',
        status: '200',
        service: 'registry',
      }),
    ).toBe(2);
    expect(sample(text, count, { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(text).not.toContain('00AA');
  });

  it('gives every app its own registry, so many apps can live in one process', async () => {
    const other = await createApp('casework');
    try {
      expect(other.get(METRICS_REGISTRY)).not.toBe(app.get(METRICS_REGISTRY));
      other.get(Metrics).eventsConsumed.inc({ topic: 't', type: 'x', group: 'casework' });
      const text = await request(other.getHttpServer()).get('/metrics').expect(200);
      const labels = { topic: 't', type: 'x', group: 'casework', service: 'casework' };
      expect(sample(text.text, 'inspectorate_events_consumed_total', labels)).toBe(1);
      expect(text.text).not.toContain('inspectorate_process_cpu');
    } finally {
      await other.close();
    }
  });
});

describe('Metrics.for', () => {
  it('creates the metrics once per registry', () => {
    const registry = new Registry();
    expect(Metrics.for(registry)).toBe(Metrics.for(registry));
    expect(Metrics.for(new Registry())).not.toBe(Metrics.for(registry));
  });

  it('adapts to the messaging and job instruments', async () => {
    const metrics = Metrics.for(new Registry());
    metrics.messaging.produced('t', 'e', 2);
    metrics.messaging.consumed('t', 'e', 'g');
    metrics.messaging.skippedDuplicate('t', 'e', 'g');
    metrics.messaging.failed('t', 'g', 'timeout');
    metrics.messaging.handlerDuration('t', 'e', 'g', 0.02);
    metrics.messaging.outboxBacklog('schools', 7);
    const text = await metrics.registry.metrics();
    expect(sample(text, 'inspectorate_events_produced_total', { topic: 't', type: 'e' })).toBe(2);
    expect(
      sample(text, 'inspectorate_events_consumed_total', { topic: 't', type: 'e', group: 'g' }),
    ).toBe(1);
    expect(
      sample(text, 'inspectorate_events_skipped_duplicate_total', {
        topic: 't',
        type: 'e',
        group: 'g',
      }),
    ).toBe(1);
    expect(
      sample(text, 'inspectorate_events_failed_total', {
        topic: 't',
        group: 'g',
        reason: 'timeout',
      }),
    ).toBe(1);
    expect(
      sample(text, 'inspectorate_handler_duration_seconds_count', {
        topic: 't',
        type: 'e',
        group: 'g',
      }),
    ).toBe(1);
    expect(
      sample(text, 'inspectorate_handler_duration_seconds_sum', {
        topic: 't',
        type: 'e',
        group: 'g',
      }),
    ).toBe(0.02);
    expect(sample(text, 'inspectorate_outbox_backlog', { collection: 'schools' })).toBe(7);
  });
});
