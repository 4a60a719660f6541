import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  Topics,
  type BoardEvent,
  type SchoolEvent,
  type VestigingEvent,
} from '@inspectorate/contracts';
import { RegistryReadModel } from './read-model';

/** Feeds casework's registry read model from the registry's snapshot events. */
@Controller()
export class RegistryConsumer {
  constructor(private readonly readModel: RegistryReadModel) {}

  @EventPattern(Topics.registryBoards)
  onBoard(@Payload() event: BoardEvent): Promise<void> {
    return this.readModel.applyBoard(event.data.revision, event.data.board);
  }

  @EventPattern(Topics.registrySchools)
  onSchool(@Payload() event: SchoolEvent): Promise<void> {
    return this.readModel.applySchool(event.data.revision, event.data.school);
  }

  @EventPattern(Topics.registryVestigingen)
  onVestiging(@Payload() event: VestigingEvent): Promise<void> {
    return this.readModel.applyVestiging(event.data.revision, event.data.vestiging);
  }
}
