import { Injectable } from '@nestjs/common';
import { RegistryReadModel } from '../../registry/read-model';
import type { BoardForPlanning } from './rules';

/** What the flow needs to know of boards; unit tests give a fake. */
export abstract class BoardDirectory {
  /** Every open board (the planning covers all of them). */
  abstract openBoards(): Promise<BoardForPlanning[]>;
  abstract board(bevoegdGezagNummer: string): Promise<BoardForPlanning | null>;
  /** The board of a vestiging, to check a verificatie-activiteit is at one of its schools. */
  abstract boardOfVestiging(vestigingCode: string): Promise<string | null>;
}

/** From casework's registry read model (the registry's events, never a call). */
@Injectable()
export class RegistryBoardDirectory extends BoardDirectory {
  constructor(private readonly registry: RegistryReadModel) {
    super();
  }

  async openBoards(): Promise<BoardForPlanning[]> {
    // About 1,500 boards nationally: one read of two fields each.
    const boards = await this.registry.boards.find(
      { status: 'open' },
      { projection: { _id: 1, name: 1 } },
    );
    return boards.map((b) => ({ bevoegdGezagNummer: b._id, name: b.name }));
  }

  async board(bevoegdGezagNummer: string): Promise<BoardForPlanning | null> {
    const b = await this.registry.boards.findOne({ _id: bevoegdGezagNummer });
    return b && b.status === 'open' ? { bevoegdGezagNummer: b._id, name: b.name } : null;
  }

  async boardOfVestiging(vestigingCode: string): Promise<string | null> {
    return (
      (await this.registry.vestigingen.findOne({ _id: vestigingCode }))?.bevoegdGezagNummer ?? null
    );
  }
}
