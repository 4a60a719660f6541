/*
 * The gateway's added latency per forwarded request: the same read (one
 * school of the registry) called on the registry directly (the baseline) and
 * through the gateway (token verified, permission checked, rate limit counted
 * in MongoDB, forwarded with the token), in the same run, each service its
 * own production bundle in its own process, as in a cluster. The load comes
 * from autocannon in this process: one connection (each request's latency
 * alone), then GATEWAY_BENCH_CONNECTIONS (default 10) at once.
 */
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import {
  type BenchContext,
  type Benchmark,
  type Measurement,
  oidcEnv,
  passwordToken,
  startBundleProcess,
} from '@inspectorate/test-stack';
import {
  generateDuoLists,
  renderBoardsList,
  renderVestigingenList,
} from '../../services/registry/src/duo/generate';
import { uploadDuoList } from '../../services/registry/src/demo';

const SECONDS = Number(process.env['GATEWAY_BENCH_SECONDS'] ?? '8');
const CONNECTIONS = Number(process.env['GATEWAY_BENCH_CONNECTIONS'] ?? '10');

async function load(
  label: string,
  url: string,
  token: string,
  connections: number,
  seconds = SECONDS,
): Promise<Measurement> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0)
    throw new Error(`${label}: ${failed} of ${result.requests.total} requests failed`);
  return {
    label,
    items: result.requests.total,
    unit: 'req',
    elapsedMs: result.duration * 1000,
    peakRssMiB: process.memoryUsage.rss() / 1024 / 1024,
    extra: {
      p50_ms: result.latency.p50,
      p99_ms: result.latency.p99,
      mean_ms: Number(result.latency.mean.toFixed(2)),
    },
  };
}

export const benchmark: Benchmark = {
  name: 'gateway: added latency per forwarded request (GET one school)',
  async run(context: BenchContext): Promise<Measurement[]> {
    const oidc = oidcEnv();
    const common = {
      KAFKA_BROKERS: context.kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: `${context.runId}.`,
      MONGODB_URI: context.mongodbUri,
      OIDC_ISSUER: oidc.issuer,
      OIDC_JWKS_URL: oidc.jwksUrl,
      OIDC_AUDIENCE: oidc.audience,
    };
    const children: ChildProcess[] = [];
    try {
      const registry = await startBundleProcess('registry', {
        ...common,
        MONGODB_DATABASE: `${context.runId}_registry`,
      });
      children.push(registry.child);
      const gateway = await startBundleProcess('gateway', {
        ...common,
        MONGODB_DATABASE: `${context.runId}_gateway`,
        REGISTRY_URL: registry.url,
        // The limit is counted (a MongoDB write per request, part of the cost), never reached.
        RATE_LIMIT_MAX: '1000000000',
      });
      children.push(gateway.child);
      const beheerder = (await passwordToken('beheerder')).access_token;
      const lists = generateDuoLists({ seed: 5, boards: 2, po: 4, vo: 0 });
      for (const [name, bytes] of [
        ['boards.csv', renderBoardsList(lists.boards)],
        ['vestigingen.csv', renderVestigingenList(lists.vestigingen)],
      ] as const) {
        await uploadDuoList(`${gateway.url}/api/v1`, bytes, {
          query: `fileName=${name}`,
          headers: { authorization: `Bearer ${beheerder}` },
        });
      }
      const brin = lists.vestigingen[0]!.brin;
      // An inspecteur's token, fetched once (a client reuses it for its lifetime).
      const token = (await passwordToken('inspecteur')).access_token;
      const direct = `${registry.url}/schools/${brin}`;
      const through = `${gateway.url}/api/v1/schools/${brin}`;
      for (const url of [direct, through]) {
        const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
      }
      // A short warm-up of both (JIT, connection pools, the JWKS cache).
      await load('warm-up', direct, token, 2, 2);
      await load('warm-up', through, token, 2, 2);
      context.log(`${SECONDS} s per measurement; connections 1, then ${CONNECTIONS}`);
      const measurements: Measurement[] = [];
      for (const connections of [1, CONNECTIONS]) {
        const raw = await load(
          `raw: registry directly, c=${connections}`,
          direct,
          token,
          connections,
        );
        const gw = await load(`through the gateway, c=${connections}`, through, token, connections);
        const added = (key: 'p50_ms' | 'p99_ms') =>
          Number(gw.extra![key]) - Number(raw.extra![key]);
        gw.extra = {
          ...gw.extra,
          added_p50_ms: added('p50_ms'),
          added_p99_ms: added('p99_ms'),
          p50_ratio: `${(Number(gw.extra!['p50_ms']) / Math.max(Number(raw.extra!['p50_ms']), 0.001)).toFixed(2)}x`,
          p99_ratio: `${(Number(gw.extra!['p99_ms']) / Math.max(Number(raw.extra!['p99_ms']), 0.001)).toFixed(2)}x`,
        };
        measurements.push(raw, gw);
      }
      return measurements;
    } finally {
      for (const child of children) child.kill('SIGTERM');
    }
  },
};
