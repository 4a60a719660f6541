import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  type EventOf,
  type LetterDeliveryFailed,
  type LetterIssued,
  type LetterSent,
  Topics,
} from '@inspectorate/contracts';
import { CasesService } from './cases.service';

type LetterEvent = EventOf<typeof LetterIssued | typeof LetterSent | typeof LetterDeliveryFailed>;

/** Learns the kenmerk of each letter casework asked for (the voldaan letter quotes the first one's). */
@Controller()
export class LettersConsumer {
  constructor(private readonly cases: CasesService) {}

  @EventPattern(Topics.notificationsLetters)
  async onLetter(@Payload() event: LetterEvent): Promise<void> {
    if (event.type !== 'nl.onderwijsinspectie.notifications.letter.issued.v1') return;
    await this.cases.onLetterIssued(event.data.requestId, event.data.kenmerk);
  }
}
