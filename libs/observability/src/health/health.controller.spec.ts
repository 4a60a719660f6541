import { type INestApplication, Injectable } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { HealthModule } from './health.module';
import { MongoReadiness } from './mongo.readiness';
import type { ReadinessCheck } from './readiness';
import { ShutdownState } from './shutdown';

/** What the fake checks answer; each test sets it. */
const state = { database: true, broker: true, hang: false };

@Injectable()
class FakeDatabaseCheck implements ReadinessCheck {
  readonly name = 'database';
  async check(): Promise<void> {
    if (!state.database) throw new Error('connection refused');
  }
}

@Injectable()
class FakeBrokerCheck implements ReadinessCheck {
  readonly name = 'kafka';
  async check(): Promise<void> {
    if (state.hang) return new Promise(() => undefined);
    if (!state.broker) throw new Error('no controller');
  }
}

describe('HealthModule', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        HealthModule.forRoot({
          readiness: [FakeDatabaseCheck, FakeBrokerCheck],
          checkTimeoutMs: 200,
        }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => Object.assign(state, { database: true, broker: true, hang: false }));

  it('answers /health/live with 200, whatever the dependencies say', async () => {
    state.database = false;
    const response = await request(app.getHttpServer()).get('/health/live').expect(200);
    expect(response.body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
    expect(response.headers['cache-control']).toContain('no-store');
  });

  it('answers /health/ready with 200 when every check passes', async () => {
    const response = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      info: { shutdown: { status: 'up' }, database: { status: 'up' }, kafka: { status: 'up' } },
      error: {},
      details: {
        shutdown: { status: 'up' },
        database: { status: 'up' },
        kafka: { status: 'up' },
      },
    });
  });

  it('answers /health/ready with 503 and the failing check’s message', async () => {
    state.broker = false;
    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body).toEqual({
      status: 'error',
      info: { shutdown: { status: 'up' }, database: { status: 'up' } },
      error: { kafka: { status: 'down', message: 'no controller' } },
      details: {
        shutdown: { status: 'up' },
        database: { status: 'up' },
        kafka: { status: 'down', message: 'no controller' },
      },
    });
  });

  it('does not let a hanging check hang the probe', async () => {
    state.hang = true;
    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body.error).toEqual({
      kafka: { status: 'down', message: 'kafka did not answer within 200 ms' },
    });
  });

  // Last: a replica that started draining never stops.
  it('answers /health/ready with 503 once the replica is shutting down, and /health/live still 200', async () => {
    app.get(ShutdownState).startDraining(new Date('2026-11-23T08:00:00Z'));
    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body.error).toEqual({
      shutdown: { status: 'down', message: 'shutting down since 2026-11-23T08:00:00.000Z' },
    });
    await request(app.getHttpServer()).get('/health/live').expect(200);
  });
});

describe('MongoReadiness', () => {
  async function readinessWith(connection: unknown): Promise<MongoReadiness> {
    const moduleRef = await Test.createTestingModule({
      providers: [MongoReadiness, { provide: getConnectionToken(), useValue: connection }],
    }).compile();
    return moduleRef.get(MongoReadiness);
  }
  /** A connected mongoose connection whose driver client answers `{ ping: 1 }` with `ping`. */
  const connectedWith = (ping: jest.Mock) => ({
    readyState: 1,
    getClient: () => ({
      db: (name: string) => ({
        command: (command: object) =>
          name === 'admin' && 'ping' in command ? ping() : Promise.reject(new Error('not a ping')),
      }),
    }),
  });

  it('passes when the server answers a ping', async () => {
    const ping = jest.fn().mockResolvedValue({ ok: 1 });
    const check = await readinessWith(connectedWith(ping));
    await expect(check.check()).resolves.toBeUndefined();
    expect(ping).toHaveBeenCalled();
    expect(check.name).toBe('mongodb');
  });

  it('fails when mongoose is not connected', async () => {
    const check = await readinessWith({ readyState: 2, getClient: () => undefined });
    await expect(check.check()).rejects.toThrow('mongoose connection is connecting');
  });

  it('fails when the ping fails', async () => {
    const ping = jest.fn().mockRejectedValue(new Error('not primary'));
    const check = await readinessWith(connectedWith(ping));
    await expect(check.check()).rejects.toThrow('not primary');
  });
});
