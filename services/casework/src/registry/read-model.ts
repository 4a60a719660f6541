import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { BoardSnapshot, SchoolSnapshot, VestigingSnapshot } from '@inspectorate/contracts';
import {
  MongoStore,
  type Store,
  databaseOf,
  defineCollection,
  keepLatest,
} from '@inspectorate/persistence';
import type { Connection } from 'mongoose';

/**
 * What casework knows of the registry, learned from its events (never by
 * calling it): names and codes for case subjects, letters and queues.
 * Each entity keeps the snapshot with the highest revision; an older one (a
 * replay from a dead-letter topic) changes nothing (keepLatest, libs/persistence).
 */
export interface BoardView {
  _id: string;
  name: string;
  status: string;
  revision: number;
}
export interface SchoolView {
  _id: string;
  name: string;
  bevoegdGezagNummer: string;
  sector: string;
  status: string;
  revision: number;
}
export interface VestigingView {
  _id: string;
  name: string;
  brin: string;
  bevoegdGezagNummer: string;
  sector: string;
  plaats: string | null;
  status: string;
  revision: number;
}

const fields = {
  _id: { type: String, required: true },
  revision: { type: Number, required: true },
};
export const RegistryBoards = defineCollection<BoardView>({ name: 'registry_boards', fields });
export const RegistrySchools = defineCollection<SchoolView>({ name: 'registry_schools', fields });
export const RegistryVestigingen = defineCollection<VestigingView>({
  name: 'registry_vestigingen',
  fields,
});

@Injectable()
export class RegistryReadModel {
  readonly boards: Store<BoardView>;
  readonly schools: Store<SchoolView>;
  readonly vestigingen: Store<VestigingView>;

  // Built here rather than with PersistenceModule.forFeature so that the
  // casework module need not change: these collections declare no index and
  // carry no outbox, so there is nothing to do at start.
  constructor(@InjectConnection() connection: Connection) {
    const db = () => databaseOf(connection);
    this.boards = new MongoStore(db, RegistryBoards, null);
    this.schools = new MongoStore(db, RegistrySchools, null);
    this.vestigingen = new MongoStore(db, RegistryVestigingen, null);
  }

  async applyBoard(revision: number, b: BoardSnapshot): Promise<void> {
    await keepLatest(this.boards, b.bevoegdGezagNummer, revision, {
      name: b.name,
      status: b.status,
    });
  }

  async applySchool(revision: number, s: SchoolSnapshot): Promise<void> {
    await keepLatest(this.schools, s.brin, revision, {
      name: s.name,
      bevoegdGezagNummer: s.bevoegdGezagNummer,
      sector: s.sector,
      status: s.status,
    });
  }

  async applyVestiging(revision: number, v: VestigingSnapshot): Promise<void> {
    await keepLatest(this.vestigingen, v.vestigingCode, revision, {
      name: v.name,
      brin: v.brin,
      bevoegdGezagNummer: v.bevoegdGezagNummer,
      sector: v.sector,
      plaats: v.address.plaats,
      status: v.status,
    });
  }
}
