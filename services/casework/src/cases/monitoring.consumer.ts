import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  type EventOf,
  type SubmissionMissing,
  type SubmissionReceived,
  Topics,
} from '@inspectorate/contracts';
import { CasesService } from './cases.service';

type SubmissionEvent = EventOf<typeof SubmissionMissing | typeof SubmissionReceived>;

/** The monitoring flow's triggers: a missing submission opens a case, a received one may fulfil it. */
@Controller()
export class MonitoringConsumer {
  private readonly log = new Logger(MonitoringConsumer.name);

  constructor(private readonly cases: CasesService) {}

  @EventPattern(Topics.monitoringSubmissions)
  async onSubmission(@Payload() event: SubmissionEvent): Promise<void> {
    switch (event.type) {
      case 'nl.onderwijsinspectie.monitoring.submission.missing.v1': {
        const outcome = await this.cases.openForMissingSubmission(event);
        this.log.log(
          `SubmissionMissing ${event.data.vestigingCode} ${event.data.schooljaar}: ${outcome}`,
        );
        return;
      }
      case 'nl.onderwijsinspectie.monitoring.submission.received.v1':
        await this.cases.onSubmissionReceived(event);
        return;
    }
  }
}
