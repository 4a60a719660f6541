import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CaseClosed,
  CaseEscalated,
  CaseOpened,
  type EventOf,
  HerstelopdrachtIssued,
  HerstelopdrachtOutcomeDetermined,
  MeldingRegistered,
  RapportVastgesteld,
  SubmissionMissing,
  type SubmissionReceived,
  type caseworkEvents,
  Topics,
  VertrouwensdossiersCounted,
  type BoardEvent,
  type VestigingEvent,
} from '@inspectorate/contracts';
import { ReadModels } from './read-models';

type SubmissionEvent = EventOf<typeof SubmissionReceived | typeof SubmissionMissing>;
type CaseEvent = EventOf<(typeof caseworkEvents)[number]>;

/**
 * Feeds the read models a run reads. The event server checks every message
 * against its contract first; what breaks it goes to the dead-letter topic
 * of this group (libs/messaging). Every handler is idempotent: snapshots
 * keep the highest revision, outcomes, meldingen, counts and reports are
 * keyed by case (or school and month).
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
  async onCase(@Payload() event: CaseEvent): Promise<void> {
    // What the model reads of casework: herstelopdracht outcomes, meldingen,
    // the anonymous vertrouwensdossier counts, reports with their
    // eindoordeel, and the investigations opened and closed (the sko's
    // exclusions).
    switch (event.type) {
      case HerstelopdrachtOutcomeDetermined.type:
        return this.models.herstel(event.data);
      case MeldingRegistered.type:
        return this.models.melding(event.data);
      case VertrouwensdossiersCounted.type:
        return this.models.vertrouwens(event.data);
      case RapportVastgesteld.type:
        return this.models.rapport(event.data);
      case CaseOpened.type:
        return this.models.opened(event.data);
      case CaseClosed.type:
        return this.models.closed(event.data);
      case HerstelopdrachtIssued.type:
      case CaseEscalated.type:
        // An order given and an escalation carry nothing a run reads (the outcome does).
        return;
    }
  }
}
