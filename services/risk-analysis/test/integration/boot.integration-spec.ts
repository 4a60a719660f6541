import request from 'supertest';
import {
  type RunningService,
  expectHttpEdge,
  serviceEnv,
  startTestService,
  testScope,
} from '@inspectorate/testing';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';

describe('risk-analysis boots on the real stack', () => {
  let service: RunningService;

  beforeAll(async () => {
    const config = loadConfig.load(serviceEnv(testScope('risk-analysis-boot')));
    service = await startTestService(AppModule.forRoot(config, { cron: false }), config);
  });

  afterAll(() => service?.close());

  it('is ready once MongoDB and Kafka answer', async () => {
    const res = await request(service.http).get('/health/ready').expect(200);
    expect(res.body.details).toEqual({
      shutdown: { status: 'up' },
      mongodb: { status: 'up' },
      kafka: { status: 'up' },
    });
  });

  it('serves its Prometheus metrics, labelled with the service', async () => {
    const res = await request(service.http).get('/metrics').expect(200);
    expect(res.text).toContain('service="risk-analysis"');
  });

  it('answers errors as problem+json and serves /openapi.json and /docs', async () => {
    await expectHttpEdge(service.http, 'risk-analysis');
  });
});
