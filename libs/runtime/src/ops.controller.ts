import { Controller, Get, Post } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { RequirePermission } from '@inspectorate/auth';
import { isTopicName } from '@inspectorate/contracts';
import { Api, Valid, badRequest } from '@inspectorate/http';
import { DeadLetterService, EventServerFactory, KafkaConnection } from '@inspectorate/messaging';

/**
 * Operator endpoints every service has, because PlatformModule declares them
 * (for a `beheerder` only: libs/auth's `dead-letters.replay`, checked by the
 * service itself; never exposed through the gateway): the topics
 * this service's consumer reads with how many dead letters each has, the dead
 * letters of one topic, and their replay once the cause is fixed. A replay
 * sends only what the consumer's contract accepts now; the rest stays, with
 * the reason in the answer. See docs/runbooks/dead-letters.md.
 */
const TopicPath = Type.Object({
  topic: Type.String({ minLength: 1, maxLength: 200, description: 'A logical topic name.' }),
});
const LimitQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1000,
        description: 'How many dead letters (default 100).',
        'x-why': 'must be a whole number from 1 to 1000',
      }),
    ),
  },
  { additionalProperties: false },
);
const Answer = Type.Object({}, { additionalProperties: true });
const ops = (summary: string, extra: object = {}) => ({
  summary,
  tags: ['ops'],
  responses: { 200: Answer, 201: Answer },
  ...extra,
});

@RequirePermission('dead-letters.replay')
@Controller('ops/dead-letters')
export class OpsController {
  constructor(
    private readonly deadLetters: DeadLetterService,
    private readonly connection: KafkaConnection,
    private readonly servers: EventServerFactory,
  ) {}

  @Get()
  @Api(ops("The topics this service's consumer reads, with their dead-letter counts"))
  async index() {
    const topics = this.servers.subscribedTopics();
    const existing = new Set(await this.connection.admin.listTopics());
    const items = [];
    for (const topic of topics) {
      const dlq = this.deadLetters.dlqTopics([topic])[0]!;
      let deadLetters = 0;
      if (existing.has(dlq)) {
        for (const p of await this.connection.admin.fetchTopicOffsets(dlq))
          deadLetters += Number(BigInt(p.high) - BigInt(p.low));
      }
      items.push({ topic, deadLetterTopic: dlq, deadLetters });
    }
    return { items };
  }

  @Get(':topic')
  @Api(ops('The dead letters of one topic', { params: TopicPath, query: LimitQuery }))
  async list(
    @Valid('params') { topic }: { topic: string },
    @Valid('query') { limit }: { limit?: number },
  ) {
    const max = limit ?? 100;
    const dlq = this.dlqOf(topic);
    if (!(await this.exists(dlq))) return { topic, deadLetterTopic: dlq, items: [] };
    return { topic, deadLetterTopic: dlq, items: await this.deadLetters.list(dlq, max) };
  }

  @Post(':topic/replay')
  @Api(ops('Replay the dead letters that the contract accepts now', { params: TopicPath }))
  async replay(@Valid('params') { topic }: { topic: string }) {
    const dlq = this.dlqOf(topic);
    if (!(await this.exists(dlq)))
      return { topic, deadLetterTopic: dlq, replayed: 0, keptCount: 0, kept: [] };
    return { topic, deadLetterTopic: dlq, ...(await this.deadLetters.replay(dlq)) };
  }

  private dlqOf(topic: string): string {
    if (!isTopicName(topic))
      throw badRequest(`topic '${topic}' is not a topic of the backbone`, [
        { in: 'path', path: '/topic', message: 'is not a topic of the backbone' },
      ]);
    return this.deadLetters.dlqTopics([topic])[0]!;
  }

  /** A group that never dead-lettered anything on a topic it doesn't read has no DLQ topic. */
  private async exists(physicalTopic: string): Promise<boolean> {
    return (await this.connection.admin.listTopics()).includes(physicalTopic);
  }
}
