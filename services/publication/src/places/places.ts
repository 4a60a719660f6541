import { Controller, Injectable } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topics, type SchoolEvent, type VestigingEvent } from '@inspectorate/contracts';
import { InjectStore, type Store, keepLatest } from '@inspectorate/persistence';
import { Places } from '../persistence/collections';

/**
 * Where a school or vestiging is, as the registry's events say: its sector
 * and gemeente (CBS code), public facts about the school, kept for the public
 * API's sector and gemeente filters. `school:<brin>` or `vestiging:<code>`;
 * the highest revision wins (keepLatest).
 */
export interface PlaceDoc {
  _id: string;
  sector: string;
  gemeente: string | null;
  gemeenteNaam: string | null;
  revision: number;
}

/** What an item keeps of its place (null fields: not known). */
export interface Place {
  sector: string | null;
  gemeente: string | null;
}

type Located = { sector: string; gemeente: { nummer: string; naam: string } | null };

@Injectable()
export class PlacesService {
  constructor(@InjectStore(Places) private readonly places: Store<PlaceDoc>) {}

  async apply(id: string, revision: number, where: Located): Promise<void> {
    await keepLatest(this.places, id, revision, {
      sector: where.sector,
      gemeente: where.gemeente?.nummer ?? null,
      gemeenteNaam: where.gemeente?.naam ?? null,
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
    return doc ? { sector: doc.sector, gemeente: doc.gemeente } : null;
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
