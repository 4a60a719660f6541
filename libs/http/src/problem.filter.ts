import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { throwError } from 'rxjs';
import { isDatabaseUnreachable } from '@inspectorate/messaging';
import { DomainError, STATUS_OF_KIND } from './domain-errors';
import {
  PROBLEM_CONTENT_TYPE,
  type ProblemInit,
  type ProblemItem,
  ProblemError,
  defaultCode,
  problemOf,
} from './problem';
import type { RouteInfo } from './routes';

/**
 * The one exception filter of every service (set by startService, inherited
 * by the Kafka microservice):
 *
 * - in a Kafka handler the error is rethrown, so the event server retries it
 *   and dead-letters it with the real error (nestjs/nest#12366: filters set
 *   on a connected microservice never reach its handlers);
 * - over HTTP every error becomes an RFC 9457 problem+json answer: our
 *   ProblemErrors, the use cases' DomainErrors, Nest's HttpExceptions
 *   (including its unknown-route 404, which becomes a 405 with Allow when the
 *   path exists for another method), body-parser errors, and anything else
 *   as a 500 that says nothing about the internals (logged with its stack).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemFilter');

  constructor(private readonly routes: () => readonly RouteInfo[] = () => []) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() === 'rpc') return throwError(() => exception);
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const init = this.toProblem(exception, req);
    if (init.status >= 500) {
      this.log.error(
        `${req.method} ${req.originalUrl ?? req.url} failed: ${exception instanceof Error ? exception.message : String(exception)}`,
        exception instanceof Error ? exception.stack : undefined,
      );
    }
    if (res.headersSent) {
      // Part of the answer went out (a streamed PDF): all we can do is end it.
      res.end();
      return undefined;
    }
    for (const [name, value] of Object.entries(init.headers ?? {})) res.setHeader(name, value);
    res
      .status(init.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problemOf(init, (req.originalUrl ?? req.url).split('?')[0])));
    return undefined;
  }

  toProblem(exception: unknown, req: Request): ProblemInit {
    if (exception instanceof ProblemError) return exception.init;
    if (exception instanceof DomainError) {
      const { code, issues, extensions } = exception.details;
      return {
        status: STATUS_OF_KIND[exception.kind],
        detail: exception.message,
        ...(code ? { code } : {}),
        ...(issues ? { errors: issues.map((i) => ({ in: 'body' as const, ...i })) } : {}),
        ...(extensions ? { extensions } : {}),
      };
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception, req);
    const parserError = bodyParserProblem(exception);
    if (parserError) return parserError;
    const database = databaseUnavailableProblem(exception);
    if (database) return database;
    return { status: 500, detail: 'the service failed to answer; the error is logged' };
  }

  private fromHttpException(exception: HttpException, req: Request): ProblemInit {
    const status = exception.getStatus();
    // Nest's answer for a path no controller has (its not-found handler says
    // exactly this): 404, or 405 when another method has the path.
    if (status === 404 && exception.message === `Cannot ${req.method} ${req.originalUrl}`) {
      const path = req.path;
      const allowed = [
        ...new Set(
          this.routes()
            .filter((r) => r.pattern.test(path))
            .map((r) => r.method),
        ),
      ];
      if (allowed.length > 0 && !allowed.includes(req.method) && !allowed.includes('ALL')) {
        if (allowed.includes('GET')) allowed.push('HEAD');
        return {
          status: 405,
          code: 'method-not-allowed',
          detail: `${req.method} is not allowed on ${path}; use ${allowed.join(', ')}`,
          extensions: { allow: allowed },
          headers: { Allow: allowed.join(', ') },
        };
      }
      if (allowed.length === 0) {
        return {
          status: 404,
          code: 'no-such-route',
          detail: `there is no route ${req.method} ${path} (see /openapi.json)`,
        };
      }
    }
    const body = exception.getResponse();
    if (typeof body === 'string') return { status, detail: body };
    const o = body as Record<string, unknown>;
    const rawMessage = o['message'];
    const detail = Array.isArray(rawMessage)
      ? rawMessage.join('; ')
      : typeof rawMessage === 'string'
        ? rawMessage
        : exception.message;
    // Nest's own bodies put the status text in `error`; ours put a code there.
    const error =
      typeof o['error'] === 'string' && /^[a-z0-9-]+$/.test(o['error']) ? o['error'] : undefined;
    const issues = Array.isArray(o['issues'])
      ? (o['issues'] as { path: string; message: string; in?: ProblemItem['in'] }[]).map((i) => ({
          in: i.in ?? ('body' as const),
          path: i.path,
          message: i.message,
        }))
      : undefined;
    const extensions = Object.fromEntries(
      Object.entries(o).filter(([k]) => !['message', 'error', 'issues', 'statusCode'].includes(k)),
    );
    return {
      status,
      detail,
      code: error ?? defaultCode(status),
      ...(issues ? { errors: issues } : {}),
      ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
    };
  }
}

/**
 * The database away (the driver's connection errors, isDatabaseUnreachable)
 * is passing: the driver reconnects once the server is back, so the answer
 * is 503 with Retry-After, which clients and the gateway's callers retry,
 * not a 500. `Connection: close` makes the caller's next request open a new
 * connection, so a balancer in front of several replicas can send it to one
 * whose connection to the database is already back (the chaos run saw one
 * replica take over a minute to reconnect after a database restart while
 * its sibling took a second).
 */
export function databaseUnavailableProblem(exception: unknown): ProblemInit | null {
  if (!isDatabaseUnreachable(exception)) return null;
  return {
    status: 503,
    code: 'database-unavailable',
    detail: 'the service cannot reach its database just now; retry in a few seconds',
    headers: { 'Retry-After': '5', Connection: 'close' },
  };
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  charset?: string;
  encoding?: string;
  message?: string;
}

/** Errors of express's body parsers (http-errors with a `type`), as problems. */
export function bodyParserProblem(exception: unknown): ProblemInit | null {
  if (exception === null || typeof exception !== 'object') return null;
  const e = exception as BodyParserError;
  switch (e.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: 'payload-too-large',
        detail: `the body is larger than this route's limit of ${e.limit} bytes`,
        extensions: { limit: e.limit },
      };
    case 'entity.parse.failed':
      return {
        status: 400,
        code: 'invalid-json',
        detail: `the body is not valid JSON: ${e.message}`,
      };
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'unsupported-media-type',
        detail: `charset ${e.charset} is not supported; send UTF-8`,
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'unsupported-media-type',
        detail: `content-encoding ${e.encoding} is not supported; send the body uncompressed or gzip`,
      };
    case 'request.aborted':
      return {
        status: 400,
        code: 'request-aborted',
        detail: 'the request was aborted while its body was read',
      };
    default:
      return typeof e.status === 'number' && e.status >= 400 && e.status < 500 && e.type
        ? { status: e.status, detail: e.message ?? 'the body could not be read' }
        : null;
  }
}
