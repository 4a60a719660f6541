import { Controller, Injectable } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topics, type SchoolEvent, type VestigingEvent } from '@inspectorate/contracts';
import { InjectStore, type Store, keepLatest } from '@inspectorate/persistence';
import { Places } from '../persistence/collections';

/**
 * Where a school or vestiging is, as the registry's events say: its sector,
 * gemeente (CBS code) and provincie (as DUO writes it), public facts about
 * the school, kept for the public API's filters and the open data's columns.
 * `school:<brin>` or `vestiging:<code>`; the highest revision wins (keepLatest).
 */
export interface PlaceDoc {
  _id: string;
  sector: string;
  gemeente: string | null;
  gemeenteNaam: string | null;
  provincie: string | null;
  revision: number;
}

/**
 * What an item keeps of its place (null fields: not known). `provincie` is
 * absent on places kept before the registry's events carried it: not known.
 */
export interface Place {
  sector: string | null;
  gemeente: string | null;
  provincie?: string | null;
}

type Located = {
  sector: string;
  gemeente: { nummer: string; naam: string } | null;
  // Optional in the registry's contract: its events from before it have none.
  provincie?: string | null;
};

@Injectable()
export class PlacesService {
  constructor(@InjectStore(Places) private readonly places: Store<PlaceDoc>) {}

  async apply(id: string, revision: number, where: Located): Promise<void> {
    await keepLatest(this.places, id, revision, {
      sector: where.sector,
      gemeente: where.gemeente?.nummer ?? null,
      gemeenteNaam: where.gemeente?.naam ?? null,
      provincie: where.provincie ?? null,
    });
  }

  /** The vestiging's place, else its school's; null while the registry has told us neither. */
  async of(subject: { brin: string | null; vestigingCode: string | null }): Promise<Place | null> {
    const ids = [
      subject.vestigingCode ? `vestiging:${subject.vestigingCode}` : null,
      subject.brin ? `school:${subject.brin}` : null,
    ].filter((id): id is string => id !== null);
    if (ids.length === 0) return null;
    const docs = await this.places.find({ _id: { $in: ids } });
    const doc = ids.map((id) => docs.find((d) => d._id === id)).find((d) => d !== undefined);
    return doc
      ? { sector: doc.sector, gemeente: doc.gemeente, provincie: doc.provincie ?? null }
      : null;
  }
}

/** The registry's schools and vestigingen, for their places only (nothing else is kept). */
@Controller()
export class RegistryConsumer {
  constructor(private readonly places: PlacesService) {}

  @EventPattern(Topics.registrySchools)
  onSchool(@Payload() event: SchoolEvent): Promise<void> {
    const s = event.data.school;
    return this.places.apply(`school:${s.brin}`, event.data.revision, s);
  }

  @EventPattern(Topics.registryVestigingen)
  onVestiging(@Payload() event: VestigingEvent): Promise<void> {
    const v = event.data.vestiging;
    return this.places.apply(`vestiging:${v.vestigingCode}`, event.data.revision, v);
  }
}
