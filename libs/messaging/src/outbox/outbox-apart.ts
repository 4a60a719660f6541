import { randomUUID } from 'node:crypto';
import type { Collection, Document } from 'mongodb';
import { type OutboxEntry, type PendingEvent, toOutboxEntries } from './outbox';

/**
 * The outbox of INSERTED documents, kept apart (ADR 0002, "Inserts: the
 * events apart"). The relay clears an embedded outbox by rewriting the
 * aggregate, and on the local FerretDB a rewrite decodes and encodes the whole
 * document: more than the insert it follows. So a collection may put the
 * events of its inserts in a collection of their own (`outbox_<collection>`),
 * which the relay deletes from after publishing, and never touch the
 * aggregate again.
 *
 * One document per write (`ApartWrite`): a bulk insert of 500 aggregates
 * writes one document holding all their entries, not one per event, and the
 * relay deletes one document once it published them (ADR 0002, "One document
 * per write"). On the local FerretDB every document costs its own encode,
 * decode and SQLite row, whatever its size.
 *
 * Without transactions the two writes cannot be one, so the order and a mark
 * make them safe:
 *
 * 1. the write's document is inserted first, with its id (a fresh one) and,
 *    per aggregate, the aggregate's `_id` and its entries;
 * 2. the aggregates are inserted, each carrying that write id (`outboxWrite`).
 *
 * An aggregate's entries are published only once the aggregate carries the
 * write id: a writer that died between 1 and 2, or whose insert collided with
 * another creator's, leaves entries whose aggregate never landed, and those
 * are never published (no event announces a change that was not stored). A
 * writer that dies after 2 leaves the document in place, and the relay's
 * next look finds it (no event lost).
 */
export interface ApartWrite {
  /** The write's id; every aggregate it inserted carries it in `outboxWrite`. */
  _id: string;
  /** The write's aggregates in the order written. */
  aggregates: unknown[];
  /**
   * Per aggregate (same position), its entries in order: `OutboxEntry[][]`
   * as JSON, one string. On the local FerretDB a nested array of objects
   * costs about four times as much to insert, read and delete as the same
   * entries in one string (measured: 500 aggregates, 70 → 34 ms to insert,
   * 82 → 17 ms to delete); MongoDB stores either as it comes.
   */
  entries: string;
  createdAt: Date;
}

/** An aggregate of a write with its entries, as the relay works with them. */
export interface ApartItem {
  aggregate: unknown;
  entries: OutboxEntry[];
}

/** The items of a write document, its entries parsed. */
export function itemsOf(write: Pick<ApartWrite, 'aggregates' | 'entries'>): ApartItem[] {
  const entries = JSON.parse(write.entries) as (OutboxEntry & { createdAt: string })[][];
  return write.aggregates.map((aggregate, i) => ({
    aggregate,
    entries: (entries[i] ?? []).map((e) => ({ ...e, createdAt: new Date(e.createdAt) })),
  }));
}

/** A write document's fields for these items (`$set` when narrowing it). */
function fieldsOf(items: readonly ApartItem[]): Pick<ApartWrite, 'aggregates' | 'entries'> {
  return {
    aggregates: items.map((item) => item.aggregate),
    entries: JSON.stringify(items.map((item) => item.entries)),
  };
}

/**
 * Format 1 (releases before 2026-12-07): one document per event. A relay of
 * this release still publishes them, so a rolling update loses nothing; no
 * writer makes them any more.
 */
export interface ApartEntry {
  /** `<write>:<seq>`. */
  _id: string;
  aggregate: unknown;
  write: string;
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

/** Aggregates per write document: a relay's batch. */
export const MAX_WRITE_ITEMS = 500;
/**
 * Bytes of entries per write document, near enough. Far under the 16 MiB a
 * document may have, and a relay reads a few at a time (READ_WRITES_AT_ONCE)
 * within the 16 MiB a reply may have.
 */
export const MAX_WRITE_BYTES = 1024 * 1024;
/** Write documents per reply when a relay reads them. */
const READ_WRITES_AT_ONCE = 8;

/** An id as a map key: the same value read back from the server gives the same key. */
export function aggregateKey(id: unknown): string {
  return typeof id === 'string' ? `s:${id}` : `j:${JSON.stringify(id)}`;
}

function entryBytes(entry: OutboxEntry): number {
  return 256 + entry.value.length + entry.key.length;
}

export interface InsertsApart<D> {
  /** The documents to insert, in the order given, each with its write's id. */
  docs: (D & { outboxWrite: string })[];
  /** Per document (same position), its entries: what the writer's relay is handed. */
  entries: OutboxEntry[][];
  /** To insert first: one document per MAX_WRITE_ITEMS aggregates (or MAX_WRITE_BYTES). */
  writes: ApartWrite[];
}

/**
 * Documents inserted with their events apart: what to write, in which order.
 * Pass only inserts that have events. Two inserts of one `_id` go to
 * different writes, so the one that collides never shares the write id of
 * the one that landed.
 */
export function newInsertsApart<D extends { _id: unknown }>(
  inserts: readonly { doc: D; events: readonly PendingEvent[] }[],
): InsertsApart<D> {
  const result: InsertsApart<D> = { docs: [], entries: [], writes: [] };
  const groups: { _id: string; items: ApartItem[]; createdAt: Date }[] = [];
  let current: (typeof groups)[number] | undefined;
  let bytes = 0;
  let keys = new Set<string>();
  for (const { doc, events } of inserts) {
    const entries = toOutboxEntries(events);
    const size = entries.reduce((sum, entry) => sum + entryBytes(entry), 0);
    const key = aggregateKey(doc._id);
    if (
      !current ||
      current.items.length >= MAX_WRITE_ITEMS ||
      bytes + size > MAX_WRITE_BYTES ||
      keys.has(key)
    ) {
      current = { _id: randomUUID(), items: [], createdAt: entries[0]?.createdAt ?? new Date() };
      groups.push(current);
      bytes = 0;
      keys = new Set();
    }
    current.items.push({ aggregate: doc._id, entries });
    bytes += size;
    keys.add(key);
    result.docs.push({ ...doc, [OUTBOX_WRITE]: current._id } as D & { outboxWrite: string });
    result.entries.push(entries);
  }
  result.writes = groups.map((g) => ({ _id: g._id, ...fieldsOf(g.items), createdAt: g.createdAt }));
  return result;
}

/**
 * Step 1 of an insert with its events apart: the write documents, before the
 * aggregates. Returns when they were written, for `rewriteIfLate`.
 */
export async function writeApart(
  apart: Collection<Document>,
  writes: readonly ApartWrite[],
): Promise<number> {
  const started = Date.now();
  if (writes.length > 0) await apart.insertMany(writes as never[], { ordered: false });
  return started;
}

/**
 * After the aggregates landed: if that took longer than half the orphan age,
 * a relay may have deleted the entries as orphans meanwhile; write them
 * again (one already there is a duplicate key, which is what we want).
 */
export async function rewriteIfLate(
  apart: Collection<Document>,
  writes: readonly ApartWrite[],
  startedAt: number,
  orphanAfterMs = ORPHAN_AFTER_MS,
): Promise<void> {
  if (writes.length === 0 || Date.now() - startedAt <= orphanAfterMs / 2) return;
  await apart.insertMany(writes as never[], { ordered: false }).catch((error: unknown) => {
    const code = (error as { code?: number }).code;
    const statementErrors = (error as { writeErrors?: { code?: number }[] }).writeErrors;
    const onlyDuplicates = code === 11000 || (statementErrors ?? []).every((e) => e.code === 11000);
    if (!onlyDuplicates) throw error;
  });
}

/**
 * Deletes write documents none of whose aggregates landed (the writer knows:
 * each collided). Best effort: one left behind is deleted by the relay,
 * which sees that its aggregates carry another write.
 */
export async function dropWrites(
  apart: Collection<Document>,
  writeIds: readonly string[],
): Promise<void> {
  if (writeIds.length === 0) return;
  await apart.deleteMany({ _id: { $in: [...writeIds] } } as never).catch(() => undefined);
}

/** What the relay does with the apart documents it read. */
export interface ApartRound {
  /** Per aggregate whose insert landed, its entries in order: publish these, then settle. */
  ready: { aggregate: unknown; entries: OutboxEntry[] }[];
  /** After publishing, delete these documents: nothing in them waits any more. */
  done: string[];
  /** After publishing, keep only these items of these writes (the rest were published or orphans). */
  narrowed: { _id: string; items: ApartItem[] }[];
  /** Documents left for a later round (an aggregate not there yet): the next read skips them. */
  waiting: number;
  /** The read stopped at its limit: there may be more. */
  more: boolean;
}

/**
 * Reads apart documents worth about `limit` aggregates (after the `skip`
 * that are waiting, without this replica's own in-flight writes) and sorts
 * what they hold: an aggregate that carries its write's id is ready; one
 * that carries another write (or none) is an orphan, and so is one missing
 * past the orphan age; one missing younger than that waits. Entries this
 * relay published lately (`published`: its handover raced the read) are
 * neither published again nor kept.
 */
export async function readApartRound(
  apart: Collection<Document>,
  domain: Collection<Document>,
  options: {
    limit: number;
    skip: number;
    orphanAfterMs: number;
    now?: number;
    /** Writes this replica is making now: its own handover brings them, so they are not read back. */
    inFlight?: ReadonlySet<string>;
    /** Entry ids this relay published lately. */
    published?: ReadonlySet<string>;
  },
): Promise<ApartRound> {
  const inFlight = options.inFlight && options.inFlight.size > 0 ? [...options.inFlight] : [];
  const cursor = apart.find((inFlight.length > 0 ? { _id: { $nin: inFlight } } : {}) as never, {
    skip: options.skip,
    batchSize: READ_WRITES_AT_ONCE,
  });
  const writes: ApartWrite[] = [];
  const singles: ApartEntry[] = [];
  const round: ApartRound = { ready: [], done: [], narrowed: [], waiting: 0, more: false };
  let aggregates = 0;
  for await (const doc of cursor) {
    const isWrite = Array.isArray(doc['aggregates']) && typeof doc['entries'] === 'string';
    if (isWrite) writes.push(doc as unknown as ApartWrite);
    else if (doc['entry']) singles.push(doc as unknown as ApartEntry);
    // Neither shape: not ours to publish or delete; skipped.
    else round.waiting += 1;
    aggregates += isWrite ? (doc['aggregates'] as unknown[]).length : 1;
    if (aggregates >= options.limit) {
      round.more = true;
      break;
    }
  }
  await cursor.close();
  if (writes.length === 0 && singles.length === 0) return round;
  const landed = await landedWrites(domain, [
    ...writes.flatMap((w) => w.aggregates),
    ...singles.map((e) => e.aggregate),
  ]);
  const now = options.now ?? Date.now();
  const published = (entries: readonly OutboxEntry[]) =>
    options.published !== undefined && entries.every((e) => options.published!.has(e.id));
  for (const write of writes) {
    const expired = now - new Date(write.createdAt).getTime() > options.orphanAfterMs;
    const items = itemsOf(write);
    const keep: ApartItem[] = [];
    for (const item of items) {
      const key = aggregateKey(item.aggregate);
      if (published(item.entries)) continue;
      if (!landed.has(key)) {
        if (!expired) keep.push(item);
      } else if (landed.get(key) === write._id) {
        round.ready.push({ aggregate: item.aggregate, entries: item.entries });
      }
      // Landed with another write: someone else's insert; never published.
    }
    if (keep.length === 0) round.done.push(write._id);
    else {
      round.waiting += 1;
      if (keep.length < items.length) round.narrowed.push({ _id: write._id, items: keep });
    }
  }
  await sortFormat1(apart, singles, landed, now, options, round);
  return round;
}

/** The `outboxWrite` of each aggregate that exists, by aggregateKey (null: it has none). */
async function landedWrites(
  domain: Collection<Document>,
  ids: readonly unknown[],
): Promise<Map<string, unknown>> {
  const unique = [...new Map(ids.map((id) => [aggregateKey(id), id])).values()];
  const landed = new Map<string, unknown>();
  for (const doc of await domain
    .find({ _id: { $in: unique } } as never, {
      projection: { [OUTBOX_WRITE]: 1 },
      batchSize: unique.length,
    })
    .toArray())
    landed.set(aggregateKey(doc._id), doc[OUTBOX_WRITE] ?? null);
  return landed;
}

/**
 * Format 1 entries (one per event) read in a round: ready when their
 * aggregate carries their write, in write order, with the rest of a write
 * the read cut; orphans and published ones are done.
 */
async function sortFormat1(
  apart: Collection<Document>,
  read: readonly ApartEntry[],
  landed: ReadonlyMap<string, unknown>,
  now: number,
  options: { limit: number; orphanAfterMs: number; published?: ReadonlySet<string> },
  round: ApartRound,
): Promise<void> {
  const byWrite = new Map<string, ApartEntry[]>();
  for (const e of read) {
    const key = aggregateKey(e.aggregate);
    if (options.published?.has(e.entry.id)) round.done.push(e._id);
    else if (!landed.has(key)) {
      if (now - new Date(e.createdAt).getTime() > options.orphanAfterMs) round.done.push(e._id);
      else round.waiting += 1;
    } else if (landed.get(key) !== e.write) round.done.push(e._id);
    else byWrite.set(e.write, [...(byWrite.get(e.write) ?? []), e]);
  }
  const cut = [...byWrite].filter(([, entries]) => entries.length < entries[0]!.of);
  if (cut.length > 0) {
    // The read cut a write: read the rest of it, so its events leave together and in order.
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
  for (const [, entries] of byWrite) {
    entries.sort((a, b) => a.seq - b.seq);
    round.ready.push({ aggregate: entries[0]!.aggregate, entries: entries.map((e) => e.entry) });
    round.done.push(...entries.map((e) => e._id));
  }
}

/** After a round's events were published: deletes what is done and narrows what still waits. */
export async function settleApartRound(
  apart: Collection<Document>,
  round: Pick<ApartRound, 'done' | 'narrowed'>,
): Promise<void> {
  if (round.done.length > 0) await apart.deleteMany({ _id: { $in: round.done } } as never);
  for (const write of round.narrowed)
    await apart.updateOne({ _id: write._id } as never, { $set: fieldsOf(write.items) });
}

/**
 * Of these documents (read with their `outboxWrite`), those whose insert's
 * events still wait apart: their later events (in the document) go after.
 * One read by `_id` of their writes, and, for format 1, one by `aggregate`.
 */
export async function waitingOnInsert(
  apart: Collection<Document>,
  docs: readonly { _id: unknown; outboxWrite?: unknown }[],
): Promise<Set<string>> {
  if (docs.length === 0) return new Set();
  const writes = [
    ...new Set(docs.map((d) => d.outboxWrite).filter((w): w is string => typeof w === 'string')),
  ];
  const [format2, format1] = await Promise.all([
    writes.length === 0
      ? []
      : apart
          .find({ _id: { $in: writes } } as never, {
            projection: { aggregates: 1 },
            batchSize: writes.length,
          })
          .toArray(),
    // Format 1 entries: only during a rolling update from a release before 2026-12-07.
    apart
      .find({ aggregate: { $in: docs.map((d) => d._id) } } as never, {
        projection: { aggregate: 1 },
        batchSize: 10_000,
      })
      .toArray(),
  ]);
  const waiting = new Set<string>();
  for (const write of format2)
    for (const id of (write['aggregates'] as unknown[] | undefined) ?? [])
      waiting.add(aggregateKey(id));
  for (const entry of format1) waiting.add(aggregateKey(entry['aggregate']));
  return waiting;
}
