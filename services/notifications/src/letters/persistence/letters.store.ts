import { Injectable } from '@nestjs/common';
import type { OutboxFields, PendingEvent } from '@inspectorate/messaging';
import { InjectStore, type Query, type Store, defineCollection } from '@inspectorate/persistence';
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
  /**
   * true exactly while `dueAt` is set (written in the same update): what the
   * delivery workers look up. An equality on an indexed field is an index
   * lookup on MongoDB and on our FerretDB build alike (ADR 0001), where the
   * range `dueAt <= now` alone would make FerretDB decode every letter.
   */
  due?: true;
  /** The claim of the worker processing it now; its writes are conditional on it. */
  claim?: string;
  history: Array<{ at: Date; what: string; by: string }>;
}

export const Letters = defineCollection<LetterDoc>({
  name: 'letters',
  fields: {
    _id: { type: String, required: true },
    kenmerk: { type: String, required: true },
    requestId: { type: String, required: true },
    caseId: { type: String, required: true },
    state: { type: String, enum: LETTER_STATES, required: true },
    issuedAt: { type: Date, required: true },
  },
  indexes: [
    // The kenmerk counter already makes them unique; the index makes a bug loud instead of silent.
    [{ kenmerk: 1 }, { unique: true }],
    // The delivery workers' claim: letters with work due, earliest first.
    { due: 1, dueAt: 1 },
    { state: 1, issuedAt: -1 },
    { caseId: 1, issuedAt: -1 },
    { bevoegdGezagNummer: 1, issuedAt: -1 },
  ],
  outbox: true,
});

export const LETTER_LIST_PROJECTION = { outbox: 0, text: 0, attachments: 0 } as const;

@Injectable()
export class LettersStore {
  constructor(@InjectStore(Letters) readonly store: Store<LetterDoc>) {}

  /** A new letter with its first events, in one write; a taken request id or kenmerk throws DuplicateKeyError. */
  insert(doc: LetterDoc, events: readonly PendingEvent[]): Promise<void> {
    return this.store.insert(doc, events);
  }

  /**
   * Ids of letters with work due at `now`, earliest first, at most `limit`:
   * what the delivery workers then claim one by one (`claim`). One read
   * feeds many claims: on the local FerretDB only the `due` flag comes from
   * the index, and the time condition and the sort are applied to every due
   * letter (text, attachments and all), so claiming with that filter read
   * every due letter again for each letter claimed, inside a write.
   */
  async dueIds(now: Date, limit: number): Promise<string[]> {
    const docs = await this.store.find(
      { due: true, dueAt: { $lte: now } },
      { projection: { _id: 1 }, sort: { dueAt: 1 }, limit },
    );
    return docs.map((d) => d._id);
  }

  /**
   * Claims a letter found by `dueIds` if it is still due: moves its `dueAt`
   * to `until` and sets the claim token in one conditional update by `_id`,
   * so two workers (on any replica) never take the same letter until the
   * claim expires. Null when another worker took it meanwhile.
   */
  claim(id: string, now: Date, until: Date, claim: string): Promise<LetterDoc | null> {
    return this.store.findOneAndUpdate(
      { _id: id, due: true, dueAt: { $lte: now } },
      { $set: { dueAt: until, claim } },
    );
  }

  /** A write conditional on the worker's claim (or on the state an operator saw), with its events. */
  async update(
    filter: Query,
    change: Record<string, unknown>,
    events: readonly PendingEvent[] = [],
  ) {
    return (await this.store.update(filter, change, events)).matched > 0;
  }

  /**
   * Letters with `dueAt` but without the `due` flag (written before the flag
   * existed) get it, so the workers find them. Run once at start by every
   * replica (idempotent); returns how many it marked.
   */
  async resync(): Promise<number> {
    return (
      await this.store.updateMany(
        { dueAt: { $exists: true }, due: { $exists: false } },
        { $set: { due: true } },
      )
    ).modified;
  }

  byRequestId(requestId: string): Promise<LetterDoc | null> {
    return this.store.findById(requestId, { projection: { outbox: 0 } });
  }

  byKenmerk(kenmerk: string): Promise<LetterDoc | null> {
    return this.store.findOne({ kenmerk }, { projection: { outbox: 0 } });
  }

  /** Newest first; `after` is the last letter of the previous page (cursor paging). */
  list(filter: Query, limit: number, after?: ListCursor): Promise<LetterDoc[]> {
    const page: Query = after
      ? {
          ...filter,
          $or: [
            { issuedAt: { $lt: new Date(after.at) } },
            { issuedAt: new Date(after.at), _id: { $gt: after.id } },
          ],
        }
      : filter;
    return this.store.find(page, {
      projection: LETTER_LIST_PROJECTION,
      sort: { issuedAt: -1, _id: 1 },
      limit,
    });
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

export const Inbox = defineCollection<InboxItemDoc>({
  name: 'inbox',
  fields: {
    _id: { type: String, required: true },
    owner: { type: String, enum: ['board', 'school'], required: true },
    ownerId: { type: String, required: true },
    kenmerk: { type: String, required: true },
  },
  indexes: [{ owner: 1, ownerId: 1, deliveredAt: -1 }],
});

@Injectable()
export class InboxStore {
  constructor(@InjectStore(Inbox) readonly store: Store<InboxItemDoc>) {}

  async put(items: InboxItemDoc[]): Promise<void> {
    if (items.length === 0) return;
    await this.store.bulk(
      items.map(({ _id, ...fields }) => ({
        update: { filter: { _id }, change: { $setOnInsert: fields }, upsert: true },
      })),
    );
  }

  /** Whether the letter is in the inbox of one of these boards (by _id: an index lookup on MongoDB and FerretDB alike). */
  async inBoardInbox(kenmerk: string, boards: readonly string[]): Promise<boolean> {
    if (boards.length === 0) return false;
    const ids = boards.map((board) => `${kenmerk}:board:${board}`);
    return (
      (await this.store.find({ _id: { $in: ids } }, { projection: { _id: 1 }, limit: 1 })).length >
      0
    );
  }

  /** Newest first; `after` is the last item of the previous page (cursor paging). */
  list(
    owner: 'board' | 'school',
    ownerId: string,
    limit: number,
    after?: ListCursor,
  ): Promise<InboxItemDoc[]> {
    const filter: Query = after
      ? {
          owner,
          ownerId,
          $or: [
            { deliveredAt: { $lt: new Date(after.at) } },
            { deliveredAt: new Date(after.at), _id: { $gt: after.id } },
          ],
        }
      : { owner, ownerId };
    return this.store.find(filter, { sort: { deliveredAt: -1, _id: 1 }, limit });
  }
}
