import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type CloudEvent, Topics } from '@inspectorate/contracts';
import { ItemsService } from './items.service';

/**
 * Casework's events that a publication rule names (HerstelopdrachtOutcomeDetermined;
 * RapportVastgesteld once casework has it) become items; the others on the
 * topic are none of publication's business.
 */
@Controller()
export class CaseworkConsumer {
  private readonly log = new Logger(CaseworkConsumer.name);

  constructor(private readonly items: ItemsService) {}

  @EventPattern(Topics.caseworkCases)
  async onCaseEvent(@Payload() event: CloudEvent): Promise<void> {
    const outcome = await this.items.record(event);
    if (outcome === 'recorded')
      this.log.log(`recorded ${event.type} ${event.id} (${event.subject})`);
  }
}
