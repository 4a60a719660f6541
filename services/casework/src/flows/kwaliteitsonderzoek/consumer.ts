import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf, type RiskFlagged, type SampleDrawn, Topics } from '@inspectorate/contracts';
import { OpenKwaliteitsonderzoek } from './open.usecase';

type RiskEvent = EventOf<typeof SampleDrawn | typeof RiskFlagged>;

/** A steekproef draw opens its kwaliteitsonderzoeken; the topic's other events are not this flow's. */
@Controller()
export class RiskConsumer {
  private readonly log = new Logger(RiskConsumer.name);

  constructor(private readonly open: OpenKwaliteitsonderzoek) {}

  @EventPattern(Topics.riskAssessments)
  async onRisk(@Payload() event: RiskEvent): Promise<void> {
    if (event.type !== 'nl.onderwijsinspectie.risk.sample.drawn.v1') return;
    const outcome = await this.open.fromSample(event);
    this.log.log(
      `SampleDrawn ${event.data.drawId}: ${outcome.opened} opened, ${outcome.duplicate} already open`,
    );
  }
}
