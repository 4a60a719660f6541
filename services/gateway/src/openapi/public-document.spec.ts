import SwaggerParser from '@apidevtools/swagger-parser';
import { openApiPath } from '@inspectorate/http';
import type { Config } from '../config';
import { API_PREFIX, handlerName } from '../proxy/forward.controller';
import { PUBLIC_ROUTES } from '../proxy/routes';
import publicApi from './public-api.json';
import {
  composePublicDocument,
  type OpenApiDocument,
  providerUrls,
  servedDocument,
} from './public-document';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const document = publicApi as unknown as OpenApiDocument;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const operations = (doc: OpenApiDocument) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op: op as Json })),
  );

describe('the public API document (public-api.json, served at /openapi.json)', () => {
  it('is a valid OpenAPI 3.1 document (the official schema, and every $ref resolves)', async () => {
    // validate() dereferences in place: give it a copy.
    const api = (await SwaggerParser.validate(copy(document) as never)) as unknown as Json;
    expect(api['openapi']).toBe('3.1.0');
    // The validator does look: a parameter without a schema is refused.
    const broken = copy(document) as Json;
    broken['paths']['/api/v1/boards'].get.parameters = [{ name: 'x', in: 'query' }];
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow(/schema/);
  });

  it('has every public route, with its permission, security and schemas, and nothing else', () => {
    const ops = operations(document);
    const expected = [
      ...PUBLIC_ROUTES.map((r) => ({
        path: openApiPath(`${API_PREFIX}${r.path}`),
        method: r.method.toLowerCase(),
        operationId: handlerName(r),
        permission: r.permission,
      })),
      {
        path: '/api/v1/schools/{brin}/dossier',
        method: 'get',
        operationId: 'Dossier.dossier',
        permission: undefined,
      },
    ];
    expect(
      ops.map(({ path, method, op }) => ({
        path,
        method,
        operationId: op['operationId'],
        permission: op['x-permission'],
      })),
    ).toEqual(expect.arrayContaining(expected));
    expect(ops).toHaveLength(expected.length);
    for (const { path, method, op } of ops) {
      const where = `${method} ${path}`;
      // Only publication's public read API goes without a token.
      const open = path.startsWith('/api/v1/public/');
      expect([where, op['security']]).toEqual([where, open ? [] : [{ oidc: [] }, { bearer: [] }]]);
      expect([where, op['x-permission'] === 'public']).toEqual([where, open]);
      for (const status of ['401', '403', '429', '502', '504'])
        expect([where, status, op['responses'][status] !== undefined]).toEqual([
          where,
          status,
          !open || !['401', '403'].includes(status),
        ]);
      // A real answer schema, not an empty object, for each success with a body.
      for (const [status, response] of Object.entries(op['responses'] as Json)) {
        if (!/^2/.test(status) || !response.content) continue;
        for (const [type, media] of Object.entries(response.content as Json))
          if (type.includes('json'))
            expect([where, status, Object.keys(media.schema ?? {}).length > 0]).toEqual([
              where,
              status,
              true,
            ]);
      }
    }
  });

  it("carries the services' request schemas (a board's contact, a provider)", () => {
    const body = (path: string, method: string) =>
      document.paths[path]![method]!['requestBody'] as Json;
    expect(body('/api/v1/boards/{nummer}/contact', 'put')).toMatchObject({
      content: { 'application/json': { schema: { required: ['contactEmail'] } } },
    });
    expect(body('/api/v1/monitoring/providers', 'post')).toMatchObject({
      content: { 'application/json': { schema: { required: ['providerId', 'name'] } } },
    });
  });

  it("serves the configured provider's endpoints in its security scheme", () => {
    const urls = providerUrls({
      OIDC_ISSUER: 'https://login.example.nl/realms/inspectorate',
    } as Config);
    const served = servedDocument(document, urls);
    expect(served.components?.securitySchemes?.['oidc']).toMatchObject({
      flows: {
        authorizationCode: {
          authorizationUrl:
            'https://login.example.nl/realms/inspectorate/protocol/openid-connect/auth',
          tokenUrl: 'https://login.example.nl/realms/inspectorate/protocol/openid-connect/token',
        },
      },
    });
    expect(served.paths).toEqual(document.paths);
    // With the gateway's own operations outside the API, from its generated document.
    const generated = { openapi: '3.1.0', paths: { '/health/ready': { get: {} } } };
    expect(Object.keys(servedDocument(document, urls, generated).paths)).toEqual([
      ...Object.keys(document.paths),
      '/health/ready',
    ]);
  });
});

describe('composing the public document', () => {
  const urls = { authorizationUrl: 'http://idp/auth', tokenUrl: 'http://idp/token' };
  const problem = { type: 'object', properties: { status: { type: 'integer' } } };
  const registry: OpenApiDocument = {
    openapi: '3.1.0',
    paths: {
      '/schools/{brin}': {
        get: {
          operationId: 'Schools.one',
          summary: 'internal summary',
          parameters: [{ name: 'brin', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: {
              description: 'a school',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { brin: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
    components: { schemas: { Problem: problem } },
  };
  const gateway: OpenApiDocument = {
    openapi: '3.1.0',
    paths: {},
    components: { schemas: { Problem: problem } },
  };
  const route = {
    method: 'GET' as const,
    service: 'registry' as const,
    path: '/schools/:brin',
    permission: 'registry.read' as const,
    summary: 'One school',
  };

  it("takes the service operation's parameters and answers, under the public path", () => {
    const doc = composePublicDocument(gateway, { registry }, urls, [route]);
    expect(doc.paths['/api/v1/schools/{brin}']!['get']).toMatchObject({
      operationId: 'getSchoolsBrin',
      summary: 'One school',
      tags: ['registry'],
      parameters: registry.paths['/schools/{brin}']!['get']!['parameters'],
      responses: registry.paths['/schools/{brin}']!['get']!['responses'],
    });
  });

  it('documents a public route without security and without token errors', () => {
    const open = { ...route, permission: 'public' as const };
    const op = composePublicDocument(gateway, { registry }, urls, [open]).paths[
      '/api/v1/schools/{brin}'
    ]!['get']!;
    expect(op['security']).toEqual([]);
    expect(Object.keys(op['responses'] as Json).sort()).toEqual(['200', '429', '502', '504']);
    expect(op['description']).toContain('no token needed');
    const closed = composePublicDocument(gateway, { registry }, urls, [route]).paths[
      '/api/v1/schools/{brin}'
    ]!['get']!;
    expect(closed['security']).toEqual([{ oidc: [] }, { bearer: [] }]);
    expect(Object.keys(closed['responses'] as Json)).toEqual(
      expect.arrayContaining(['401', '403', '503']),
    );
  });

  it('says which service operation is missing for a route', () => {
    expect(() =>
      composePublicDocument(gateway, { registry }, urls, [{ ...route, path: '/schools/:brin/x' }]),
    ).toThrow("registry's document has no GET /schools/{brin}/x");
    expect(() => composePublicDocument(gateway, {}, urls, [route])).toThrow(
      'no OpenAPI document of registry',
    );
  });

  it('refuses services whose Problem schemas differ', () => {
    const other = { ...registry, components: { schemas: { Problem: { type: 'object' } } } };
    expect(() => composePublicDocument(gateway, { registry: other }, urls, [route])).toThrow(
      'the Problem schema of registry differs from that of gateway',
    );
  });
});
