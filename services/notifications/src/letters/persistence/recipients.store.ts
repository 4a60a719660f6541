import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { BoardSnapshot, SchoolSnapshot, VestigingSnapshot } from '@inspectorate/contracts';
import type { Collection, Document } from 'mongodb';
import type { Connection } from 'mongoose';

/**
 * Who letters go to, learned from the registry's snapshot events (never by
 * asking the registry): the board's name, postal address and correspondence
 * e-mail, the directie e-mail of each vestiging (for the afschrift), the
 * school's name and ISD contact. Each entity keeps the snapshot with the
 * highest revision; an older one (a replay from a dead-letter topic) changes
 * nothing.
 */
export interface BoardRecipient extends Document {
  _id: string;
  revision: number;
  name: string;
  contactEmail: string | null;
  address: BoardSnapshot['address'];
  status: string;
}
export interface SchoolRecipient extends Document {
  _id: string;
  revision: number;
  name: string;
  bevoegdGezagNummer: string;
  isdContactEmail: string | null;
  status: string;
}
export interface VestigingRecipient extends Document {
  _id: string;
  revision: number;
  name: string;
  brin: string;
  bevoegdGezagNummer: string;
  directieEmail: string | null;
  status: string;
}

@Injectable()
export class RecipientsStore implements OnModuleInit {
  readonly boards: Collection<BoardRecipient>;
  readonly schools: Collection<SchoolRecipient>;
  readonly vestigingen: Collection<VestigingRecipient>;

  constructor(@InjectConnection() connection: Connection) {
    const db = connection.db!;
    this.boards = db.collection<BoardRecipient>('recipients_boards');
    this.schools = db.collection<SchoolRecipient>('recipients_schools');
    this.vestigingen = db.collection<VestigingRecipient>('recipients_vestigingen');
  }

  async onModuleInit(): Promise<void> {
    await this.vestigingen.createIndex({ brin: 1 });
  }

  applyBoard(revision: number, b: BoardSnapshot): Promise<void> {
    return keepLatest(this.boards, b.bevoegdGezagNummer, revision, {
      name: b.name,
      contactEmail: b.contactEmail,
      address: b.address,
      status: b.status,
    });
  }

  applySchool(revision: number, s: SchoolSnapshot): Promise<void> {
    return keepLatest(this.schools, s.brin, revision, {
      name: s.name,
      bevoegdGezagNummer: s.bevoegdGezagNummer,
      isdContactEmail: s.isdContactEmail,
      status: s.status,
    });
  }

  applyVestiging(revision: number, v: VestigingSnapshot): Promise<void> {
    return keepLatest(this.vestigingen, v.vestigingCode, revision, {
      name: v.name,
      brin: v.brin,
      bevoegdGezagNummer: v.bevoegdGezagNummer,
      directieEmail: v.directieEmail,
      status: v.status,
    });
  }

  board(nummer: string): Promise<BoardRecipient | null> {
    return this.boards.findOne({ _id: nummer });
  }

  vestiging(code: string): Promise<VestigingRecipient | null> {
    return this.vestigingen.findOne({ _id: code });
  }
}

/**
 * Newer revision wins, safe under concurrent replicas without a transaction:
 * update where the stored revision is lower; if nothing matched, insert; a
 * duplicate key there means a revision at least as new is already stored.
 */
async function keepLatest<T extends Document & { _id: string; revision: number }>(
  collection: Collection<T>,
  id: string,
  revision: number,
  fields: Omit<T, '_id' | 'revision'>,
): Promise<void> {
  const updated = await collection.updateOne(
    { _id: id, revision: { $lt: revision } } as never,
    { $set: { ...fields, revision } } as never,
  );
  if (updated.matchedCount > 0) return;
  try {
    await collection.insertOne({ _id: id, ...fields, revision } as never);
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
  }
}
