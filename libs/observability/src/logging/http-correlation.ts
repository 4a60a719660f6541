import type { IncomingMessage } from 'node:http';
import { newCorrelationId } from './correlation';

export const CORRELATION_HEADER = 'x-correlation-id';

// An id from outside ends up in every log line: accept only a sane token, not
// arbitrary text (log injection) or kilobytes of it.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;
const ON_REQUEST = Symbol('inspectorate:correlationId');

type WithCorrelation = IncomingMessage & { [ON_REQUEST]?: string };

/**
 * The correlation id of an HTTP request: the caller's `x-correlation-id` when
 * it is acceptable, else a new one. Decided once and remembered on the
 * request, so the request logger and the correlation scope agree whichever
 * middleware runs first.
 */
export function correlationIdOf(req: IncomingMessage): string {
  const request = req as WithCorrelation;
  if (request[ON_REQUEST] === undefined) {
    const header = req.headers[CORRELATION_HEADER];
    const given = Array.isArray(header) ? header[0] : header;
    request[ON_REQUEST] =
      given !== undefined && ACCEPTABLE.test(given) ? given : newCorrelationId();
  }
  return request[ON_REQUEST];
}

/** Probe and scrape endpoints: served all day long, and not worth a log line each. */
export function isQuietPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0] ?? '';
  return path === '/metrics' || path === '/health' || path.startsWith('/health/');
}
