import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  Topics,
  type BoardEvent,
  type SchoolEvent,
  type VestigingEvent,
} from '@inspectorate/contracts';
import { RecipientsStore } from '../persistence/recipients.store';

/** Keeps the recipients read model from the registry's snapshot events. */
// Handler errors reach the event server (retry, then dead letter) through the
// app-wide ProblemFilter that startService sets and the microservice inherits.
@Controller()
export class RegistryConsumer {
  constructor(private readonly recipients: RecipientsStore) {}

  @EventPattern(Topics.registryBoards)
  onBoard(@Payload() event: BoardEvent): Promise<void> {
    return this.recipients.applyBoard(event.data.revision, event.data.board);
  }

  @EventPattern(Topics.registrySchools)
  onSchool(@Payload() event: SchoolEvent): Promise<void> {
    return this.recipients.applySchool(event.data.revision, event.data.school);
  }

  @EventPattern(Topics.registryVestigingen)
  onVestiging(@Payload() event: VestigingEvent): Promise<void> {
    return this.recipients.applyVestiging(event.data.revision, event.data.vestiging);
  }
}
