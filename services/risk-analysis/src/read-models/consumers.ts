import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  type BoardClosed,
  type BoardRegistered,
  type BoardUpdated,
  type EventOf,
  HerstelopdrachtOutcomeDetermined,
  SubmissionMissing,
  type SubmissionReceived,
  type caseworkEvents,
  Topics,
  type VestigingClosed,
  type VestigingRegistered,
  type VestigingUpdated,
} from '@inspectorate/contracts';
import { ReadModels } from './read-models';

type BoardEvent = EventOf<typeof BoardRegistered | typeof BoardUpdated | typeof BoardClosed>;
type VestigingEvent = EventOf<
  typeof VestigingRegistered | typeof VestigingUpdated | typeof VestigingClosed
>;
type SubmissionEvent = EventOf<typeof SubmissionReceived | typeof SubmissionMissing>;

/**
 * Feeds the read models a run reads. The event server checks every message
 * against its contract first; what breaks it goes to the dead-letter topic
 * of this group (libs/messaging). Every handler is idempotent: snapshots
 * keep the highest revision, outcomes and missing marks are keyed.
 */
@Controller()
export class ReadModelConsumers {
  constructor(private readonly models: ReadModels) {}

  @EventPattern(Topics.registryBoards)
  async onBoard(@Payload() event: BoardEvent): Promise<void> {
    await this.models.board(event.data.revision, event.data.board);
  }

  @EventPattern(Topics.registryVestigingen)
  async onVestiging(@Payload() event: VestigingEvent): Promise<void> {
    await this.models.vestiging(event.data.revision, event.data.vestiging);
  }

  @EventPattern(Topics.monitoringSubmissions)
  async onSubmission(@Payload() event: SubmissionEvent): Promise<void> {
    if (event.type === SubmissionMissing.type)
      await this.models.missing(event.data.vestigingCode, event.data.schooljaar);
    else await this.models.received(event.data);
  }

  @EventPattern(Topics.caseworkCases)
  async onCase(@Payload() event: EventOf<(typeof caseworkEvents)[number]>): Promise<void> {
    // Only the herstelopdracht outcome feeds the model so far; casework's
    // other events (opened, escalated, closed) carry nothing a run reads.
    if (event.type === HerstelopdrachtOutcomeDetermined.type) await this.models.herstel(event.data);
  }
}
