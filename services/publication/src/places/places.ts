import { Controller, Injectable } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topics, type SchoolEvent, type VestigingEvent } from '@inspectorate/contracts';
import { InjectStore, type Store, keepLatest } from '@inspectorate/persistence';
import type { KnownAddress } from '../domain/pii-gate';
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
  /**
   * Its postal address as DUO publishes it (street, house number without
   * addition, postcode): public, so the personal-data gate lets it pass even
   * where a person known to the case gave it as theirs. Null when DUO's is
   * incomplete, and absent on places kept before it was (until the next event).
   */
  address?: KnownAddress | null;
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
  address?: {
    straat: string | null;
    huisnummer: number | null;
    postcode: string | null;
  };
};

/** The registry's address as the gate compares it; null without a house number and a street or postcode. */
function publicAddress(a: Located['address']): KnownAddress | null {
  if (!a?.huisnummer || !(a.straat || a.postcode)) return null;
  return {
    houseNumber: String(a.huisnummer),
    ...(a.straat ? { street: a.straat } : {}),
    ...(a.postcode ? { postcode: a.postcode.replace(/\s+/g, '') } : {}),
  };
}

@Injectable()
export class PlacesService {
  constructor(@InjectStore(Places) private readonly places: Store<PlaceDoc>) {}

  async apply(id: string, revision: number, where: Located): Promise<void> {
    await keepLatest(this.places, id, revision, {
      sector: where.sector,
      gemeente: where.gemeente?.nummer ?? null,
      gemeenteNaam: where.gemeente?.naam ?? null,
      provincie: where.provincie ?? null,
      address: publicAddress(where.address),
    });
  }

  /** The vestiging's place, else its school's; null while the registry has told us neither. */
  async of(subject: Subject): Promise<Place | null> {
    const ids = placeIds(subject);
    if (ids.length === 0) return null;
    const docs = await this.places.find({ _id: { $in: ids } });
    const doc = ids.map((id) => docs.find((d) => d._id === id)).find((d) => d !== undefined);
    return doc
      ? { sector: doc.sector, gemeente: doc.gemeente, provincie: doc.provincie ?? null }
      : null;
  }

  /** The public addresses of the vestiging and its school, as far as the registry has told us. */
  async addressesOf(subject: Subject): Promise<KnownAddress[]> {
    const ids = placeIds(subject);
    if (ids.length === 0) return [];
    const docs = await this.places.find({ _id: { $in: ids } }, { projection: { address: 1 } });
    return docs.flatMap((d) => (d.address ? [d.address] : []));
  }
}

type Subject = { brin: string | null; vestigingCode: string | null };

const placeIds = (subject: Subject): string[] =>
  [
    subject.vestigingCode ? `vestiging:${subject.vestigingCode}` : null,
    subject.brin ? `school:${subject.brin}` : null,
  ].filter((id): id is string => id !== null);

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
