import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  type EventOf,
  type LetterDeliveryFailed,
  type LetterIssued,
  type LetterSent,
  Topics,
} from '@inspectorate/contracts';
import { CaseEngine } from './case-engine';

type LetterEvent = EventOf<typeof LetterIssued | typeof LetterSent | typeof LetterDeliveryFailed>;

/** Learns the kenmerk of each letter casework asked for (the voldaan letter quotes the first one's). */
@Controller()
export class LettersConsumer {
  constructor(private readonly engine: CaseEngine) {}

  @EventPattern(Topics.notificationsLetters)
  async onLetter(@Payload() event: LetterEvent): Promise<void> {
    if (event.type !== 'nl.onderwijsinspectie.notifications.letter.issued.v1') return;
    // The case id is in the event: no need to read it out of the request id.
    await this.engine.onLetterIssued(event.data.caseId, event.data.requestId, event.data.kenmerk, {
      correlationId: event.correlationid ?? event.id,
      causationId: event.id,
    });
  }
}
