import { randomUUID } from 'node:crypto';
import type { Collection, Document } from 'mongodb';
import { type OutboxEntry, type PendingEvent, toOutboxEntries } from './outbox';

/**
 * The outbox of INSERTED documents, kept apart (ADR 0002, "Inserts: the
 * events apart"). The relay clears an embedded outbox by rewriting the
 * aggregate, and on the local FerretDB a rewrite decodes and encodes the whole
 * document: more than the insert it follows. So a collection may put the
 * events of its inserts in small documents of a collection of their own
 * (`outbox_<collection>`), which the relay deletes after publishing, and
 * never touch the aggregate again.
 *
 * Without transactions the two writes cannot be one, so the order and a mark
 * make them safe:
 *
 * 1. the entries are inserted first, each naming its aggregate and the write
 *    (`write`, a fresh id) they belong to;
 * 2. the aggregate is inserted carrying that write id (`outboxWrite`).
 *
 * An entry is published only once its aggregate carries its write id: a
 * writer that died between 1 and 2, or whose insert collided with another
 * creator's, leaves entries whose write never landed, and those are never
 * published (no event announces a change that was not stored). A writer that
 * dies after 2 leaves its entries in place, and the relay's next look finds
 * them (no event lost).
 */
export interface ApartEntry {
  /** `<write>:<seq>`: unique, so a retried write with the same event ids never collides. */
  _id: string;
  /** The aggregate's `_id`. */
  aggregate: unknown;
  /** The write the entry belongs to; the aggregate carries it once the write landed. */
  write: string;
  /** Position in the write (events of one write leave in this order). */
  seq: number;
  /** How many entries the write has (a batch that read only some of them reads the rest). */
  of: number;
  entry: OutboxEntry;
  createdAt: Date;
}

/** The field of an aggregate that names the write its apart entries belong to. */
export const OUTBOX_WRITE = 'outboxWrite';

/** Where the apart entries of a collection's inserts live. */
export function apartCollectionOf(collection: string): string {
  return `outbox_${collection}`;
}

/**
 * Entries whose aggregate has not appeared after this long are taken for a
 * writer that died between its two writes, and deleted unpublished. A writer
 * whose own insert landed later than half of it writes its entries again
 * (`rewriteIfLate`), so only a write stalled for half an hour AND a crash
 * right after it could lose its events; the clocks of the replicas may differ
 * by up to that half.
 */
export const ORPHAN_AFTER_MS = 60 * 60 * 1000;

export interface InsertApart<D> {
  /** The document to insert: as given, plus the write id. */
  doc: D & { outboxWrite: string };
  /** The entries to insert first. */
  entries: ApartEntry[];
}

/** A document inserted with its events apart: what to write, in which order. */
export function newWithEventsApart<D extends { _id: unknown }>(
  doc: D,
  events: readonly PendingEvent[],
): InsertApart<D> {
  const write = randomUUID();
  const outbox = toOutboxEntries(events);
  const createdAt = outbox[0]?.createdAt ?? new Date();
  return {
    doc: { ...doc, [OUTBOX_WRITE]: write } as D & { outboxWrite: string },
    entries: outbox.map((entry, seq) => ({
      _id: `${write}:${seq}`,
      aggregate: doc._id,
      write,
      seq,
      of: outbox.length,
      entry,
      createdAt,
    })),
  };
}

/**
 * Step 1 of an insert with its events apart: the entries, before the
 * aggregates. Returns when they were written, for `rewriteIfLate`.
 */
export async function writeApartEntries(
  apart: Collection<Document>,
  entries: readonly ApartEntry[],
): Promise<number> {
  const started = Date.now();
  if (entries.length > 0) await apart.insertMany(entries as never[], { ordered: false });
  return started;
}

/**
 * After the aggregates landed: if that took longer than half the orphan age,
 * a relay may have deleted the entries as orphans meanwhile; write them
 * again (one already there is a duplicate key, which is what we want).
 */
export async function rewriteIfLate(
  apart: Collection<Document>,
  entries: readonly ApartEntry[],
  startedAt: number,
  orphanAfterMs = ORPHAN_AFTER_MS,
): Promise<void> {
  if (entries.length === 0 || Date.now() - startedAt <= orphanAfterMs / 2) return;
  await apart.insertMany(entries as never[], { ordered: false }).catch((error: unknown) => {
    const code = (error as { code?: number }).code;
    const statementErrors = (error as { writeErrors?: { code?: number }[] }).writeErrors;
    const onlyDuplicates = code === 11000 || (statementErrors ?? []).every((e) => e.code === 11000);
    if (!onlyDuplicates) throw error;
  });
}

/** Removes the entries of writes whose aggregate did not land (the writer knows: a duplicate key). */
export async function dropApartEntries(
  apart: Collection<Document>,
  entries: readonly ApartEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  // Best effort: left behind, they are orphans the relay deletes after verifying.
  await apart
    .deleteMany({ _id: { $in: entries.map((e) => e._id) } } as never)
    .catch(() => undefined);
}

/** What the relay does with apart entries it read. */
export interface ApartRound {
  /** Per aggregate, its landed write's entries in order: publish, then delete. */
  ready: { aggregate: unknown; write: string; entries: ApartEntry[] }[];
  /** Entries whose write did not land (or long gone): delete unpublished. */
  orphans: string[];
  /** Entries whose aggregate is not there yet (the writer is between its writes): left. */
  waiting: number;
  /** How many entries the round read (fewer than the limit: there are no more). */
  read: number;
  /** Every entry read is one this replica is writing now (so are, most likely, those after them). */
  allInFlight: boolean;
}

/**
 * Reads up to `limit` apart entries (after the `skip` that are waiting) and
 * sorts them: those whose aggregate carries their write are ready, in write
 * order, with the rest of their write read if the batch cut it; those whose
 * aggregate carries another write (or none) are orphans, and so are those
 * whose aggregate is missing past the orphan age.
 */
export async function readApartRound(
  apart: Collection<Document>,
  domain: Collection<Document>,
  options: {
    limit: number;
    skip: number;
    orphanAfterMs: number;
    now?: number;
    /** Entries this replica is writing now: its own handover brings them, so they are not read back. */
    inFlight?: ReadonlySet<string>;
  },
): Promise<ApartRound> {
  const all = (await apart
    .find({}, { limit: options.limit, skip: options.skip, batchSize: options.limit })
    .toArray()) as unknown as ApartEntry[];
  const read = all.filter((e) => !options.inFlight?.has(e._id));
  const round: ApartRound = {
    ready: [],
    orphans: [],
    waiting: all.length - read.length,
    read: all.length,
    allInFlight: all.length > 0 && read.length === 0,
  };
  if (read.length === 0) return round;
  const aggregates = [...new Set(read.map((e) => e.aggregate))];
  const landed = new Map<unknown, unknown>();
  for (const doc of await domain
    .find({ _id: { $in: aggregates } } as never, {
      projection: { [OUTBOX_WRITE]: 1 },
      batchSize: aggregates.length,
    })
    .toArray())
    landed.set(doc._id, doc[OUTBOX_WRITE] ?? null);
  const now = options.now ?? Date.now();
  const byWrite = new Map<string, ApartEntry[]>();
  for (const e of read) {
    if (!landed.has(e.aggregate)) {
      if (now - new Date(e.createdAt).getTime() > options.orphanAfterMs) round.orphans.push(e._id);
      else round.waiting += 1;
    } else if (landed.get(e.aggregate) !== e.write) round.orphans.push(e._id);
    else byWrite.set(e.write, [...(byWrite.get(e.write) ?? []), e]);
  }
  const cut = [...byWrite].filter(([, entries]) => entries.length < entries[0]!.of);
  if (cut.length > 0) {
    // The limit cut a write: read the rest of it, so its events leave together and in order.
    const rest = (await apart
      .find({ aggregate: { $in: cut.map(([, e]) => e[0]!.aggregate) } } as never, {
        batchSize: options.limit,
      })
      .toArray()) as unknown as ApartEntry[];
    for (const [write] of cut)
      byWrite.set(
        write,
        rest.filter((e) => e.write === write),
      );
  }
  for (const [write, entries] of byWrite) {
    entries.sort((a, b) => a.seq - b.seq);
    round.ready.push({ aggregate: entries[0]!.aggregate, write, entries });
  }
  return round;
}

/** The aggregates among `ids` that still have apart entries (their inserts' events go first). */
export async function withApartEntries(
  apart: Collection<Document>,
  ids: readonly unknown[],
): Promise<Set<unknown>> {
  if (ids.length === 0) return new Set();
  const found = await apart
    .find({ aggregate: { $in: [...ids] } } as never, {
      projection: { aggregate: 1 },
      batchSize: 10_000,
    })
    .toArray();
  return new Set(found.map((e) => e['aggregate']));
}
