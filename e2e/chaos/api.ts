/*
 * The scenario's HTTP client: real tokens of the local Keycloak, and the
 * retries a client makes when a replica, the broker or the database is away:
 * a refused or broken connection, 502, 503 and 504 are tried again for up to
 * three minutes. Only requests that may be repeated go through `call` (a
 * melding with its Idempotency-Key is one); the others use `once`.
 */
import { type TestIdentity, bearer } from '@inspectorate/test-stack';

export interface CallOptions {
  ok?: number[];
  body?: unknown;
  /** Sent as it is (a CSV upload), with this content type. */
  raw?: { contentType: string; bytes: Buffer };
  headers?: Record<string, string>;
  /** More answers that mean "not now, try again". */
  retryOn?: number[];
  /** How long one attempt may take (default 120 s). */
  timeoutMs?: number;
  /** How long to keep retrying (default 180 s). */
  retryForMs?: number;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const RETRIABLE = new Set([502, 503, 504]);

export class Api {
  retries = 0;
  constructor(private readonly log: (m: string) => void) {}

  private async send(
    as: TestIdentity,
    method: string,
    url: string,
    opts: CallOptions,
  ): Promise<Response> {
    const headers: Record<string, string> = {
      'x-reason': 'chaos run',
      ...(await bearer(as)),
      ...(opts.headers ?? {}),
    };
    let body: string | Buffer | undefined;
    if (opts.raw) {
      headers['content-type'] = opts.raw.contentType;
      body = opts.raw.bytes;
    } else if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    return fetch(url, {
      method,
      headers,
      ...(body === undefined
        ? {}
        : { body: new Uint8Array(body instanceof Buffer ? body : Buffer.from(body)) }),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000),
    });
  }

  private async parse<T>(res: Response, method: string, url: string, ok: number[]) {
    const text = await res.text();
    if (!ok.includes(res.status))
      throw new ApiError(
        `${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`,
        res.status,
      );
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** A request that may be repeated (a read, a PUT, an idempotent POST), retried while the system recovers. */
  async call<T>(
    as: TestIdentity,
    method: string,
    url: string,
    opts: CallOptions = {},
  ): Promise<{ status: number; body: T }> {
    const ok = opts.ok ?? [200, 201, 204];
    const deadline = Date.now() + (opts.retryForMs ?? 180_000);
    for (let attempt = 0; ; attempt++) {
      let why: string;
      try {
        const res = await this.send(as, method, url, opts);
        const retriable = RETRIABLE.has(res.status) || opts.retryOn?.includes(res.status);
        if (!retriable || ok.includes(res.status)) return await this.parse<T>(res, method, url, ok);
        why = `${res.status} ${(await res.text()).slice(0, 120)}`;
      } catch (error) {
        if (error instanceof ApiError) throw error;
        why = (error as Error).message;
      }
      if (Date.now() > deadline)
        throw new Error(`${method} ${url}: gave up after ${attempt + 1} attempts (${why})`);
      this.retries += 1;
      if (attempt % 10 === 0) this.log(`retrying ${method} ${url}: ${why}`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 2000)));
    }
  }

  /** A request that must not be repeated blindly: one attempt, its answer or its failure. */
  async once<T>(
    as: TestIdentity,
    method: string,
    url: string,
    opts: CallOptions = {},
  ): Promise<{ status: number; body: T }> {
    const res = await this.send(as, method, url, opts);
    return this.parse<T>(res, method, url, opts.ok ?? [200, 201, 204]);
  }
}

/** An answer that will not change by waiting (an import that failed): `until` stops at once. */
export class Fatal extends Error {}

/**
 * Polls a count until it reaches `target`, for as long as it keeps growing:
 * gives up only after `stallMs` without a new one. A fixed wait failed the
 * national run while casework was still opening its 614 monitoring cases,
 * about 1.6 a second at load 20-27 (docs/performance.md); a count that stops
 * short (a loss) still fails, `stallMs` after the last one.
 */
export async function untilAll(
  what: string,
  count: () => Promise<number>,
  target: number,
  stallMs = 300_000,
  pollMs = 500,
): Promise<number> {
  let best = -1;
  let deadline = Date.now() + stallMs;
  let last = '';
  for (;;) {
    try {
      const n = await count();
      if (n >= target) return n;
      if (n > best) {
        best = n;
        deadline = Date.now() + stallMs;
      }
    } catch (error) {
      last = ` (last error: ${(error as Error).message})`;
    }
    if (Date.now() > deadline)
      throw new Error(
        `gave up waiting for ${what}: ${Math.max(best, 0)} of ${target}, none more in ${stallMs / 1000} s${last}`,
      );
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Polls until `probe` gives a value; errors but Fatal count as "not yet" (a server may be restarting). */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 300_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      if (error instanceof Fatal) throw error;
      last = ` (last error: ${(error as Error).message})`;
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}${last}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** What the registry reports of an import it has applied (GET /imports/:id). */
export interface ImportReport {
  status: string;
  counts?: unknown;
  failure?: string;
  asOf?: string;
}

/**
 * Uploads a DUO list through the gateway as a `beheerder` and waits until the
 * registry has applied it. The upload is answered 202 once stored; the
 * registry applies it in the background (a national list takes minutes, more
 * than the gateway waits), also when the replica applying it is killed:
 * another picks it up again. An upload retried after a lost answer queues the
 * same file once more, which changes nothing. A refused or failed import
 * stops the wait at once.
 */
export async function importThroughGateway(
  api: Api,
  gateway: string,
  query: string,
  bytes: Buffer,
  timeoutMs = 1_800_000,
): Promise<ImportReport> {
  const { body: accepted } = await api.call<{ _id: string }>(
    'beheerder',
    'POST',
    `${gateway}/imports?${query}`,
    { raw: { contentType: 'text/csv', bytes }, ok: [202] },
  );
  return until(
    `the import ${query}`,
    async () => {
      const { body } = await api.call<ImportReport>(
        'beheerder',
        'GET',
        `${gateway}/imports/${accepted._id}`,
      );
      if (body.status === 'refused' || body.status === 'failed')
        throw new Fatal(`import ${query} ${body.status}: ${body.failure}`);
      return body.status === 'completed' ? body : null;
    },
    timeoutMs,
  );
}
