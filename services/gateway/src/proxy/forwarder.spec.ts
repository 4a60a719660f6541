import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProblemError } from '@inspectorate/http';
import type { Config } from '../config';
import { Upstreams } from './forwarder';

/**
 * A service that drops the connection under the first request it gets (as a
 * kept-alive socket closed by the service's idle timeout looks to the gateway)
 * and answers every later one.
 */
describe('Upstreams: a connection closed under a request', () => {
  let server: Server;
  let seen: string[];
  let upstreams: Upstreams;

  beforeEach(async () => {
    seen = [];
    server = createServer((req, res) => {
      seen.push(req.method!);
      if (seen.length === 1) {
        req.socket.destroy();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    upstreams = new Upstreams({ REGISTRY_URL: url } as unknown as Config);
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

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
