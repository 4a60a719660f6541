import { Injectable } from '@nestjs/common';
import { RegistryReadModel } from '../../registry/read-model';
import { SubjectDirectory } from './subjects';

/** The subject names from casework's registry read model. */
@Injectable()
export class RegistrySubjects extends SubjectDirectory {
  constructor(private readonly registry: RegistryReadModel) {
    super();
  }

  vestiging(code: string) {
    return this.registry.vestigingen.findOne({ _id: code });
  }

  board(bevoegdGezagNummer: string) {
    return this.registry.boards.findOne({ _id: bevoegdGezagNummer });
  }

  school(brin: string) {
    return this.registry.schools.findOne({ _id: brin });
  }
}
