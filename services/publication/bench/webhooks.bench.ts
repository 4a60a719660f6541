import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { HerstelopdrachtOutcomeDetermined, createEvent } from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type BenchContext,
  type Benchmark,
  type Measurement,
  measure,
  oidcServiceEnv,
  dropBenchDatabase,
} from '@inspectorate/test-stack';
// Like the registry's benchmark this runs the sources (compiled by swc, as the
// bundle is): it drives the publication run and the deliverer below HTTP, and
// those classes are DI tokens of the sources, which a bundle (exporting only
// AppModule, loadConfig, startService) does not expose.
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config';
import { newSecret, webhookHeaders } from '../src/domain/standard-webhooks';
import { ItemsService } from '../src/items/items.service';
import { PublicationJob } from '../src/items/publication.job';
import { WebhookDeliverer } from '../src/webhooks/deliverer';
import { SubscriptionsService } from '../src/webhooks/subscriptions.service';
import { outcome } from '../test/fixtures';
import { endToEndDelay } from './delay';

/**
 * Webhook delivery throughput (issue 15's Done-when): PUB_BENCH_ITEMS items
 * (default 40) published to PUB_BENCH_SUBSCRIPTIONS subscriptions (default 50)
 * of one local receiver, so items × subscriptions deliveries, each signed
 * (Standard Webhooks), POSTed, claimed and recorded by the service's
 * deliverer at its configured concurrency. Set-up (recording the items,
 * the publication run that publishes, numbers and dispatches them) is not
 * measured; the deliverer's rounds until every delivery is in are.
 *
 * Raw baseline in the same run: the same number of signed POSTs of the same
 * bodies to the same receiver from a bare loop with the same concurrency and
 * no database.
 *
 * Then the Done-when's other figure, the end-to-end delay from
 * `RapportVastgesteld` to webhook received, for PUB_BENCH_DELAY_REPORTS
 * reports (default 10) one at a time, against its own raw baseline
 * (bench/delay.ts).
 */
const ITEMS = Number(process.env['PUB_BENCH_ITEMS'] ?? 40);
const SUBSCRIPTIONS = Number(process.env['PUB_BENCH_SUBSCRIPTIONS'] ?? 50);
const CONCURRENCY = Number(process.env['PUB_BENCH_CONCURRENCY'] ?? 16);
const DELAY_REPORTS = Number(process.env['PUB_BENCH_DELAY_REPORTS'] ?? 10);

/** Counts what arrives; answers 204 like a good receiver (verification is not what is measured). */
function receiver(): Promise<{ server: Server; url: string; received: () => number }> {
  let count = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count++;
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
        received: () => count,
      }),
    ),
  );
}

export const benchmark: Benchmark = {
  name: `publication: webhook delivery, ${ITEMS} items to ${SUBSCRIPTIONS} subscriptions (${ITEMS * SUBSCRIPTIONS} signed POSTs, concurrency ${CONCURRENCY}), and the delay from RapportVastgesteld to webhook received`,
  async run(ctx: BenchContext): Promise<Measurement[]> {
    const throughput = await deliveryThroughput(ctx);
    return [...throughput, ...(await endToEndDelay(ctx, DELAY_REPORTS))];
  },
};

async function deliveryThroughput(ctx: BenchContext): Promise<Measurement[]> {
  const database = `${ctx.runId}_publication`;
  const clock = new FixedClock('2026-11-10T09:00:00Z');
  const config = loadConfig.load({
    KAFKA_BROKERS: ctx.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${ctx.runId}.`,
    MONGODB_URI: ctx.mongodbUri,
    MONGODB_DATABASE: database,
    LOG_LEVEL: 'error',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_CONCURRENCY: String(CONCURRENCY),
    ...oidcServiceEnv(),
  });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { cron: false, clock }),
    { logger: false },
  );
  const target = await receiver();
  const total = ITEMS * SUBSCRIPTIONS;
  try {
    const subs = app.get(SubscriptionsService);
    for (let i = 0; i < SUBSCRIPTIONS; i++)
      await subs.register({ url: `${target.url}/${i}` }, 'bench');
    const items = app.get(ItemsService);
    for (let i = 0; i < ITEMS; i++) {
      const data = outcome({ decidedOn: '2026-11-02' });
      await items.record(
        createEvent(HerstelopdrachtOutcomeDetermined, {
          source: '/inspectorate/casework',
          correlationId: 'bench',
          subject: data.caseId,
          time: clock.now(),
          data,
        }),
      );
    }
    const run = await app.get(PublicationJob).runOnce();
    if (!run.ran || run.value.deliveries !== total)
      throw new Error(`set-up: expected ${total} deliveries, got ${JSON.stringify(run)}`);
    ctx.log(`${total} deliveries queued`);

    const deliverer = app.get(WebhookDeliverer);
    const service = await measure('publication deliverer', 'webhooks', async () => {
      let rounds = 0;
      while (target.received() < total) {
        rounds++;
        if ((await deliverer.deliverDue()) === 0 && rounds > 1000)
          throw new Error(`stuck at ${target.received()} of ${total}`);
      }
      return { items: target.received(), extra: { rounds } };
    });

    // The same bodies' size and signing, POSTed from a bare loop.
    const secret = newSecret(randomBytes);
    const body = JSON.stringify({
      type: 'publication.item.published',
      timestamp: clock.now().toISOString(),
      data: { item: outcome() },
    });
    const before = target.received();
    const raw = await measure('raw signed POSTs (bare loop)', 'webhooks', async () => {
      let next = 0;
      const worker = async () => {
        for (let n = next++; n < total; n = next++) {
          const res = await fetch(`${target.url}/${n % SUBSCRIPTIONS}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...webhookHeaders([secret], `msg_${n}`, new Date(), body),
            },
            body,
            redirect: 'manual',
          });
          await res.body?.cancel();
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      return { items: target.received() - before };
    });
    return [raw, service];
  } finally {
    await app.close();
    target.server.close();
    await dropBenchDatabase(ctx.mongodbUri, database);
  }
}
