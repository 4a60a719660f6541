import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf, type SendLetter, Topics, causedBy } from '@inspectorate/contracts';
import { IssueLetterUseCase } from '../usecases/issue-letter.usecase';

/** The command topic: other services ask for letters here. */
// Handler errors reach the event server (retry, then dead letter) through the
// app-wide ProblemFilter that startService sets and the microservice inherits.
@Controller()
export class CommandsConsumer {
  private readonly log = new Logger(CommandsConsumer.name);

  constructor(private readonly issue: IssueLetterUseCase) {}

  @EventPattern(Topics.notificationsCommands)
  async onSendLetter(@Payload() event: EventOf<typeof SendLetter>): Promise<void> {
    const result = await this.issue.execute(event.data, causedBy(event));
    this.log.log(
      `SendLetter ${event.data.requestId} (${event.data.template}): ${result.outcome} as ${result.kenmerk}`,
    );
  }
}
