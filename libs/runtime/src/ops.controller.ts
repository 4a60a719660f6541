import { BadRequestException, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { isTopicName } from '@inspectorate/contracts';
import { DeadLetterService, EventServerFactory, KafkaConnection } from '@inspectorate/messaging';

/**
 * Operator endpoints every service has, because PlatformModule declares them
 * (behind the gateway's `beheerder` role; never exposed directly): the topics
 * this service's consumer reads with how many dead letters each has, the dead
 * letters of one topic, and their replay once the cause is fixed. A replay
 * sends only what the consumer's contract accepts now; the rest stays, with
 * the reason in the answer. See docs/runbooks/dead-letters.md.
 */
@Controller('ops/dead-letters')
export class OpsController {
  constructor(
    private readonly deadLetters: DeadLetterService,
    private readonly connection: KafkaConnection,
    private readonly servers: EventServerFactory,
  ) {}

  @Get()
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
  async list(@Param('topic') topic: string, @Query('limit') limit?: string) {
    const max = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(max) || max < 1 || max > 1000) {
      throw new BadRequestException(`limit must be an integer from 1 to 1000 (got '${limit}')`);
    }
    const dlq = this.dlqOf(topic);
    if (!(await this.exists(dlq))) return { topic, deadLetterTopic: dlq, items: [] };
    return { topic, deadLetterTopic: dlq, items: await this.deadLetters.list(dlq, max) };
  }

  @Post(':topic/replay')
  async replay(@Param('topic') topic: string) {
    const dlq = this.dlqOf(topic);
    if (!(await this.exists(dlq)))
      return { topic, deadLetterTopic: dlq, replayed: 0, keptCount: 0, kept: [] };
    return { topic, deadLetterTopic: dlq, ...(await this.deadLetters.replay(dlq)) };
  }

  private dlqOf(topic: string): string {
    if (!isTopicName(topic))
      throw new BadRequestException(`topic '${topic}' is not a topic of the backbone`);
    return this.deadLetters.dlqTopics([topic])[0]!;
  }

  /** A group that never dead-lettered anything on a topic it doesn't read has no DLQ topic. */
  private async exists(physicalTopic: string): Promise<boolean> {
    return (await this.connection.admin.listTopics()).includes(physicalTopic);
  }
}
