import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { type OutboxFields, WRITE_CHUNK } from '@inspectorate/messaging';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { Attachment, LetterText } from '../domain/letter';
import type { PersonAddressee } from '../usecases/recipients';

/**
 * sending: on its way (portal and/or mail pending, retries included);
 * sent: delivered on every channel;
 * blocked: the mail cannot be sent (no correspondence address, board unknown):
 *   an operator resends once the registry has the address;
 * failed: SMTP kept failing until the last try: an operator resends.
 */
export const LETTER_STATES = ['sending', 'sent', 'blocked', 'failed'] as const;
export type LetterState = (typeof LETTER_STATES)[number];

export interface MailDelivery {
  status: 'pending' | 'sent' | 'blocked' | 'failed';
  to: string | null;
  cc: string[];
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  sentAt: Date | null;
}

export interface PortalDelivery {
  /** none: a letter to a person, which goes into no ISD inbox. */
  status: 'pending' | 'sent' | 'none';
  /** Inboxes the letter goes into: the board's, and the school's when the letter is about one. */
  inboxes: Array<{ owner: 'board' | 'school'; id: string }>;
  sentAt: Date | null;
}

export interface LetterDoc extends OutboxFields {
  /** The request id: a redelivered command finds its letter by it and never makes a second. */
  _id: string;
  kenmerk: string;
  requestId: string;
  caseId: string;
  template: string;
  templateVersion: number;
  /** The board the letter went to; null for a letter to a person. */
  bevoegdGezagNummer: string | null;
  /** The person the letter went to instead of the board (a complainant); absent or null otherwise. */
  addressee?: PersonAddressee | null;
  brin: string | null;
  vestigingCode: string | null;
  afschriftAanDirectie: boolean;
  issuedAt: Date;
  correlationId: string;
  text: LetterText;
  attachments: Attachment[];
  state: LetterState;
  /** Why the letter is blocked (`no-address: ...`); null otherwise. */
  blockedReason: string | null;
  /** Things an operator should know that did not stop the letter (e.g. no directie address for the afschrift). */
  warnings: string[];
  mail: MailDelivery;
  portal: PortalDelivery;
  /** When a delivery worker should next look at the letter; absent when nothing is due. Claiming moves it forward. */
  dueAt?: Date;
  /** The claim of the worker processing it now; its writes are conditional on it. */
  claim?: string;
  history: Array<{ at: Date; what: string; by: string }>;
}

/**
 * `letter_schedule`: one small document per letter that has delivery work
 * due, `{ _id: letter id, dueAt }`. The letter's own `dueAt` is the truth;
 * this is where the delivery workers look for it. On MongoDB the index on
 * `letters.dueAt` would do, but FerretDB answers any filter other than `_id`
 * by decoding every document (ADR 0001), and letters are large (text,
 * attachments): claiming one letter among 800 took a second. Claiming from
 * the schedule decodes only these small documents.
 */
export interface ScheduleDoc {
  _id: string;
  dueAt: Date;
}

@Injectable()
export class LettersStore {
  readonly collection: Collection<LetterDoc>;
  readonly schedule: Collection<ScheduleDoc>;

  constructor(@InjectConnection() connection: Connection) {
    this.collection = connection.db!.collection<LetterDoc>('letters');
    this.schedule = connection.db!.collection<ScheduleDoc>('letter_schedule');
  }

  /**
   * Mirrors a letter's `dueAt` into the schedule: call after every write that
   * sets or removes it. A call lost to a crash is repaired by `resync`.
   */
  async scheduleAt(letterId: string, dueAt: Date | null | undefined): Promise<void> {
    if (dueAt)
      await this.schedule.updateOne({ _id: letterId }, { $set: { dueAt } }, { upsert: true });
    else await this.schedule.deleteOne({ _id: letterId });
  }

  /**
   * Puts every letter with `dueAt` into the schedule (the slow, complete way:
   * a scan of the letters). Run at start and now and then by each replica.
   */
  async resync(): Promise<number> {
    const due = await this.collection
      .find({ dueAt: { $exists: true } }, { projection: { dueAt: 1 } })
      .toArray();
    const known = new Set(
      (
        await this.schedule
          .find({ _id: { $in: due.map((d) => d._id) } }, { projection: { _id: 1 } })
          .toArray()
      ).map((d) => d._id),
    );
    const missing = due.filter((d) => !known.has(d._id));
    for (let i = 0; i < missing.length; i += WRITE_CHUNK) {
      await this.schedule.bulkWrite(
        missing.slice(i, i + WRITE_CHUNK).map((d) => ({
          updateOne: {
            filter: { _id: d._id },
            update: { $setOnInsert: { dueAt: d.dueAt! } },
            upsert: true,
          },
        })),
        { ordered: false },
      );
    }
    return missing.length;
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all([
      // The kenmerk counter already makes them unique; the index makes a bug loud instead of silent.
      this.collection.createIndex({ kenmerk: 1 }, { unique: true }),
      this.collection.createIndex({ dueAt: 1 }),
      this.schedule.createIndex({ dueAt: 1 }),
      this.collection.createIndex({ state: 1, issuedAt: -1 }),
      this.collection.createIndex({ caseId: 1, issuedAt: -1 }),
      this.collection.createIndex({ bevoegdGezagNummer: 1, issuedAt: -1 }),
    ]);
  }

  byRequestId(requestId: string): Promise<LetterDoc | null> {
    return this.collection.findOne({ _id: requestId }, { projection: { outbox: 0 } });
  }

  byKenmerk(kenmerk: string): Promise<LetterDoc | null> {
    return this.collection.findOne({ kenmerk }, { projection: { outbox: 0 } });
  }

  /** Newest first; `after` is the last letter of the previous page (cursor paging). */
  list(filter: Filter<LetterDoc>, limit: number, after?: ListCursor): Promise<LetterDoc[]> {
    const page: Filter<LetterDoc> = after
      ? {
          ...filter,
          $or: [
            { issuedAt: { $lt: new Date(after.at) } },
            { issuedAt: new Date(after.at), _id: { $gt: after.id } },
          ],
        }
      : filter;
    return this.collection
      .find(page, { projection: { outbox: 0, text: 0, attachments: 0 } })
      .sort({ issuedAt: -1, _id: 1 })
      .limit(limit)
      .toArray();
  }
}

/** Where a newest-first list continues: the last item's time and id. */
export interface ListCursor {
  at: string;
  id: string;
}

export interface InboxItemDoc {
  /** `<kenmerk>:<owner>:<id>`: putting a letter into an inbox twice changes nothing. */
  _id: string;
  owner: 'board' | 'school';
  ownerId: string;
  kenmerk: string;
  caseId: string;
  subject: string;
  template: string;
  /** The school's inbox gets the afschrift; the board's the letter itself. */
  afschrift: boolean;
  files: string[];
  deliveredAt: Date;
}

@Injectable()
export class InboxStore {
  readonly collection: Collection<InboxItemDoc>;

  constructor(@InjectConnection() connection: Connection) {
    this.collection = connection.db!.collection<InboxItemDoc>('inbox');
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ owner: 1, ownerId: 1, deliveredAt: -1 });
  }

  async put(items: InboxItemDoc[]): Promise<void> {
    if (items.length === 0) return;
    await this.collection.bulkWrite(
      items.map(({ _id, ...fields }) => ({
        updateOne: { filter: { _id }, update: { $setOnInsert: fields }, upsert: true },
      })),
      { ordered: false },
    );
  }

  /** Newest first; `after` is the last item of the previous page (cursor paging). */
  list(
    owner: 'board' | 'school',
    ownerId: string,
    limit: number,
    after?: ListCursor,
  ): Promise<InboxItemDoc[]> {
    const filter: Filter<InboxItemDoc> = after
      ? {
          owner,
          ownerId,
          $or: [
            { deliveredAt: { $lt: new Date(after.at) } },
            { deliveredAt: new Date(after.at), _id: { $gt: after.id } },
          ],
        }
      : { owner, ownerId };
    return this.collection.find(filter).sort({ deliveredAt: -1, _id: 1 }).limit(limit).toArray();
  }
}
