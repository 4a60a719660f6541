import type { Kafka } from 'kafkajs';
import request from 'supertest';
import { type TestScope, testKafka, testScope, waitFor } from '@inspectorate/test-stack';
import type { RunningService } from './service';
import { bearer } from '@inspectorate/test-stack';

/**
 * Puts a message that is not JSON on a topic the service consumes, waits
 * until its consumer has dead-lettered it, and goes through the operator
 * endpoints every service has: the index, the list and a replay. Returns
 * their answers for the test to check.
 */
export async function exerciseDeadLetterOps(
  service: RunningService,
  scope: TestScope,
  topic: string,
  kafka: Kafka = testKafka(scope),
): Promise<{ index: unknown; list: unknown; replay: unknown }> {
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({
      topic: `${scope.topicPrefix}${topic}`,
      messages: [{ key: 'dead-letter-check', value: 'this is not json' }],
    });
  } finally {
    await producer.disconnect();
  }
  // The operator endpoints are a beheerder's (libs/auth), with a real token.
  const beheerder = await bearer('beheerder');
  const index = await waitFor(
    async () => {
      const res = await request(service.http)
        .get('/ops/dead-letters')
        .set(await bearer('beheerder'))
        .expect(200);
      const item = (res.body.items as { topic: string; deadLetters: number }[]).find(
        (i) => i.topic === topic,
      );
      return item && item.deadLetters > 0 ? res.body : undefined;
    },
    { description: `the consumer dead-lettered the bad message on ${topic}`, timeoutMs: 60_000 },
  );
  const list = (
    await request(service.http).get(`/ops/dead-letters/${topic}`).set(beheerder).expect(200)
  ).body;
  const replay = (
    await request(service.http).post(`/ops/dead-letters/${topic}/replay`).set(beheerder).expect(201)
  ).body;
  return { index, list, replay };
}

/**
 * The dead-letter check of a service, as a whole test file: the service
 * started on its own scope, a bad message on `topic` dead-lettered, the
 * operator endpoints listing it, and a replay that keeps it because it is
 * still invalid. Services without a check of their own call just this.
 */
export function deadLetterOpsSuite(
  service: string,
  topic: string,
  start: (scope: TestScope) => Promise<RunningService>,
): void {
  describe(`${service} dead letters on the real stack`, () => {
    let running: RunningService;
    const scope = testScope(`${service}-dead-letters`);

    beforeAll(async () => {
      running = await start(scope);
    });

    afterAll(() => running?.close());

    it('has the operator endpoints for its dead letters, and a replay keeps what is still invalid', async () => {
      const { index, list, replay } = await exerciseDeadLetterOps(running, scope, topic);
      expect(index).toEqual({
        items: expect.arrayContaining([expect.objectContaining({ topic, deadLetters: 1 })]),
      });
      expect(list).toMatchObject({
        topic,
        items: [{ reason: 'invalid-message', value: 'this is not json' }],
      });
      expect(replay).toMatchObject({
        replayed: 0,
        keptCount: 1,
        kept: [{ reason: expect.stringMatching(/^still invalid: .*not JSON/) }],
      });
    });
  });
}
