import { Controller, UseFilters } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { RethrowRpcErrorsFilter } from '@inspectorate/messaging';
import type {
  BoardClosed,
  BoardRegistered,
  BoardUpdated,
  EventOf,
  SchoolClosed,
  SchoolRegistered,
  SchoolUpdated,
  VestigingClosed,
  VestigingRegistered,
  VestigingUpdated,
} from '@inspectorate/contracts';
import { Topics } from '@inspectorate/contracts';
import { RecipientsStore } from '../persistence/recipients.store';

type BoardEvent = EventOf<typeof BoardRegistered | typeof BoardUpdated | typeof BoardClosed>;
type SchoolEvent = EventOf<typeof SchoolRegistered | typeof SchoolUpdated | typeof SchoolClosed>;
type VestigingEvent = EventOf<
  typeof VestigingRegistered | typeof VestigingUpdated | typeof VestigingClosed
>;

/** Keeps the recipients read model from the registry's snapshot events. */
// The app-wide filter set in startService does not reach handlers in this
// hybrid app (Nest's default filter turned errors into '[object Object]' and
// NonRetriableError into a retried error); scoped here it does.
@UseFilters(new RethrowRpcErrorsFilter())
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
