import {
  type CanActivate,
  type ExecutionContext,
  SetMetadata,
  UseGuards,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import type { TObject, TSchema } from '@sinclair/typebox';
import type { Request } from 'express';
import { ProblemError, type ProblemItem, describeProblems } from './problem';
import { check, coerceStrings } from './validation-core';

export const API_SPEC = 'inspectorate:api-spec';
export const BODY_LIMIT = 'inspectorate:body-limit';

/** A response: its schema (JSON), or another content type (a PDF) with a description. */
export type ResponseSpec =
  | TSchema
  | {
      description: string;
      schema?: TSchema;
      contentType?: string;
      headers?: Record<string, string>;
    };

/**
 * What a route takes and answers, in TypeBox: the request is validated
 * against it before the handler runs, and the service's OpenAPI document is
 * generated from it. Handlers read the validated values with `@Valid(...)`.
 */
export interface ApiSpec {
  summary: string;
  description?: string;
  tags?: string[];
  params?: TObject;
  query?: TObject;
  /** Lower-case header names; other headers are not looked at. */
  headers?: TObject;
  /** A JSON body (application/json); anything else is answered 415. */
  body?: TSchema;
  /** The body may be left out (then `{}` is validated). */
  bodyOptional?: boolean;
  /**
   * Content types the handler reads itself (a CSV upload, NDJSON): they pass
   * the 415 check, and a JSON body is validated only when one is sent.
   */
  consumes?: string[];
  /** Status → response. Every operation also documents its problem+json errors. */
  responses: Record<number, ResponseSpec>;
  /** A larger JSON body limit for this route, in bytes (see startService's bodyLimit). */
  bodyLimit?: number;
}

export type RequestPart = 'params' | 'query' | 'headers' | 'body';
type Validated = Partial<Record<RequestPart, unknown>>;
const VALID = Symbol('inspectorate:validated');
type WithValid = Request & { [VALID]?: Validated };

/** The route's request description and its validation (see ApiSpec). */
export function Api(spec: ApiSpec): MethodDecorator {
  return applyDecorators(
    SetMetadata(API_SPEC, spec),
    ...(spec.bodyLimit ? [SetMetadata(BODY_LIMIT, spec.bodyLimit)] : []),
    UseGuards(RequestValidation),
  );
}

/** A JSON body limit for one route (bytes), for routes without @Api. */
export const BodyLimit = (bytes: number) => SetMetadata(BODY_LIMIT, bytes);

/** The validated (and, for query/params/headers, type-converted) part of the request. */
export const Valid = createParamDecorator((part: RequestPart, context: ExecutionContext) => {
  const req = context.switchToHttp().getRequest<WithValid>();
  const valid = req[VALID];
  if (!valid) throw new Error('@Valid() used on a route without @Api()');
  return valid[part];
});

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

export function mediaTypeOf(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Checks params, query, headers and body against the route's ApiSpec and
 * answers 400 (all problems at once, each located) or 415. A guard, so it
 * runs after authentication guards (401 before 400) and before interceptors
 * that read the body (an upload is refused before it is read).
 */
export class RequestValidation implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const spec = Reflect.getMetadata(API_SPEC, context.getHandler()) as ApiSpec | undefined;
    if (!spec) return true;
    const req = context.switchToHttp().getRequest<WithValid>();
    const problems: ProblemItem[] = [];
    const valid: Validated = {};
    const strings = (part: 'params' | 'query' | 'headers', schema: TObject | undefined) => {
      const source = (req[part] ?? {}) as Record<string, unknown>;
      if (!schema) return;
      const input =
        part === 'headers'
          ? Object.fromEntries(
              Object.keys(schema.properties)
                .filter((k) => k in source)
                .map((k) => [k, source[k]]),
            )
          : source;
      const where = part === 'params' ? 'path' : part === 'query' ? 'query' : 'header';
      const coerced = coerceStrings(schema, input, where);
      problems.push(...coerced.problems);
      const repeated = new Set(coerced.problems.map((p) => p.path));
      problems.push(...check(schema, coerced.value, where).filter((p) => !repeated.has(p.path)));
      valid[part] = coerced.value;
    };
    strings('params', spec.params);
    strings('query', spec.query);
    strings('headers', spec.headers);
    const accepted = [...(spec.body ? ['application/json'] : []), ...(spec.consumes ?? [])];
    if (accepted.length > 0) {
      const type = mediaTypeOf(req);
      const sent = hasBody(req);
      const isJson = spec.body !== undefined && JSON_TYPE.test(type);
      if (sent && !isJson && !(spec.consumes ?? []).includes(type)) {
        throw new ProblemError({
          status: 415,
          code: 'unsupported-media-type',
          detail: `send the body as ${accepted.join(' or ')}${type ? ` (got ${type})` : ' (no content-type was given)'}`,
          extensions: { accept: accepted },
          headers: { 'Accept-Post': accepted.join(', ') },
        });
      }
      if (spec.body && (isJson || !sent)) {
        if (!sent && !spec.bodyOptional && !spec.consumes) {
          problems.push({ in: 'body', path: '/', message: 'is required (a JSON body)' });
        } else {
          const body = req.body === undefined ? {} : (req.body as unknown);
          problems.push(...check(spec.body, body, 'body'));
          valid.body = body;
        }
      }
    }
    if (problems.length > 0) {
      throw new ProblemError({
        status: 400,
        code: 'invalid-request',
        detail: `the request is not valid: ${describeProblems(problems)}`,
        errors: problems,
      });
    }
    req[VALID] = valid;
    return true;
  }
}
