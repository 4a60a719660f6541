import type { CanActivate, INestApplication, ModuleMetadata } from '@nestjs/common';
import { AuthModule } from '@inspectorate/auth';
import { Test } from '@nestjs/testing';
import { OpenApiChecker, setUpHttp } from '@inspectorate/http';
import request from 'supertest';
import { bearer } from '@inspectorate/test-stack';
import type { LocalTokens } from './local-tokens';

export interface ControllerTestApp {
  app: INestApplication;
  /** supertest against the app; every answer is recorded for `checkAnswers`. */
  http(): {
    get(path: string): request.Test;
    post(path: string): request.Test;
    put(path: string): request.Test;
    delete(path: string): request.Test;
  };
  /**
   * Checks every recorded answer against the app's /openapi.json and returns
   * what does not match, plus (with `all`) the operations no answer covered.
   */
  checkAnswers(options?: { all?: boolean }): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A controller (or a few) with in-memory fakes of its use cases, behind the
 * same HTTP edge as a running service (libs/http: validation, problem+json,
 * body limits, /openapi.json), without Kafka or a database: fast specs of
 * each route's validation and status codes.
 */
export async function controllerTestApp(
  metadata: Pick<ModuleMetadata, 'controllers' | 'providers' | 'imports'>,
  options: {
    bodyLimit?: number;
    /** Guards replaced by fakes (an API-key guard that reads a database). */
    guards?: [guard: unknown, fake: CanActivate][];
    /**
     * libs/auth's global guard, trusting these local keys (`localTokens()`),
     * as a running service has it with the provider's.
     */
    auth?: LocalTokens;
  } = {},
): Promise<ControllerTestApp> {
  let builder = Test.createTestingModule({
    ...metadata,
    imports: [
      ...(metadata.imports ?? []),
      ...(options.auth ? [AuthModule.forRoot(options.auth.verifier)] : []),
    ],
  });
  for (const [guard, fake] of options.guards ?? [])
    builder = builder.overrideGuard(guard).useValue(fake);
  const module = await builder.compile();
  const app = module.createNestApplication({ bodyParser: false, logger: false });
  setUpHttp(app, {
    info: { title: 'test', version: '1' },
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
  });
  await app.init();
  const answers: {
    method: string;
    path: string;
    status: number;
    contentType?: string;
    body: unknown;
  }[] = [];
  const recorder = (method: string, path: string) => (res: request.Response) => {
    answers.push({
      method,
      path,
      status: res.status,
      ...(res.headers['content-type'] ? { contentType: String(res.headers['content-type']) } : {}),
      body: res.body,
    });
  };
  return {
    app,
    http() {
      const agent = request(app.getHttpServer());
      return {
        get: (path) => agent.get(path).expect(recorder('GET', path)),
        post: (path) => agent.post(path).expect(recorder('POST', path)),
        put: (path) => agent.put(path).expect(recorder('PUT', path)),
        delete: (path) => agent.delete(path).expect(recorder('DELETE', path)),
      };
    },
    async checkAnswers(opts = {}) {
      const document = (await request(app.getHttpServer()).get('/openapi.json').expect(200))
        .body as Record<string, unknown>;
      const checker = new OpenApiChecker(document);
      const problems = answers.flatMap((a) => checker.check(a));
      if (opts.all) problems.push(...checker.unchecked().map((op) => `${op}: no answer checked`));
      return problems;
    },
    close: () => app.close(),
  };
}

/**
 * The HTTP edge every service gets from startService, checked on a running
 * service: its OpenAPI document and Swagger UI, and problem+json for an
 * unknown route (404), a wrong method (405) and a bad operator request (as a
 * beheerder, whose routes they are).
 */
export async function expectHttpEdge(
  http: Parameters<typeof request>[0],
  service: string,
): Promise<void> {
  const doc = await request(http).get('/openapi.json').expect(200);
  expect(doc.body).toMatchObject({ openapi: '3.1.0', info: { title: `inspectorate ${service}` } });
  expect(doc.body.paths['/health/ready']).toBeDefined();
  const ui = await request(http).get('/docs').expect(200);
  expect(ui.text).toContain('swagger-ui-bundle.js');
  const problem = { 'content-type': expect.stringMatching(/^application\/problem\+json/) };
  const unknown = await request(http).get('/no/such/route').expect(404);
  expect(unknown.headers).toMatchObject(problem);
  expect(unknown.body).toMatchObject({ status: 404, code: 'no-such-route' });
  const method = await request(http).delete('/health/ready').expect(405);
  expect(method.headers).toMatchObject({ ...problem, allow: expect.stringContaining('GET') });
  // The ops routes are a beheerder's (libs/auth): a token from the real Keycloak.
  const ops = await request(http)
    .get('/ops/dead-letters/no.such.topic')
    .set(await bearer('beheerder'))
    .expect(400);
  expect(ops.headers).toMatchObject(problem);
  expect(ops.body.detail).toContain('no.such.topic');
}
