import { isPermission } from '@inspectorate/auth';
import type { Request } from 'express';
import { handlerName } from './forward.controller';
import { forwardedHeaders } from './forwarder';
import { fillPath, PUBLIC_ROUTES } from './routes';

describe('the public route table', () => {
  it('names a known permission for every route (deny by default otherwise)', () => {
    for (const route of PUBLIC_ROUTES.filter((r) => r.permission !== 'public'))
      expect([route.path, isPermission(route.permission)]).toEqual([route.path, true]);
  });

  it('opens only /public/ paths without a token, and all of them', () => {
    for (const route of PUBLIC_ROUTES)
      expect([route.path, route.permission === 'public']).toEqual([
        route.path,
        route.path.startsWith('/public/'),
      ]);
    expect(PUBLIC_ROUTES.some((r) => r.permission === 'public')).toBe(true);
  });

  it('has each method and path once, and distinct handler names', () => {
    const keys = PUBLIC_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    const names = PUBLIC_ROUTES.map(handlerName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('maps every parameter of the public path onto the upstream path', () => {
    for (const route of PUBLIC_ROUTES) {
      const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const upstream = [...(route.upstream ?? route.path).matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect([route.path, upstream.sort()]).toEqual([route.path, names.sort()]);
    }
  });

  it('names a parameter of its own path as the board it is limited to', () => {
    const limited = PUBLIC_ROUTES.filter((r) => r.ownBoard !== undefined);
    expect(limited.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /inbox/board/:nummer']);
    for (const route of limited) expect(route.path).toContain(`/:${route.ownBoard}`);
  });

  it('fills parameters URL-encoded, so a value cannot add path segments', () => {
    expect(fillPath('/cases/:id/timeline', { id: '../ops/x?y' })).toBe(
      '/cases/..%2Fops%2Fx%3Fy/timeline',
    );
  });
});

describe('forwarded headers', () => {
  const req = (headers: Record<string, string>) =>
    ({ headers, protocol: 'http', socket: { remoteAddress: '10.0.0.9' } }) as unknown as Request;

  it('drops hop-by-hop headers and those named in Connection, keeps the rest', () => {
    const out = forwardedHeaders(
      req({
        authorization: 'Bearer t',
        connection: 'keep-alive, x-secret',
        'x-secret': 's',
        'keep-alive': 'timeout=5',
        'transfer-encoding': 'chunked',
        upgrade: 'websocket',
        te: 'trailers',
        host: 'gw',
        accept: 'application/json',
      }),
    );
    expect(Object.fromEntries(out)).toEqual({
      authorization: 'Bearer t',
      accept: 'application/json',
      'x-forwarded-for': '10.0.0.9',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': 'gw',
    });
  });
});
