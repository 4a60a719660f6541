import { BadRequestException, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { isTopicName } from '@inspectorate/contracts';
import { DeadLetterService, KafkaConnection } from '@inspectorate/messaging';

/**
 * Operator endpoints every service has (behind the gateway's `beheerder`
 * role; never exposed directly): the dead letters of this service's consumer
 * group per topic, and their replay once the cause is fixed.
 * See docs/runbooks/dead-letters.md.
 */
@Controller('ops/dead-letters')
export class OpsController {
  constructor(
    private readonly deadLetters: DeadLetterService,
    private readonly connection: KafkaConnection,
  ) {}

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
    if (!(await this.exists(dlq))) return { topic, deadLetterTopic: dlq, replayed: 0 };
    return { topic, deadLetterTopic: dlq, replayed: await this.deadLetters.replay(dlq) };
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
