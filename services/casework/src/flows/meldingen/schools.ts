import { Injectable } from '@nestjs/common';
import { RegistryReadModel } from '../../registry/read-model';

/** What a melding needs to know of the school it is about. */
export interface MeldingSchool {
  brin: string;
  name: string;
  bevoegdGezagNummer: string | null;
  sector: string | null;
  vestigingName: string | null;
}

/** The schools casework knows (its registry read model); a port, so unit tests use a fake. */
export abstract class MeldingSchools {
  abstract school(brin: string): Promise<Omit<MeldingSchool, 'vestigingName'> | null>;
  abstract vestiging(code: string): Promise<{ brin: string; name: string } | null>;
}

@Injectable()
export class RegistryMeldingSchools extends MeldingSchools {
  constructor(private readonly registry: RegistryReadModel) {
    super();
  }

  async school(brin: string) {
    const s = await this.registry.schools.findById(brin);
    return s
      ? { brin, name: s.name, bevoegdGezagNummer: s.bevoegdGezagNummer, sector: s.sector }
      : null;
  }

  async vestiging(code: string) {
    const v = await this.registry.vestigingen.findById(code);
    return v ? { brin: v.brin, name: v.name } : null;
  }
}
