import request from 'supertest';
import { Topics } from '@inspectorate/contracts';
import {
  type RunningService,
  exerciseDeadLetterOps,
  serviceEnv,
  startTestService,
  testScope,
} from '@inspectorate/testing';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';

describe('casework boots on the real stack', () => {
  let service: RunningService;
  const scope = testScope('casework-boot');

  beforeAll(async () => {
    const config = loadConfig.load(serviceEnv(scope));
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
    expect(res.text).toContain('service="casework"');
  });

  it('has the operator endpoints for its dead letters, and a replay keeps what is still invalid', async () => {
    const { index, list, replay } = await exerciseDeadLetterOps(
      service,
      scope,
      Topics.registryVestigingen,
    );
    expect(index).toEqual({
      items: expect.arrayContaining([
        expect.objectContaining({ topic: Topics.registryVestigingen, deadLetters: 1 }),
      ]),
    });
    expect(list).toMatchObject({
      topic: Topics.registryVestigingen,
      items: [{ reason: 'invalid-message', value: 'this is not json' }],
    });
    expect(replay).toMatchObject({
      replayed: 0,
      keptCount: 1,
      kept: [{ reason: expect.stringMatching(/^still invalid: .*not JSON/) }],
    });
  });
});
