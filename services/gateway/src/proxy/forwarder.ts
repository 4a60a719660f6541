import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectConfig } from '@inspectorate/config';
import { ProblemError } from '@inspectorate/http';
import { CORRELATION_HEADER, currentCorrelationId } from '@inspectorate/observability';
import type { Request, Response } from 'express';
import { Agent, fetch as undiciFetch } from 'undici';
import { type Config, type UpstreamService, upstreamUrls } from '../config';

/** What fetch accepts as a request body. */
export type UpstreamBody = NonNullable<RequestInit['body']>;

/**
 * Hop-by-hop headers (RFC 9110 section 7.6.1) concern one connection, not
 * the request: a proxy never passes them on. `host` and `content-length` are
 * set anew for the upstream connection.
 */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'accept-encoding',
]);

/** Headers named in `Connection` are hop-by-hop too. */
function connectionTokens(value: string | string[] | undefined): Set<string> {
  return new Set(
    [value ?? []]
      .flat()
      .flatMap((v) => v.split(','))
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
  );
}

export interface UpstreamCall {
  service: UpstreamService;
  /** Path and query on the service, e.g. `/schools/AB12?limit=5`. */
  path: string;
  method: string;
  headers: Headers;
  body?: UpstreamBody | undefined;
  timeoutMs: number;
}

/**
 * Calls the services' internal APIs: a base URL per service from config, a
 * timeout, the correlation id of the request. Network failures and timeouts
 * become problems (502, 504) naming the service, never a hanging request.
 */
@Injectable()
export class Upstreams implements OnModuleDestroy {
  private readonly bases: Record<UpstreamService, string>;
  /**
   * The connections to the services. A service (Node's server) closes a
   * connection idle for 5 s; one we reuse just as it does fails under the
   * request (the load test's two 502s on writes, at load 51). So we close ours
   * first: after UPSTREAM_KEEPALIVE_MS (1 s), whatever the service's
   * `Keep-Alive` header says (fetch's default agent trusts it, minus 2 s, and
   * counts above 1 s in ticks of its own timer, which a starved event loop
   * stretches). Up to 1 s it is a plain Node timer.
   */
  private readonly agent: Agent;

  constructor(@InjectConfig() private readonly config: Config) {
    this.bases = upstreamUrls(config);
    this.agent = new Agent({
      keepAliveTimeout: config.UPSTREAM_KEEPALIVE_MS,
      keepAliveMaxTimeout: config.UPSTREAM_KEEPALIVE_MS,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.agent.close();
  }

  get forwardTimeoutMs(): number {
    return this.config.UPSTREAM_TIMEOUT_MS;
  }

  async call(call: UpstreamCall): Promise<globalThis.Response> {
    const url = `${this.bases[call.service]}${call.path}`;
    const correlation = currentCorrelationId();
    if (correlation) call.headers.set(CORRELATION_HEADER, correlation);
    // Bodies pass through as they are; fetch would otherwise decompress them
    // and the Content-Length we pass on would be wrong.
    call.headers.set('accept-encoding', 'identity');
    const signal = AbortSignal.timeout(call.timeoutMs);
    // undici's own fetch with its agent (Node's built-in fetch takes the
    // agent too, but its errors would then lose their network codes).
    const send = async () =>
      (await undiciFetch(url, {
        method: call.method,
        headers: call.headers,
        ...(call.body === undefined ? {} : { body: call.body, duplex: 'half' }),
        redirect: 'manual',
        signal,
        dispatcher: this.agent,
      } as Parameters<typeof undiciFetch>[1])) as unknown as globalThis.Response;
    try {
      try {
        return await send();
      } catch (error) {
        // A kept-alive connection the service closed just as we reused it
        // (its idle timeout, or a replica going away) fails before the
        // request was read. A read is safe to send once more, within the
        // same deadline; a write is not (it may have been applied).
        if (!RETRYABLE_METHODS.has(call.method) || !isStaleConnection(error)) throw error;
        return await send();
      }
    } catch (error) {
      throw upstreamProblem(call.service, call.timeoutMs, error);
    }
  }
}

const RETRYABLE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// undici's codes for a socket that closed under a request (UND_ERR_SOCKET:
// "other side closed"), and the kernel's.
const STALE_CONNECTION_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/** Whether fetch failed because the connection it reused had been closed. */
export function isStaleConnection(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' && STALE_CONNECTION_CODES.has(cause.code);
}

export function upstreamProblem(service: string, timeoutMs: number, error: unknown): ProblemError {
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ProblemError({
      status: 504,
      code: 'upstream-timeout',
      detail: `${service} did not answer within ${timeoutMs} ms`,
      extensions: { service },
    });
  }
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return new ProblemError({
    status: 502,
    code: 'upstream-unavailable',
    detail: `${service} could not be reached${typeof cause === 'string' ? ` (${cause})` : ''}`,
    extensions: { service },
  });
}

/** The request's headers as they go upstream: hop-by-hop ones dropped, the rest as sent. */
export function forwardedHeaders(req: Request): Headers {
  const drop = connectionTokens(req.headers['connection']);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(lower) || drop.has(lower)) continue;
    for (const v of [value].flat()) headers.append(lower, v);
  }
  const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress]
    .flat()
    .filter(Boolean)
    .join(', ');
  if (forwardedFor) headers.set('x-forwarded-for', forwardedFor);
  headers.set('x-forwarded-proto', req.protocol);
  if (req.headers.host) headers.set('x-forwarded-host', req.headers.host);
  return headers;
}

/**
 * The request body as it goes upstream: what express already parsed (JSON,
 * a form) serialised again, else the raw stream (an upload the gateway does
 * not read). Nothing for methods without a body.
 */
export function forwardedBody(req: Request, headers: Headers): UpstreamBody | undefined {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  // A body parser that ran has consumed the stream (body-parser 2 no longer
  // marks it with _body), so what it parsed is what goes upstream.
  const parsed = (req as Request & { _body?: boolean })._body === true || req.readableDidRead;
  if (parsed) {
    // fetch sets the length of the body it sends; the client's would be wrong.
    headers.delete('content-length');
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    if (type.includes('application/x-www-form-urlencoded')) {
      return new URLSearchParams(req.body as Record<string, string>).toString();
    }
    headers.set('content-type', 'application/json');
    return JSON.stringify(req.body);
  }
  const length = req.headers['content-length'];
  if (req.headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) {
    return undefined;
  }
  if (length !== undefined) headers.set('content-length', length);
  return Readable.toWeb(req) as unknown as UpstreamBody;
}

/** The upstream's answer to the client: status, headers (hop-by-hop dropped) and body, streamed. */
export async function relay(upstream: globalThis.Response, res: Response): Promise<void> {
  const drop = connectionTokens(upstream.headers.get('connection') ?? undefined);
  res.status(upstream.status);
  upstream.headers.forEach((value, name) => {
    if (HOP_BY_HOP.has(name) && name !== 'content-length') return;
    if (drop.has(name)) return;
    // Set-Cookie must stay separate values.
    if (name === 'set-cookie') return;
    res.setHeader(name, value);
  });
  const cookies = upstream.headers.getSetCookie?.() ?? [];
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!upstream.body) {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const body = Readable.fromWeb(upstream.body as unknown as WebReadableStream);
    body.on('error', (error) => {
      // Headers are out: all we can do is cut the answer short.
      res.destroy(error);
      reject(error);
    });
    res.on('finish', resolve);
    res.on('close', resolve);
    body.pipe(res);
  });
}
