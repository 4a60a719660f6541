import { Injectable } from '@nestjs/common';
import type { BoardSnapshot, SchoolSnapshot, VestigingSnapshot } from '@inspectorate/contracts';
import { InjectStore, type Store, defineCollection, keepLatest } from '@inspectorate/persistence';

/**
 * Who letters go to, learned from the registry's snapshot events (never by
 * asking the registry): the board's name, postal address and correspondence
 * e-mail, the directie e-mail of each vestiging (for the afschrift), the
 * school's name and ISD contact. Each entity keeps the snapshot with the
 * highest revision; an older one (a replay from a dead-letter topic) changes
 * nothing (keepLatest, libs/persistence).
 */
export interface BoardRecipient {
  _id: string;
  revision: number;
  name: string;
  contactEmail: string | null;
  address: BoardSnapshot['address'];
  status: string;
}
export interface SchoolRecipient {
  _id: string;
  revision: number;
  name: string;
  bevoegdGezagNummer: string;
  isdContactEmail: string | null;
  status: string;
}
export interface VestigingRecipient {
  _id: string;
  revision: number;
  name: string;
  brin: string;
  bevoegdGezagNummer: string;
  directieEmail: string | null;
  status: string;
}

const fields = {
  _id: { type: String, required: true },
  revision: { type: Number, required: true },
};
export const RecipientBoards = defineCollection<BoardRecipient>({
  name: 'recipients_boards',
  fields,
});
export const RecipientSchools = defineCollection<SchoolRecipient>({
  name: 'recipients_schools',
  fields,
});
export const RecipientVestigingen = defineCollection<VestigingRecipient>({
  name: 'recipients_vestigingen',
  fields,
  indexes: [{ brin: 1 }],
});
export const RECIPIENT_COLLECTIONS = [RecipientBoards, RecipientSchools, RecipientVestigingen];

@Injectable()
export class RecipientsStore {
  constructor(
    @InjectStore(RecipientBoards) readonly boards: Store<BoardRecipient>,
    @InjectStore(RecipientSchools) readonly schools: Store<SchoolRecipient>,
    @InjectStore(RecipientVestigingen) readonly vestigingen: Store<VestigingRecipient>,
  ) {}

  async applyBoard(revision: number, b: BoardSnapshot): Promise<void> {
    await keepLatest(this.boards, b.bevoegdGezagNummer, revision, {
      name: b.name,
      contactEmail: b.contactEmail,
      address: b.address,
      status: b.status,
    });
  }

  async applySchool(revision: number, s: SchoolSnapshot): Promise<void> {
    await keepLatest(this.schools, s.brin, revision, {
      name: s.name,
      bevoegdGezagNummer: s.bevoegdGezagNummer,
      isdContactEmail: s.isdContactEmail,
      status: s.status,
    });
  }

  async applyVestiging(revision: number, v: VestigingSnapshot): Promise<void> {
    await keepLatest(this.vestigingen, v.vestigingCode, revision, {
      name: v.name,
      brin: v.brin,
      bevoegdGezagNummer: v.bevoegdGezagNummer,
      directieEmail: v.directieEmail,
      status: v.status,
    });
  }

  board(nummer: string): Promise<BoardRecipient | null> {
    return this.boards.findById(nummer);
  }

  vestiging(code: string): Promise<VestigingRecipient | null> {
    return this.vestigingen.findById(code);
  }
}
