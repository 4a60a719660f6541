import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topics, type VestigingEvent } from '@inspectorate/contracts';
import { VestigingenReadModel } from './vestigingen.read-model';

/** Feeds the vestigingen read model from the registry's snapshot events (idempotent by revision). */
@Controller()
export class RegistryConsumer {
  private readonly log = new Logger(RegistryConsumer.name);

  constructor(private readonly vestigingen: VestigingenReadModel) {}

  @EventPattern(Topics.registryVestigingen)
  async onVestiging(@Payload() event: VestigingEvent): Promise<void> {
    // A registration from the registry's first load of the sector says
    // nothing about when the vestiging opened: treat it as never seen
    // (established), as the duty rules do for a vestiging learned from an update.
    const registered =
      event.type === 'nl.onderwijsinspectie.registry.vestiging.registered.v1' &&
      !event.data.initialLoad
        ? { at: event.time }
        : null;
    const outcome = await this.vestigingen.apply(
      event.data.revision,
      event.data.vestiging,
      registered,
    );
    if (outcome === 'stale') {
      this.log.debug?.(
        `ignored revision ${event.data.revision} of ${event.data.vestiging.vestigingCode}: a newer one is stored`,
      );
    }
  }
}
