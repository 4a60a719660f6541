import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProblemError } from '@inspectorate/http';
import type { Config } from '../config';
import { Upstreams } from './forwarder';

/** A registry on a free port answering with `handle`, and the gateway's Upstreams to it. */
async function upstreamTo(
  handle: Parameters<typeof createServer>[1],
): Promise<{ upstreams: Upstreams; close: () => Promise<void> }> {
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const upstreams = new Upstreams({
    REGISTRY_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    UPSTREAM_KEEPALIVE_MS: 1_000,
  } as unknown as Config);
  return {
    upstreams,
    close: async () => {
      await upstreams.onModuleDestroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A service that drops the connection under the first request it gets (as a
 * kept-alive socket closed by the service's idle timeout looks to the gateway)
 * and answers every later one.
 */
describe('Upstreams: a connection closed under a request', () => {
  let seen: string[];
  let upstreams: Upstreams;
  let close: () => Promise<void>;

  beforeEach(async () => {
    seen = [];
    ({ upstreams, close } = await upstreamTo((req, res) => {
      seen.push(req.method!);
      if (seen.length === 1) {
        req.socket.destroy();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true }));
    }));
  });
  afterEach(() => close());

  const call = (method: string) =>
    upstreams.call({
      service: 'registry',
      path: '/schools/00AA',
      method,
      headers: new Headers(),
      ...(method === 'POST' ? { body: '{}' } : {}),
      timeoutMs: 5_000,
    });

  it('sends a read once more, and answers with the second answer', async () => {
    const res = await call('GET');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(seen).toEqual(['GET', 'GET']);
  });

  it('never sends a write twice: it becomes a 502 that names the cause', async () => {
    const failed = await call('POST').catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ProblemError);
    expect((failed as ProblemError).init.status).toBe(502);
    expect((failed as ProblemError).message).toMatch(/registry could not be reached \(\w+\)/);
    expect(seen).toEqual(['POST']);
  });
});

/**
 * A service as Node serves it (keep-alive 5 s, said in its `Keep-Alive`
 * header) on a machine so loaded that its close of an idle connection and the
 * gateway's next request on it cross: modelled by dropping, unanswered, a
 * request that arrives on a connection idle for 1.5 s or more. The gateway must
 * have closed such a connection itself (UPSTREAM_KEEPALIVE_MS, 1 s) and send
 * the write on a new one. fetch's default agent kept it for 3 s (the header's
 * 5 s less 2 s), so the write went out on it and came back a 502.
 */
describe('Upstreams: connections kept idle for less time than the services keep them', () => {
  const STALE_AFTER_MS = 1_500;
  /** The client port of the connection each answered request came on. */
  let ports: number[];
  let dropped: number;
  let upstreams: Upstreams;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ports = [];
    dropped = 0;
    const idleSince = new WeakMap<object, number>();
    ({ upstreams, close } = await upstreamTo((req, res) => {
      const since = idleSince.get(req.socket);
      if (since !== undefined && Date.now() - since >= STALE_AFTER_MS) {
        dropped++;
        req.socket.destroy();
        return;
      }
      ports.push(req.socket.remotePort!);
      req.resume();
      res.on('finish', () => idleSince.set(req.socket, Date.now()));
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true }));
    }));
  });
  afterAll(() => close());

  const put = async () => {
    const res = await upstreams.call({
      service: 'registry',
      path: '/vestigingen/00AA00/contact',
      method: 'PUT',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: '{}',
      timeoutMs: 5_000,
    });
    return [res.status, await res.json()];
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('reuses a connection for requests in quick succession', async () => {
    for (let i = 0; i < 4; i++) {
      expect(await put()).toEqual([200, { ok: true }]);
      await pause(100);
    }
    expect(new Set(ports).size).toBeLessThan(4);
  });

  it('sends a write after an idle pause on a new connection, not on one the service may be closing', async () => {
    const before = ports.at(-1);
    await pause(STALE_AFTER_MS + 200);
    const answer = await put().catch((error: unknown) => error);
    expect(dropped).toBe(0);
    expect(answer).toEqual([200, { ok: true }]);
    expect(ports.at(-1)).not.toBe(before);
  });
});
