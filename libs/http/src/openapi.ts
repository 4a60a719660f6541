import { Kind, type TObject, type TSchema } from '@sinclair/typebox';
import type { ResponseSpec } from './api';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from './problem';
import type { RouteInfo } from './routes';

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

type Json = Record<string, unknown>;
const plain = (schema: TSchema): Json => JSON.parse(JSON.stringify(schema)) as Json;

/** `/boards/:nummer` → `/boards/{nummer}` */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function parameters(schema: TObject | undefined, where: 'path' | 'query' | 'header'): Json[] {
  if (!schema) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, property]) => {
    const p = plain(property);
    const { description, deprecated, ...rest } = p;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      ...(deprecated ? { deprecated } : {}),
      schema: rest,
    };
  });
}

function response(status: number, spec: ResponseSpec): Json {
  const isSchema = (s: ResponseSpec): s is TSchema => Kind in s;
  if (isSchema(spec)) {
    return {
      description: (spec as Json)['description'] ?? `${status}`,
      content: { 'application/json': { schema: plain(spec) } },
    };
  }
  const r = spec as Exclude<ResponseSpec, TSchema> & { description: string };
  // An error status described in words only still answers a problem.
  if (status >= 400 && !r.schema && !r.contentType)
    return {
      description: r.description,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  return {
    description: r.description,
    ...(r.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(r.headers).map(([n, d]) => [
              n,
              { description: d, schema: { type: 'string' } },
            ]),
          ),
        }
      : {}),
    ...(r.contentType || r.schema
      ? {
          content: {
            [r.contentType ?? 'application/json']: { schema: r.schema ? plain(r.schema) : {} },
          },
        }
      : {}),
  };
}

/**
 * The service's OpenAPI 3.1 document, from the routes' ApiSpecs (TypeBox:
 * the same schemas validate the requests). A route without a spec is listed
 * with its method and path only. Every operation documents its errors as
 * problem+json (`default`).
 */
export function buildOpenApi(info: OpenApiInfo, routes: readonly RouteInfo[]): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    if (route.method === 'ALL') continue;
    const spec = route.spec;
    const operation: Json = {
      operationId: route.operationId,
      summary: spec?.summary ?? `${route.method} ${route.path}`,
      ...(spec?.description ? { description: spec.description } : {}),
      ...(spec?.tags ? { tags: spec.tags } : { tags: [route.operationId.split('.')[0]] }),
    };
    const params = [
      ...parameters(spec?.params, 'path'),
      ...parameters(spec?.query, 'query'),
      ...parameters(spec?.headers, 'header'),
    ];
    // Undocumented path parameters still have to be declared in OpenAPI.
    for (const match of route.path.matchAll(/:([A-Za-z0-9_]+)/g)) {
      if (!params.some((p) => p['in'] === 'path' && p['name'] === match[1]))
        params.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } });
    }
    if (params.length > 0) operation['parameters'] = params;
    if (spec?.body || spec?.consumes) {
      const content: Json = {};
      if (spec.body) content['application/json'] = { schema: plain(spec.body) };
      for (const type of spec.consumes ?? []) content[type] = { schema: {} };
      operation['requestBody'] = {
        required: !spec.bodyOptional && !spec.consumes,
        content,
        ...(spec.bodyLimit ? { description: `At most ${spec.bodyLimit} bytes.` } : {}),
      };
    }
    const responses: Json = {};
    for (const [status, r] of Object.entries(spec?.responses ?? { 200: { description: 'OK' } }))
      responses[status] = response(Number(status), r);
    responses['default'] = {
      description: 'An error, as RFC 9457 problem details.',
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    };
    operation['responses'] = responses;
    const key = openApiPath(route.path);
    paths[key] = { ...paths[key], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info,
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: { schemas: { Problem: plain(ProblemSchema) } },
  };
}
