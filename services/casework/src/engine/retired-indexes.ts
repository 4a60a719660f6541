import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { Cases } from './collections';

type IndexKeys = Record<string, 1 | -1>;

/**
 * Indexes `cases` no longer declares: the work queues' compound indexes,
 * replaced by the equality keys of queue-keys.ts (issue 13). Each costs
 * every write of a case and is read by nothing now. Never list an index
 * here that `Cases` still declares (a unit test checks it).
 */
export const RETIRED_CASE_INDEXES: readonly IndexKeys[] = [
  { 'caseType.code': 1, status: 1, _id: 1 },
  { assignee: 1, status: 1, _id: 1 },
  { queue: 1, _id: 1 },
  { 'subject.bevoegdGezagNummer': 1, _id: 1 },
  { 'subject.brin': 1, _id: 1 },
  { nextDueOn: 1 },
];

/** MongoDB's codes for "no such index" and "no such collection": someone else dropped it first. */
const GONE = new Set([26, 27]);

const sameKeys = (a: IndexKeys, b: IndexKeys) =>
  JSON.stringify(Object.entries(a)) === JSON.stringify(Object.entries(b));

/**
 * Removing an index from a running system, replicas and all (the other
 * half of "indexes are built at start", ADR 0009):
 *
 * 1. the release that stops reading an index stops declaring it and lists
 *    it here; each replica of it drops what is listed at start, found by
 *    its keys (not its name, which a server may have chosen otherwise);
 * 2. every replica may do so at once: a drop another replica already made
 *    answers "index not found", which is the wanted state;
 * 3. while a rolling update still runs replicas of the release before,
 *    their reads go without the index for those minutes (slower, never
 *    wrong), and one of them that restarts builds it again: the next start
 *    of this release drops it again. Dropping is a short exclusive lock on
 *    MongoDB, never a rebuild; building the replacement indexes is what
 *    takes time, and happened at the start of the release that declared them;
 * 4. the entry stays here for a release or two (a database restored from an
 *    older backup has the index again), then goes.
 *
 * A failure is logged, not thrown: an index too many costs writes, not
 * correctness, and is no reason to keep the service from starting.
 */
@Injectable()
export class RetiredCaseIndexes implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetiredCaseIndexes.name);

  constructor(@InjectConnection() private readonly connection: Connection) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.drop().catch((error: Error) =>
      this.logger.warn(`retired indexes of ${Cases.name} not dropped: ${error.message}`),
    );
  }

  /** Drops the retired indexes still there; the names dropped. */
  async drop(): Promise<string[]> {
    const collection = this.connection.db!.collection(Cases.name);
    let present: { name: string; key: IndexKeys }[];
    try {
      present = (await collection.listIndexes().toArray()) as typeof present;
    } catch (error) {
      if (GONE.has((error as { code?: number }).code ?? 0)) return [];
      throw error;
    }
    const dropped: string[] = [];
    for (const index of present) {
      if (!RETIRED_CASE_INDEXES.some((keys) => sameKeys(keys, index.key))) continue;
      try {
        await collection.dropIndex(index.name);
        dropped.push(index.name);
      } catch (error) {
        if (!GONE.has((error as { code?: number }).code ?? 0)) throw error;
      }
    }
    if (dropped.length > 0) this.logger.log(`dropped retired indexes: ${dropped.join(', ')}`);
    return dropped;
  }
}
