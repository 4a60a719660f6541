import request from 'supertest';
import { type RunningService, expectHttpEdge, passwordToken } from '@inspectorate/testing';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startGateway } from './support';

describe('gateway boots on the real stack', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startGateway('gateway-boot');
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
    expect(res.text).toContain('service="gateway"');
  });

  it('answers errors as problem+json and serves /openapi.json and /docs', async () => {
    // The gateway's own ops routes are for a beheerder (deny by default):
    // the same checks, made with a beheerder's token from the real Keycloak.
    const token = (await passwordToken('beheerder')).access_token;
    const express = service.app.getHttpAdapter().getInstance() as (
      req: IncomingMessage,
      res: ServerResponse,
    ) => void;
    await expectHttpEdge((req: IncomingMessage, res: ServerResponse) => {
      req.headers.authorization = `Bearer ${token}`;
      express(req, res);
    }, 'gateway');
  });

  it('keeps its ops routes (dead letters) from anyone but a beheerder', async () => {
    await request(service.http).get('/ops/dead-letters/no.such.topic').expect(401);
    const token = (await passwordToken('inspecteur')).access_token;
    await request(service.http)
      .get('/ops/dead-letters/no.such.topic')
      .set('authorization', `Bearer ${token}`)
      .expect(403);
  });
});
