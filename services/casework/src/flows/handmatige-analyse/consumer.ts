import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  type EventOf,
  RiskFlagged,
  type RiskAssessed,
  SampleDrawn,
  Topics,
} from '@inspectorate/contracts';
import { OpenKwaliteitsonderzoek } from '../kwaliteitsonderzoek/open.usecase';
import { OpenHandmatigeAnalyse } from './open.usecase';

type RiskEvent = EventOf<typeof SampleDrawn | typeof RiskFlagged | typeof RiskAssessed>;

/**
 * risk-analysis's topic, consumed once for casework (one handler per topic):
 * a RiskFlagged opens a handmatige analyse, a steekproef draw its
 * kwaliteitsonderzoeken; a RiskAssessed is not casework's. A message that
 * is not a valid event of the contract never reaches here: the consumer
 * dead-letters it (ADR 0005).
 */
@Controller()
export class RiskConsumer {
  private readonly log = new Logger(RiskConsumer.name);

  constructor(
    private readonly analyses: OpenHandmatigeAnalyse,
    private readonly investigations: OpenKwaliteitsonderzoek,
  ) {}

  @EventPattern(Topics.riskAssessments)
  async onRisk(@Payload() event: RiskEvent): Promise<void> {
    if (event.type === RiskFlagged.type) {
      const flagged = event as EventOf<typeof RiskFlagged>;
      const { outcome, caseId } = await this.analyses.fromFlag(flagged);
      this.log.log(
        `RiskFlagged ${flagged.data.subjectId} (${flagged.data.asOf}): ${outcome} ${caseId}`,
      );
    } else if (event.type === SampleDrawn.type) {
      const draw = event as EventOf<typeof SampleDrawn>;
      const outcome = await this.investigations.fromSample(draw);
      this.log.log(
        `SampleDrawn ${draw.data.drawId}: ${outcome.opened} opened, ${outcome.duplicate} already open`,
      );
    }
  }
}
