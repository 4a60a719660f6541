/*
 * The authorisation matrix (issue 12): every operation of the gateway's public
 * document × every role of the local realm, a user without roles, and no
 * token, an expired one, one of another issuer, a tampered signature and
 * `alg: none`, with tokens of the real local Keycloak. What each cell must
 * give comes from one reviewed table (gateway-matrix.ts); an operation without
 * a row there fails.
 *
 * This holds the gateway, the one public door, to the table: every upstream
 * is one stub that answers at once and records what reached it, so "got
 * through" means the service received the request with the caller's token,
 * and "refused" means 401/403 from the gateway with nothing forwarded. (The
 * services check the same permissions again themselves; their own specs and
 * the flows' e2e test that.) One token per identity, requests concurrent
 * with a bound: a few seconds for about 1,500 cells.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningService, testScope, tokenFor } from '@inspectorate/testing';
import {
  foreignIssuerToken,
  startGateway,
  tamperedToken,
  unsignedToken,
  urlOf,
  withDateAhead,
} from './gateway';
import { MATRIX } from './gateway-matrix';

jest.setTimeout(180_000);

const ROLES = [
  'inspecteur',
  'vertrouwensinspecteur',
  'coordinator',
  'analist',
  'klantcontact',
  'beheerder',
  'instrumentaanbieder',
  'partner',
] as const;
const EVERY_ROLE = ROLES.join(' ');

/** The identities of the columns: people log in, machine clients use client credentials. */
const IDENTITIES = {
  inspecteur: 'inspecteur',
  vertrouwensinspecteur: 'vertrouwensinspecteur',
  coordinator: 'coordinator',
  analist: 'analist',
  klantcontact: 'klantcontact',
  beheerder: 'beheerder',
  instrumentaanbieder: 'client:instrumentaanbieder',
  partner: 'client:partner',
  'zonder-rol': 'zonder-rol',
} as const;
type Column =
  keyof typeof IDENTITIES | 'no token' | 'expired' | 'foreign issuer' | 'tampered' | 'alg none';
const BAD_TOKENS = ['no token', 'expired', 'foreign issuer', 'tampered', 'alg none'] as const;

/** Values for path parameters: well-formed, naming nothing (the stub does not care). */
const SAMPLE: Record<string, string> = { brin: '99ZZ', schooljaar: '2025-2026', nummer: '99999' };

const CONCURRENCY = 12;

interface Cell {
  operation: string;
  column: Column;
  method: string;
  path: string;
  token?: string;
  expect: 'through' | 401 | 403;
}

async function inBatches<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

describe('the authorisation matrix of the public API (every operation × every role and bad token)', () => {
  const scope = testScope('e2e-gateway-matrix');
  let stub: Server;
  let gateway: RunningService;
  let operations: string[];
  /** Correlation ids of the requests that reached a service. */
  const reached = new Set<string>();
  const tokens: Partial<Record<Column, string>> = {};

  beforeAll(async () => {
    stub = createServer((req, res) => {
      const id = req.headers['x-correlation-id'];
      if (typeof id === 'string') reached.add(id);
      req.resume();
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    const stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
    gateway = await startGateway(scope, 'gateway', {
      REGISTRY_URL: stubUrl,
      MONITORING_INTAKE_URL: stubUrl,
      RISK_ANALYSIS_URL: stubUrl,
      CASEWORK_URL: stubUrl,
      NOTIFICATIONS_URL: stubUrl,
      PUBLICATION_URL: stubUrl,
      // The matrix is not about rate limits.
      RATE_LIMIT_MAX: '1000000',
      PUBLIC_RATE_LIMIT_BURST: '1000000',
    });
    const served = await fetch(`${urlOf(gateway)}/openapi.json`);
    const document = (await served.json()) as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, item]) =>
        Object.keys(item).map((m) => `${m.toUpperCase()} ${path.slice('/api/v1'.length)}`),
      );
    const identities = Object.entries(IDENTITIES);
    const fetched = await Promise.all(identities.map(([, who]) => tokenFor(who)));
    identities.forEach(([column], i) => (tokens[column as Column] = fetched[i]));
    // The bad ones, made from real tokens. Edited ones claim every role, so
    // only the token's own fault can explain a refusal (401, never 403).
    tokens['expired'] = tokens['beheerder'];
    tokens['foreign issuer'] = await foreignIssuerToken();
    tokens['tampered'] = tamperedToken(tokens['inspecteur']!, ROLES);
    tokens['alg none'] = unsignedToken(tokens['tampered']);
  });

  afterAll(async () => {
    await gateway?.close();
    stub?.closeAllConnections();
    await new Promise((resolve) => stub?.close(resolve));
  });

  it('has a row for every operation of the public document, and no row for one it lacks', () => {
    const rows = Object.keys(MATRIX);
    expect({
      'operations without a row': operations.filter((o) => !(o in MATRIX)),
      'rows without an operation': rows.filter((r) => !operations.includes(r)),
    }).toEqual({ 'operations without a row': [], 'rows without an operation': [] });
    for (const [operation, roles] of Object.entries(MATRIX))
      for (const role of roles === 'public' ? [] : roles.split(' '))
        expect([operation, ROLES.includes(role as never)]).toEqual([operation, true]);
  });

  it('lets through exactly whom the table names, refuses everyone else before forwarding', async () => {
    const cells: Cell[] = [];
    for (const [operation, allowed] of Object.entries(MATRIX)) {
      const [method, template] = operation.split(' ') as [string, string];
      const path = `/api/v1${template.replace(/\{(\w+)\}/g, (_m, name: string) => SAMPLE[name] ?? 'x1')}`;
      const open = allowed === 'public';
      const roles = new Set((open ? EVERY_ROLE : allowed).split(' '));
      for (const column of [...Object.keys(IDENTITIES), ...BAD_TOKENS] as Column[]) {
        const token = tokens[column];
        const expected: Cell['expect'] = open
          ? 'through'
          : (BAD_TOKENS as readonly string[]).includes(column)
            ? 401
            : roles.has(column)
              ? 'through'
              : 403;
        cells.push({
          operation,
          column,
          method,
          path,
          ...(token ? { token } : {}),
          expect: expected,
        });
      }
    }
    let n = 0;
    const wrong: string[] = [];
    const call = async (cell: Cell) => {
      const correlation = `matrix-${++n}`;
      const answer = await fetch(`${urlOf(gateway)}${cell.path}`, {
        method: cell.method,
        headers: {
          'x-correlation-id': correlation,
          ...(cell.token ? { authorization: `Bearer ${cell.token}` } : {}),
          ...(cell.method === 'GET' ? {} : { 'content-type': 'application/json' }),
        },
        ...(cell.method === 'GET' ? {} : { body: '{}' }),
      });
      await answer.arrayBuffer();
      const got = reached.has(correlation)
        ? answer.status === 401 || answer.status === 403
          ? `${answer.status} after reaching the service`
          : 'through'
        : answer.status;
      if (got !== cell.expect)
        wrong.push(`${cell.operation} as ${cell.column}: expected ${cell.expect}, got ${got}`);
    };
    const now = cells.filter((c) => c.column !== 'expired');
    await inBatches(now, CONCURRENCY, call);
    // Expired: the same (valid, beheerder) token, with the gateway's clock an hour on.
    await withDateAhead(3600_000, () =>
      inBatches(
        cells.filter((c) => c.column === 'expired'),
        CONCURRENCY,
        call,
      ),
    );
    expect(wrong).toEqual([]);
    // Every cell was asked, each through a separate request.
    expect(n).toBe(operations.length * (Object.keys(IDENTITIES).length + BAD_TOKENS.length));
  });
});
