import { Controller, Get, type INestApplication, Logger, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { PinoLogger } from 'nestjs-pino';
import request from 'supertest';
import { currentCorrelationId, withCorrelation } from './correlation';
import { createLogger } from './create-logger';
import { LoggingModule, useAppLogger } from './logging.module';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Line = Record<string, unknown>;

/** A pino destination that keeps the parsed lines. */
function captureLines(): { lines: Line[]; write(text: string): void } {
  const lines: Line[] = [];
  return { lines, write: (text: string) => void lines.push(JSON.parse(text) as Line) };
}

@Controller('things')
class ThingsController {
  private readonly log = new Logger('Things');
  constructor(private readonly pino: PinoLogger) {}

  @Get(':id')
  async get(@Param('id') id: string): Promise<{ id: string; correlationId: string | undefined }> {
    this.log.log(`looking up ${id}`);
    if (id === 'boom') throw new Error('boom');
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.pino.info({ id }, 'found');
    return { id, correlationId: currentCorrelationId() };
  }
}

@Controller('health')
class FakeHealthController {
  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }
}

describe('LoggingModule', () => {
  let app: INestApplication;
  const output = captureLines();

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        LoggingModule.forRoot({ service: 'test-svc', level: 'debug', destination: output }),
      ],
      controllers: [ThingsController, FakeHealthController],
    }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    useAppLogger(app);
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    output.lines.length = 0;
  });

  it('echoes the caller’s correlation id and puts it on every line of the request', async () => {
    const response = await request(app.getHttpServer())
      .get('/things/42')
      .set('x-correlation-id', 'corr-123')
      .expect(200);
    expect(response.headers['x-correlation-id']).toBe('corr-123');
    expect(response.body).toEqual({ id: '42', correlationId: 'corr-123' });

    const messages = output.lines.map((l) => l['msg']);
    expect(messages).toEqual(
      expect.arrayContaining(['looking up 42', 'found', 'request completed']),
    );
    for (const line of output.lines) {
      expect(line).toMatchObject({ service: 'test-svc', correlationId: 'corr-123' });
    }
    const completed = output.lines.find((l) => l['msg'] === 'request completed');
    expect(completed).toMatchObject({
      level: 'info',
      req: { id: 'corr-123' },
      res: { statusCode: 200 },
    });
    // lines written while serving do not repeat the whole request
    expect(output.lines.find((l) => l['msg'] === 'found')).not.toHaveProperty('req');
  });

  it('makes a UUID v7 when the caller sends none, or sends something unacceptable', async () => {
    const plain = await request(app.getHttpServer()).get('/things/1').expect(200);
    expect(plain.headers['x-correlation-id']).toMatch(UUID_V7);
    expect(plain.body.correlationId).toBe(plain.headers['x-correlation-id']);

    const hostile = await request(app.getHttpServer())
      .get('/things/1')
      .set('x-correlation-id', 'x {"level":"fatal"}')
      .expect(200);
    expect(hostile.headers['x-correlation-id']).toMatch(UUID_V7);
    const huge = await request(app.getHttpServer())
      .get('/things/1')
      .set('x-correlation-id', 'a'.repeat(200));
    expect(huge.headers['x-correlation-id']).toMatch(UUID_V7);
  });

  it('keeps concurrent requests apart', async () => {
    const ids = ['a-1', 'b-2', 'c-3', 'd-4'];
    const responses = await Promise.all(
      ids.map((id) =>
        request(app.getHttpServer()).get(`/things/${id}`).set('x-correlation-id', id),
      ),
    );
    expect(responses.map((r) => r.body.correlationId)).toEqual(ids);
    for (const line of output.lines.filter((l) => l['msg'] === 'found')) {
      expect(line['correlationId']).toBe(line['id']);
    }
  });

  it('does not log health and metrics requests', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    await request(app.getHttpServer()).get('/metrics').expect(404);
    await request(app.getHttpServer()).get('/health/ready?verbose=1').expect(404);
    expect(output.lines.filter((l) => l['msg'] === 'request completed')).toEqual([]);
  });

  it('logs 5xx as error and 4xx as warn', async () => {
    await request(app.getHttpServer()).get('/nowhere').expect(404);
    await request(app.getHttpServer()).get('/things/boom').expect(500);
    expect(
      output.lines.filter(
        (l) => l['msg'] === 'request completed' || l['msg'] === 'request errored',
      ),
    ).toEqual([
      expect.objectContaining({ level: 'warn', res: expect.objectContaining({ statusCode: 404 }) }),
      expect.objectContaining({
        level: 'error',
        res: expect.objectContaining({ statusCode: 500 }),
      }),
    ]);
  });
});

describe('createLogger and correlation scopes', () => {
  it('writes service and the current correlation id on every line', async () => {
    const output = captureLines();
    const logger = createLogger('relay', { destination: output });
    logger.info('outside');
    await withCorrelation('job-7', async () => {
      await Promise.resolve();
      logger.info('inside');
      await withCorrelation('nested', async () => logger.warn('deeper'));
      logger.info('back');
    });
    expect(
      output.lines.map((l) => [l['msg'], l['correlationId'], l['service'], l['level']]),
    ).toEqual([
      ['outside', undefined, 'relay', 'info'],
      ['inside', 'job-7', 'relay', 'info'],
      ['deeper', 'nested', 'relay', 'warn'],
      ['back', 'job-7', 'relay', 'info'],
    ]);
    expect(typeof output.lines[0]?.['time']).toBe('string');
  });

  it('gives work without an id a new one', () => {
    expect(currentCorrelationId()).toBeUndefined();
    const id = withCorrelation(undefined, () => currentCorrelationId());
    expect(id).toMatch(UUID_V7);
  });

  it('redacts authorization headers', () => {
    const output = captureLines();
    createLogger('gw', { destination: output }).info(
      { req: { headers: { authorization: 'Bearer abc' } } },
      'x',
    );
    expect(output.lines[0]).toMatchObject({ req: { headers: { authorization: '[redacted]' } } });
  });
});
