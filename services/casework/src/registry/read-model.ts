import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { BoardSnapshot, SchoolSnapshot, VestigingSnapshot } from '@inspectorate/contracts';
import type { Collection, Document } from 'mongodb';
import type { Connection } from 'mongoose';

/**
 * What casework knows of the registry, learned from its events (never by
 * calling it): names and codes for case subjects, letters and queues.
 * Each entity keeps the snapshot with the highest revision; an older one (a
 * replay from a dead-letter topic) changes nothing.
 */
export interface BoardView extends Document {
  _id: string;
  name: string;
  status: string;
  revision: number;
}
export interface SchoolView extends Document {
  _id: string;
  name: string;
  bevoegdGezagNummer: string;
  sector: string;
  status: string;
  revision: number;
}
export interface VestigingView extends Document {
  _id: string;
  name: string;
  brin: string;
  bevoegdGezagNummer: string;
  sector: string;
  plaats: string | null;
  status: string;
  revision: number;
}

@Injectable()
export class RegistryReadModel {
  readonly boards: Collection<BoardView>;
  readonly schools: Collection<SchoolView>;
  readonly vestigingen: Collection<VestigingView>;

  constructor(@InjectConnection() connection: Connection) {
    const db = connection.db!;
    this.boards = db.collection<BoardView>('registry_boards');
    this.schools = db.collection<SchoolView>('registry_schools');
    this.vestigingen = db.collection<VestigingView>('registry_vestigingen');
  }

  applyBoard(revision: number, b: BoardSnapshot): Promise<void> {
    return keepLatest(this.boards, b.bevoegdGezagNummer, revision, {
      name: b.name,
      status: b.status,
    });
  }

  applySchool(revision: number, s: SchoolSnapshot): Promise<void> {
    return keepLatest(this.schools, s.brin, revision, {
      name: s.name,
      bevoegdGezagNummer: s.bevoegdGezagNummer,
      sector: s.sector,
      status: s.status,
    });
  }

  applyVestiging(revision: number, v: VestigingSnapshot): Promise<void> {
    return keepLatest(this.vestigingen, v.vestigingCode, revision, {
      name: v.name,
      brin: v.brin,
      bevoegdGezagNummer: v.bevoegdGezagNummer,
      sector: v.sector,
      plaats: v.address.plaats,
      status: v.status,
    });
  }
}

/**
 * Newer revision wins, without a transaction and safe under concurrent
 * replicas: update where the stored revision is lower; if nothing matched,
 * insert; a duplicate key there means a revision at least as new is stored.
 */
async function keepLatest<T extends Document & { _id: string; revision: number }>(
  collection: Collection<T>,
  id: string,
  revision: number,
  fields: Omit<T, '_id' | 'revision'>,
): Promise<void> {
  const filter = { _id: id, revision: { $lt: revision } } as never;
  const updated = await collection.updateOne(filter, { $set: { ...fields, revision } } as never);
  if (updated.matchedCount > 0) return;
  try {
    await collection.insertOne({ _id: id, ...fields, revision } as never);
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
  }
}
