import { Logger, type LoggerService } from '@nestjs/common';
import type { Message, Producer } from 'kafkajs';
import type { Collection, Db, Document, UpdateFilter, WithId } from 'mongodb';
import { type MessagingInstruments, noInstruments } from '../instruments';
import type { TopicNaming } from '../topics/naming';
import type { OutboxEntry } from './outbox';
import {
  ORPHAN_AFTER_MS,
  aggregateKey,
  apartCollectionOf,
  readApartRound,
  settleApartRound,
  waitingOnInsert,
} from './outbox-apart';
import { RenewedLease } from './relay-lease';

/** The part of the scheduling lib's LeaseService the relay needs. */
export interface LeaseLike {
  tryAcquire(name: string, holder: string, ttlMs: number): Promise<boolean>;
  release(name: string, holder: string): Promise<unknown>;
}

export interface OutboxRelayOptions {
  db: Db;
  producer: Producer;
  naming: TopicNaming;
  lease: LeaseLike;
  /** Who this replica is, for the lease. */
  holder: string;
  instruments?: MessagingInstruments;
  logger?: LoggerService;
  /** Aggregates per round trip. */
  batchSize?: number;
  /** How long an idle relay waits before looking again (a local write nudges it sooner). */
  pollIntervalMs?: number;
  /** A relay that dies keeps its lease this long; another replica then takes over. */
  leaseTtlMs?: number;
  /** Bytes of messages per produce request (see MAX_REQUEST_BYTES). */
  maxRequestBytes?: number;
  /** Apart entries whose aggregate has not appeared after this long are deleted unpublished (outbox-apart.ts). */
  orphanAfterMs?: number;
  /** Test seam: runs after publishing and before cleanup. */
  afterPublish?: (collection: string, entries: OutboxEntry[]) => Promise<void>;
}

interface OutboxDoc extends Document {
  _id: unknown;
  outbox?: OutboxEntry[];
  /** The entries live apart (outbox-apart.ts), in this write's document: handed over by this replica's writer. */
  apartWrite?: string;
  /** The entries live apart and were read there: the round that read them settles them. */
  apartRead?: true;
  outboxWrite?: unknown;
}

export const CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

/**
 * Publishes what aggregates left in their outbox.
 *
 * One relay loop per collection, and per collection one replica at a time
 * (a MongoDB lease): events of one aggregate then leave in the order they were
 * written, and replicas do not publish the same entries twice in the normal
 * case. Order of work: find a batch of aggregates whose `outboxPending` flag
 * is up (an index lookup, on MongoDB and on our FerretDB build alike: ADR
 * 0001), publish their entries with the idempotent producer (acks=all), then
 * remove exactly the published entries. A crash between publish and removal
 * publishes them again later, which consumers absorb (they are idempotent).
 * Entries that fail to publish stay where they are and are retried on the
 * next round, with backoff (unlike eShop's outbox, which never retries old
 * rows).
 *
 * The flag, written atomically with the state change, is the only truth:
 * there is no side collection of hints. A local write nudges the relay
 * (`queued`), so its events leave at once; a write on another replica is
 * found at the holder's next poll (ADR 0002).
 */
/**
 * Statements per bulk write. Upstream FerretDB v1.24 (SQLite) kept one pooled
 * connection per statement of an update command until the command ended, so
 * the 100th statement waited forever and blocked the whole database. Our
 * local build patches that (deploy/local/ferretdb/ferretdb.patch, ADR 0001);
 * the chunks stay, because they cost MongoDB nothing and keep us safe on an
 * unpatched FerretDB.
 */
export const WRITE_CHUNK = 50;

/** A document this replica has just inserted with events, as written: its id and its outbox. */
export interface InsertedWithEvents {
  _id: unknown;
  outbox: OutboxEntry[];
  /** When its events were written apart (outbox-apart.ts): the id of that write's document. */
  apartWrite?: string;
}

/** Inserted documents kept per collection for the relay; beyond this, the poll finds them. */
const MAX_FRESH = 10_000;
/** Entry ids the relay remembers having published, so a late handover is not published again. */
const MAX_REMEMBERED = 20_000;

/**
 * Bytes of messages per produce request. The broker refuses a request whose
 * batch for one partition is over its max.message.bytes (1 MiB by default)
 * with MESSAGE_TOO_LARGE, and the whole relay batch then failed and was
 * retried for ever: a batch of 500 aggregates whose outboxes hold many
 * events (a risk run's assessment chunks, ~200 events each) never left.
 * Keeping a whole request under half of that keeps every partition's part
 * under it, with room for the record overhead.
 */
export const MAX_REQUEST_BYTES = 512 * 1024;

/** A message's size as the broker counts it, near enough (key, value, headers, record overhead). */
function messageBytes(message: Message): number {
  let bytes =
    64 +
    Buffer.byteLength(String(message.key ?? '')) +
    Buffer.byteLength(String(message.value ?? ''));
  for (const [name, value] of Object.entries(message.headers ?? {}))
    bytes += name.length + Buffer.byteLength(String(value ?? ''));
  return bytes;
}

/**
 * The messages in produce requests of at most `maxBytes` each (one message
 * larger than that goes alone), in their order: sent one request after the
 * other, each topic's messages keep the order they have here.
 */
export function produceRequests(
  messages: readonly { topic: string; message: Message }[],
  maxBytes: number,
): { topic: string; messages: Message[] }[][] {
  const requests: { topic: string; messages: Message[] }[][] = [];
  let current = new Map<string, Message[]>();
  let size = 0;
  const close = () => {
    if (current.size > 0)
      requests.push([...current].map(([topic, batch]) => ({ topic, messages: batch })));
    current = new Map();
    size = 0;
  };
  for (const { topic, message } of messages) {
    const bytes = messageBytes(message);
    if (size > 0 && size + bytes > maxBytes) close();
    const batch = current.get(topic) ?? [];
    batch.push(message);
    current.set(topic, batch);
    size += bytes;
  }
  close();
  return requests;
}

export class OutboxRelay {
  private readonly collections = new Map<string, Collection<OutboxDoc>>();
  /** Per collection, where the events of its inserts may live apart (outbox-apart.ts). */
  private readonly aparts = new Map<string, Collection<Document>>();
  private readonly loops = new Map<string, Promise<void>>();
  private readonly log: LoggerService;
  private readonly instruments: MessagingInstruments;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly leaseTtlMs: number;
  private readonly maxRequestBytes: number;
  private readonly orphanAfterMs: number;
  private running = false;
  /** Collections told about new work while their loop was busy. */
  private readonly nudged = new Set<string>();
  private readonly waiters = new Map<string, () => void>();
  /**
   * Per collection: documents inserted on this replica with their events, in
   * the order written, which the relay publishes and clears without reading
   * them back. Only inserts: a new document's outbox holds exactly the
   * entries it was written with, so nothing older of that aggregate can wait
   * in it (see `queued`).
   */
  private readonly fresh = new Map<string, Map<unknown, InsertedWithEvents>>();
  /**
   * Per collection: apart writes this replica has written and whose
   * aggregates it is inserting now. Its handover brings them as written, so
   * the poll does not verify them (a read of each aggregate, as costly as
   * the rewrite the apart entries save).
   */
  private readonly writing = new Map<string, Set<string>>();
  /**
   * Per collection and handed-over apart write: how many of its aggregates
   * are still to publish. At zero the write's document is deleted (its
   * other items, if any, collided and are never published). Infinity: some
   * were not kept (MAX_FRESH), so the poll settles that document instead.
   */
  private readonly handedWrites = new Map<string, Map<string, number>>();
  /** Per collection: ids of entries published lately (for handovers that come after a poll found them). */
  private readonly remembered = new Map<string, Set<string>>();

  constructor(private readonly options: OutboxRelayOptions) {
    this.log = options.logger ?? new Logger(OutboxRelay.name);
    this.instruments = options.instruments ?? noInstruments;
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.leaseTtlMs = options.leaseTtlMs ?? 15_000;
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
    this.orphanAfterMs = options.orphanAfterMs ?? ORPHAN_AFTER_MS;
  }

  /**
   * Tells this replica's relay that documents of a collection have events
   * queued now (libs/persistence calls it after every write with events), so
   * they leave without waiting for the next poll. The documents' own
   * `outboxPending` flag is what the relay looks for; the ids are not needed
   * to find them.
   */
  async queued(
    collectionName: string,
    _ids: readonly unknown[],
    inserted: readonly InsertedWithEvents[] = [],
  ): Promise<void> {
    this.collection(collectionName);
    if (this.running && inserted.length > 0) {
      // Handed over as written, so the relay need not read them back (on the
      // local FerretDB a read decodes each whole document, as costly as the
      // clean-up's rewrite). Kept only while this replica relays the
      // collection (see loop); whatever is not kept, the poll finds by its flag.
      const fresh = this.fresh.get(collectionName) ?? new Map<unknown, InsertedWithEvents>();
      this.fresh.set(collectionName, fresh);
      const handed = this.handed(collectionName);
      for (const doc of inserted) {
        if (doc.outbox.length === 0) continue;
        const write = doc.apartWrite;
        if (fresh.size >= MAX_FRESH) {
          if (write !== undefined) handed.set(write, Infinity);
          continue;
        }
        // Only what the relay needs: not the rest of the document.
        fresh.set(doc._id, {
          _id: doc._id,
          outbox: doc.outbox,
          ...(write !== undefined ? { apartWrite: write } : {}),
        });
        if (write !== undefined) handed.set(write, (handed.get(write) ?? 0) + 1);
      }
    }
    this.nudge(collectionName);
  }

  /**
   * Apart writes (outbox-apart.ts) this replica has written and whose
   * aggregates it is inserting now; `done` when that write is over (landed
   * and handed over, or failed). Until then the poll leaves them to the
   * handover. A replica that dies meanwhile takes the mark with it, so
   * another relay verifies them as usual.
   */
  writingApart(collectionName: string, writeIds: readonly string[]): { done(): void } {
    if (writeIds.length === 0) return { done: () => undefined };
    const writing = this.writing.get(collectionName) ?? new Set<string>();
    this.writing.set(collectionName, writing);
    for (const id of writeIds) writing.add(id);
    return {
      done: () => {
        for (const id of writeIds) writing.delete(id);
      },
    };
  }

  private handed(collectionName: string): Map<string, number> {
    const handed = this.handedWrites.get(collectionName) ?? new Map<string, number>();
    this.handedWrites.set(collectionName, handed);
    return handed;
  }

  /** Adds a collection whose documents carry an outbox. Call before start(). */
  register(collectionName: string): void {
    this.collections.set(collectionName, this.options.db.collection<OutboxDoc>(collectionName));
    this.aparts.set(collectionName, this.options.db.collection(apartCollectionOf(collectionName)));
    if (this.running) this.startLoop(collectionName);
  }

  registered(): string[] {
    return [...this.collections.keys()];
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    for (const name of this.collections.keys()) this.startLoop(name);
  }

  /**
   * Tells the relay there is work now (called after a local write): in one
   * collection, or without a name in every one. Only that collection's loop
   * wakes; waking them all made every loop poll its collections after each
   * write to any other (the boards' loop polled 44 times in an import that
   * wrote only schools).
   */
  nudge(collectionName?: string): void {
    const names = collectionName === undefined ? [...this.collections.keys()] : [collectionName];
    for (const name of names) {
      this.nudged.add(name);
      this.waiters.get(name)?.();
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.fresh.clear();
    this.handedWrites.clear();
    for (const wake of this.waiters.values()) wake();
    await Promise.all(this.loops.values());
    this.loops.clear();
  }

  /**
   * Publishes every pending entry of one collection now, in batches, and
   * returns how many were published. Used by the loop, by operators' "flush"
   * and by benchmarks; callers outside the loop must hold the lease or accept
   * duplicates. Stops between batches when `stillHeld` says the lease may be
   * gone.
   */
  async drain(collectionName: string, stillHeld: () => boolean = () => true): Promise<number> {
    let total = 0;
    // First the events of inserts kept apart: an aggregate's later events
    // (in its document) must not leave before the event of its creation.
    let waiting = 0;
    for (;;) {
      if (!stillHeld()) return total;
      if (await this.publishFresh(collectionName, (n) => (total += n))) continue;
      const domain = this.collection(collectionName) as unknown as Collection<Document>;
      const inFlight = this.writing.get(collectionName);
      const published = this.remembered.get(collectionName);
      const round = await readApartRound(this.apart(collectionName), domain, {
        limit: this.batchSize,
        skip: waiting,
        orphanAfterMs: this.orphanAfterMs,
        ...(inFlight ? { inFlight } : {}),
        ...(published ? { published } : {}),
      });
      if (round.ready.length > 0)
        total += await this.publish(
          collectionName,
          round.ready.map((r) => ({
            _id: r.aggregate,
            outbox: r.entries,
            apartRead: true,
          })) as WithId<OutboxDoc>[],
        );
      // Deletes what is out (or never to go), narrows what still waits.
      await settleApartRound(this.apart(collectionName), round);
      for (const write of round.done) this.handedWrites.get(collectionName)?.delete(write);
      // Writes of which an aggregate is not there yet stay; the next read goes past them.
      waiting += round.waiting;
      if (!round.more) break;
    }
    for (;;) {
      // The loop's lease may run out during a long drain: stop publishing then.
      if (!stillHeld()) return total;
      // What this replica inserted first, as handed over: no read.
      if (await this.publishFresh(collectionName, (n) => (total += n))) continue;
      const docs = await this.collection(collectionName)
        .find(
          { outboxPending: true },
          {
            projection: { outbox: 1, outboxWrite: 1 },
            limit: this.batchSize,
            batchSize: this.batchSize,
          },
        )
        .toArray();
      if (docs.length === 0) return total;
      // An aggregate whose insert's events (apart) have not left yet waits for them.
      const first = await waitingOnInsert(this.apart(collectionName), docs);
      const ready = docs.filter((doc) => !first.has(aggregateKey(doc._id)));
      if (ready.length === 0) return total;
      // Read whole here (with whatever was appended since the insert): the
      // handed-over copy of such a document must not be published after it.
      const fresh = this.fresh.get(collectionName);
      for (const doc of ready) fresh?.delete(doc._id);
      total += await this.publish(collectionName, ready);
    }
  }

  /**
   * Publishes up to a batch of handed-over documents, oldest first; false
   * when there were none. Those whose entries were published already (a
   * poll found them before the handover arrived) are left out: publishing
   * them again would repeat an event after newer ones of the same aggregate.
   */
  private async publishFresh(
    collectionName: string,
    count: (published: number) => void,
  ): Promise<boolean> {
    const fresh = this.fresh.get(collectionName);
    if (!fresh || fresh.size === 0) return false;
    const remembered = this.remembered.get(collectionName);
    const taken: WithId<OutboxDoc>[] = [];
    const settled: WithId<OutboxDoc>[] = [];
    for (const [id, doc] of fresh) {
      if (taken.length >= this.batchSize) break;
      fresh.delete(id);
      const handed = doc as WithId<OutboxDoc>;
      if (remembered && doc.outbox.some((entry) => remembered.has(entry.id))) settled.push(handed);
      else taken.push(handed);
    }
    count(await this.publish(collectionName, taken));
    await this.settleHanded(collectionName, [...taken, ...settled]);
    return true;
  }

  /**
   * Counts handed-over aggregates of apart writes as published, and deletes
   * the document of each write whose handed-over aggregates are all out.
   */
  private async settleHanded(collectionName: string, docs: readonly OutboxDoc[]): Promise<void> {
    const handed = this.handedWrites.get(collectionName);
    if (!handed) return;
    const finished: string[] = [];
    for (const doc of docs) {
      const write = doc.apartWrite;
      const left = write === undefined ? undefined : handed.get(write);
      if (write === undefined || left === undefined) continue;
      if (left <= 1) {
        handed.delete(write);
        finished.push(write);
      } else handed.set(write, left - 1);
    }
    if (finished.length > 0)
      await this.apart(collectionName).deleteMany({ _id: { $in: finished } } as never);
  }

  private remember(collectionName: string, entries: readonly OutboxEntry[]): void {
    const remembered = this.remembered.get(collectionName) ?? new Set<string>();
    this.remembered.set(collectionName, remembered);
    for (const entry of entries) remembered.add(entry.id);
    // A Set iterates in insertion order: the oldest go first.
    for (const id of remembered) {
      if (remembered.size <= MAX_REMEMBERED) break;
      remembered.delete(id);
    }
  }

  /** Number of aggregates with unpublished events (a write's apart document counted once). */
  async backlog(collectionName: string): Promise<number> {
    const [flagged, apart] = await Promise.all([
      this.collection(collectionName).countDocuments({ outboxPending: true }),
      this.apart(collectionName).countDocuments({}),
    ]);
    return flagged + apart;
  }

  async ensureIndexes(): Promise<void> {
    for (const collection of this.collections.values()) {
      // What every poll looks for: an index lookup, also on our FerretDB build.
      await collection.createIndex({ outboxPending: 1 }, { name: 'outbox_pending' });
    }
    for (const apart of this.aparts.values()) {
      // An aggregate's flagged events wait while its insert's apart entries are there.
      await apart.createIndex({ aggregate: 1 }, { name: 'outbox_apart_aggregate' });
    }
  }

  private apart(name: string): Collection<Document> {
    const found = this.aparts.get(name);
    if (!found) throw new Error(`collection '${name}' is not registered with the outbox relay`);
    return found;
  }

  private collection(name: string): Collection<OutboxDoc> {
    const found = this.collections.get(name);
    if (!found) throw new Error(`collection '${name}' is not registered with the outbox relay`);
    return found;
  }

  private async publish(collectionName: string, docs: WithId<OutboxDoc>[]): Promise<number> {
    const collection = this.collection(collectionName);
    const published = docs.flatMap((doc) => doc.outbox ?? []);
    if (published.length > 0) {
      // Messages of one topic keep the order they have here: document by
      // document, and inside each document the order they were written.
      const messages = published.map((entry) => ({
        topic: this.options.naming.physical(entry.topic),
        message: {
          key: entry.key,
          value: entry.value,
          headers: { 'content-type': CONTENT_TYPE, ce_id: entry.id, ce_type: entry.type },
        },
      }));
      // One request after the other: a failed one fails the batch, which is
      // published again whole (duplicates, which consumers absorb).
      for (const topicMessages of produceRequests(messages, this.maxRequestBytes))
        await this.options.producer.sendBatch({ acks: -1, topicMessages });
      for (const entry of published) this.instruments.produced(entry.topic, entry.type, 1);
      this.remember(collectionName, published);
      await this.options.afterPublish?.(collectionName, published);
    }
    // Entries kept apart are settled by the caller; the aggregate is not written again.
    const embedded = docs.filter((doc) => doc.apartWrite === undefined && !doc.apartRead);
    if (embedded.length === 0) return published.length;
    const left = await this.clearUnchanged(collection, embedded);
    if (left.length > 0) await this.removePublished(collection, left);
    return published.length;
  }

  /**
   * The common case in one statement per outbox length (usually one per
   * batch), instead of two per document: empties the outbox and lowers the
   * flag of every document whose outbox is still exactly as read. Writers
   * only append (`$push` at the end) and relays only remove published
   * entries, so an outbox that still has the length read and the last entry
   * read in the last place holds exactly the entries read: nothing was
   * appended after that entry, and nothing before it is missing. Returns the
   * documents it did not clear (something was appended meanwhile, or another
   * relay removed entries), for the entry-by-entry removal.
   */
  private async clearUnchanged(
    collection: Collection<OutboxDoc>,
    docs: WithId<OutboxDoc>[],
  ): Promise<WithId<OutboxDoc>[]> {
    const byLength = new Map<number, WithId<OutboxDoc>[]>();
    for (const doc of docs) {
      const length = doc.outbox?.length ?? 0;
      if (length === 0) continue;
      const group = byLength.get(length) ?? [];
      group.push(doc);
      byLength.set(length, group);
    }
    let cleared = 0;
    for (const [length, group] of byLength) {
      const result = await collection.updateMany(
        {
          _id: { $in: group.map((doc) => doc._id) },
          outbox: { $size: length },
          [`outbox.${length - 1}.id`]: { $in: group.map((doc) => doc.outbox![length - 1]!.id) },
        },
        { $set: { outbox: [] }, $unset: { outboxPending: '' } } as UpdateFilter<OutboxDoc>,
      );
      cleared += result.modifiedCount;
    }
    if (cleared === docs.length) return [];
    // Which ones are still flagged: one read by _id, only when a write raced the relay.
    const flagged = new Set(
      (
        await collection
          .find(
            { _id: { $in: docs.map((doc) => doc._id) }, outboxPending: true },
            { projection: { _id: 1 }, batchSize: docs.length },
          )
          .toArray()
      ).map((doc) => doc._id),
    );
    return docs.filter((doc) => flagged.has(doc._id));
  }

  /** Removes exactly the entries read from each document; entries appended meanwhile stay. */
  private async removePublished(
    collection: Collection<OutboxDoc>,
    docs: WithId<OutboxDoc>[],
  ): Promise<void> {
    // $pullAll with the entries as read (exact values), not $pull with a
    // condition: FerretDB v1 ignores a conditional $pull without an error.
    const cleanups = docs.map((doc) => ({
      updateOne: {
        filter: { _id: doc._id },
        update: { $pullAll: { outbox: doc.outbox ?? [] } } as unknown as UpdateFilter<OutboxDoc>,
      },
    }));
    for (let i = 0; i < cleanups.length; i += WRITE_CHUNK) {
      await collection.bulkWrite(cleanups.slice(i, i + WRITE_CHUNK), { ordered: false });
    }
    // Then lower the flag where nothing is left. A writer that queued a new
    // event in between has set it again, and the $size filter keeps it.
    await collection.updateMany(
      { _id: { $in: docs.map((doc) => doc._id) }, outbox: { $size: 0 } },
      { $unset: { outboxPending: '' } },
    );
  }

  private startLoop(name: string): void {
    if (this.loops.has(name)) return;
    this.loops.set(name, this.loop(name));
  }

  private async loop(name: string): Promise<void> {
    const { lease, holder } = this.options;
    // Renewed beside the loop (RenewedLease): a renewal waiting behind the
    // database's other writes no longer stops publishing, and a drain stops
    // between batches once the lease may have run out.
    const held = new RenewedLease(lease, `outbox-relay:${name}`, holder, this.leaseTtlMs, (error) =>
      this.log.warn?.(`outbox relay for ${name}: lease renewal failed: ${String(error)}`),
    );
    let failures = 0;
    let lastBacklogReport = 0;
    while (this.running) {
      try {
        const holds = held.valid() || (await held.acquire());
        if (holds) {
          const published = await this.drain(name, () => held.valid());
          failures = 0;
          if (Date.now() - lastBacklogReport > 10_000) {
            this.instruments.outboxBacklog(name, await this.backlog(name));
            lastBacklogReport = Date.now();
          }
          if (published > 0) continue;
        }
        // Another replica relays this collection (its poll will find what was
        // handed over here), or there is nothing to do.
        if (!holds) {
          this.fresh.get(name)?.clear();
          this.handedWrites.get(name)?.clear();
        }
        await this.sleep(name, holds ? this.pollIntervalMs : this.leaseTtlMs / 3);
      } catch (error) {
        failures += 1;
        const delay = Math.min(30_000, 250 * 2 ** Math.min(failures, 7));
        this.log.error?.(
          `outbox relay for ${name} failed (${failures} in a row), retrying in ${delay} ms: ${String(error)}`,
        );
        await this.sleep(name, delay);
      }
    }
    await held.release();
  }

  private sleep(name: string, ms: number): Promise<void> {
    if (this.nudged.delete(name) || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(name);
        this.nudged.delete(name);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.set(name, done);
    });
  }
}
