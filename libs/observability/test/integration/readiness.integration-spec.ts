import type { INestApplication } from '@nestjs/common';
import { MongooseModule, getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { testScope } from '@inspectorate/test-stack';
import type { Connection } from 'mongoose';
import request from 'supertest';
import { HealthModule } from '../../src/health/health.module';
import { MongoReadiness } from '../../src/health/mongo.readiness';
import { LoggingModule, useAppLogger } from '../../src/logging/logging.module';
import { MetricsModule } from '../../src/metrics/metrics.module';

/** The three modules wired as a service does, against the real MongoDB-compatible server. */
describe('observability wiring with a real database', () => {
  const scope = testScope('obs');
  const lines: Record<string, unknown>[] = [];
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        LoggingModule.forRoot({
          service: 'registry',
          level: 'info',
          destination: {
            write: (text: string) => void lines.push(JSON.parse(text) as Record<string, unknown>),
          },
        }),
        MetricsModule.forRoot({ service: 'registry', defaultMetrics: false }),
        MongooseModule.forRoot(scope.mongodbUri, { dbName: scope.databaseName }),
        HealthModule.forRoot({ readiness: [MongoReadiness] }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    useAppLogger(app);
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('is ready while MongoDB answers, and says why not when it does not', async () => {
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body.details).toEqual({ shutdown: { status: 'up' }, mongodb: { status: 'up' } });

    await app.get<Connection>(getConnectionToken()).close();
    const notReady = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(notReady.body).toMatchObject({
      status: 'error',
      error: { mongodb: { status: 'down', message: 'mongoose connection is disconnected' } },
    });
    // liveness does not care
    await request(app.getHttpServer()).get('/health/live').expect(200);
    // probes are timed in metrics but not logged
    const metrics = await request(app.getHttpServer()).get('/metrics').expect(200);
    for (const status of ['200', '503']) {
      expect(metrics.text).toMatch(
        new RegExp(
          `_http_request_duration_seconds_count\\{[^}]*route="/health/ready",status="${status}"[^}]*\\} 1`,
        ),
      );
    }
    expect(lines.filter((l) => l['msg'] === 'request completed')).toEqual([]);
  });
});
