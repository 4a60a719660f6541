import { Type } from '@sinclair/typebox';

/** Where a wrong value was found. */
export type ProblemLocation = 'body' | 'query' | 'path' | 'header';

/** One thing wrong with a request: where (a JSON Pointer into that part of it) and why. */
export interface ProblemItem {
  in: ProblemLocation;
  /** JSON Pointer: `/contactEmail`, `/name` for a query parameter, `/x-reason` for a header. */
  path: string;
  message: string;
}

/**
 * An RFC 9457 problem document (`application/problem+json`). `code` is the
 * short machine-readable name also found at the end of `type`.
 *
 * `error`, `message` and `issues` repeat `code`, `detail` and `errors` in
 * the names our services used before problem+json; clients written against
 * those keep working (ADR 0010). New clients read the RFC members.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: ProblemItem[];
  error: string;
  message: string;
  issues?: ProblemItem[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are documented per code under this base (docs/adr/0008-http-edge.md lists them). */
export const PROBLEM_TYPE_BASE = 'https://inspectorate.example/problems/';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The code a status gets when nobody named a more specific one. */
const DEFAULT_CODES: Record<number, string> = {
  400: 'invalid-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  500: 'internal-error',
  503: 'unavailable',
};

export function titleOf(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

export function defaultCode(status: number): string {
  return DEFAULT_CODES[status] ?? (status >= 500 ? 'server-error' : 'client-error');
}

export interface ProblemInit {
  status: number;
  detail: string;
  code?: string;
  errors?: readonly ProblemItem[];
  /** Extra members (RFC 9457 extensions), e.g. `limit` on a 413. */
  extensions?: Record<string, unknown>;
  /** Response headers that belong to the problem (Allow on a 405). */
  headers?: Record<string, string>;
}

export function problemOf(init: ProblemInit, instance?: string): Problem {
  const code = init.code ?? defaultCode(init.status);
  const errors = init.errors && init.errors.length > 0 ? [...init.errors] : undefined;
  return {
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: titleOf(init.status),
    status: init.status,
    detail: init.detail,
    ...(instance ? { instance } : {}),
    code,
    ...(errors ? { errors } : {}),
    ...init.extensions,
    error: code,
    message: init.detail,
    ...(errors ? { issues: errors } : {}),
  };
}

/**
 * Thrown by the HTTP edge (validation, body parsing, controllers) to answer
 * a problem. Use cases throw domain errors instead (domain-errors.ts); the
 * filter maps both.
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';

  constructor(readonly init: ProblemInit) {
    super(init.detail);
  }
}

export function badRequest(
  detail: string,
  errors?: readonly ProblemItem[],
  code = 'invalid-request',
): ProblemError {
  return new ProblemError({ status: 400, code, detail, ...(errors ? { errors } : {}) });
}

/** `name is too long; x must be ...` — one line listing what is wrong, for `detail`. */
export function describeProblems(errors: readonly ProblemItem[], max = 10): string {
  const where = (e: ProblemItem) =>
    e.in === 'body' ? `${e.path}` : `${e.in} ${e.path.replace(/^\//, '')}`;
  const listed = errors.slice(0, max).map((e) => `${where(e)} ${e.message}`);
  const more = errors.length - listed.length;
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ');
}

/** The schema of every error answer, as published in each service's OpenAPI document. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI naming the kind of problem; ends with `code`.' }),
    title: Type.String({ description: 'The HTTP status in words.' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String({ description: 'What is wrong, for a person.' }),
    instance: Type.Optional(Type.String({ description: 'The request path.' })),
    code: Type.String({ description: 'Short machine-readable name of the problem.' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          in: Type.Union([
            Type.Literal('body'),
            Type.Literal('query'),
            Type.Literal('path'),
            Type.Literal('header'),
          ]),
          path: Type.String({ description: 'JSON Pointer into that part of the request.' }),
          message: Type.String(),
        }),
      ),
    ),
    error: Type.String({ description: 'Deprecated: the same as `code`.' }),
    message: Type.String({ description: 'Deprecated: the same as `detail`.' }),
    issues: Type.Optional(Type.Array(Type.Unknown(), { description: 'Deprecated: `errors`.' })),
  },
  { additionalProperties: true },
);
