import { Injectable } from '@nestjs/common';
import { RegistryReadModel } from '../../registry/read-model';

export interface VestigingFacts {
  vestigingCode: string;
  name: string;
  brin: string;
  bevoegdGezagNummer: string;
  boardName: string | null;
  schoolName: string | null;
  sector: string;
}

/** What the flow needs to know of a vestiging; unit tests give a fake. */
export abstract class SchoolDirectory {
  abstract vestiging(code: string): Promise<VestigingFacts | null>;
}

/** From casework's registry read model (the registry's events). */
@Injectable()
export class RegistrySchools extends SchoolDirectory {
  constructor(private readonly registry: RegistryReadModel) {
    super();
  }

  async vestiging(code: string): Promise<VestigingFacts | null> {
    const v = await this.registry.vestigingen.findOne({ _id: code });
    if (!v) return null;
    const [board, school] = await Promise.all([
      this.registry.boards.findOne({ _id: v.bevoegdGezagNummer }),
      this.registry.schools.findOne({ _id: v.brin }),
    ]);
    return {
      vestigingCode: code,
      name: v.name,
      brin: v.brin,
      bevoegdGezagNummer: v.bevoegdGezagNummer,
      boardName: board?.name ?? null,
      schoolName: school?.name ?? null,
      sector: v.sector,
    };
  }
}
