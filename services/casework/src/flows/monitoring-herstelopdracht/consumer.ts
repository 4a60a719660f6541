import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  type EventOf,
  type SubmissionMissing,
  type SubmissionReceived,
  Topics,
} from '@inspectorate/contracts';
import { OpenCaseForMissingSubmission } from './open-case.usecase';
import { FulfilOnSubmissionReceived } from './submission-received.usecase';

type SubmissionEvent = EventOf<typeof SubmissionMissing | typeof SubmissionReceived>;

/** The monitoring flow's triggers: a missing submission opens a case, a received one may fulfil it. */
@Controller()
export class MonitoringConsumer {
  private readonly log = new Logger(MonitoringConsumer.name);

  constructor(
    private readonly open: OpenCaseForMissingSubmission,
    private readonly fulfil: FulfilOnSubmissionReceived,
  ) {}

  @EventPattern(Topics.monitoringSubmissions)
  async onSubmission(@Payload() event: SubmissionEvent): Promise<void> {
    switch (event.type) {
      case 'nl.onderwijsinspectie.monitoring.submission.missing.v1': {
        const outcome = await this.open.execute(event);
        this.log.log(
          `SubmissionMissing ${event.data.vestigingCode} ${event.data.schooljaar}: ${outcome}`,
        );
        return;
      }
      case 'nl.onderwijsinspectie.monitoring.submission.received.v1':
        await this.fulfil.execute(event);
        return;
    }
  }
}
