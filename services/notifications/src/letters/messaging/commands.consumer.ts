import { Controller, UseFilters, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { RethrowRpcErrorsFilter } from '@inspectorate/messaging';
import { type EventOf, type SendLetter, Topics, causedBy } from '@inspectorate/contracts';
import { IssueLetterUseCase } from '../usecases/issue-letter.usecase';

/** The command topic: other services ask for letters here. */
// The app-wide filter set in startService does not reach handlers in this
// hybrid app (Nest's default filter turned errors into '[object Object]' and
// NonRetriableError into a retried error); scoped here it does.
@UseFilters(new RethrowRpcErrorsFilter())
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
