import type { PendingEvent } from '@inspectorate/messaging';
import type { CaseChange } from '../case-aggregate';
import type { CaseDoc, CaseRead } from '../case';
import { type CaseListFilter, type CaseListItem, CaseRepository } from '../case.repository';

/**
 * The case repository in memory, for unit tests of the engine and of flow
 * use cases: same contract (versioned writes, unique keys), and it keeps
 * the events each write carried so a test can read what would go out.
 */
export class InMemoryCaseRepository extends CaseRepository {
  readonly docs = new Map<string, CaseDoc>();
  readonly readLog: CaseRead[] = [];
  readonly published: PendingEvent[] = [];
  /** Test seam: runs before an update is applied (to simulate a concurrent writer). */
  beforeUpdate?: (caseId: string) => void;

  async get(caseId: string): Promise<CaseDoc | null> {
    const doc = this.docs.get(caseId);
    return doc ? structuredClone(doc) : null;
  }

  async exists(caseId: string): Promise<boolean> {
    return this.docs.has(caseId);
  }

  async insert(doc: CaseDoc, events: PendingEvent[]): Promise<'inserted' | 'duplicate'> {
    const sameKey = [...this.docs.values()].some((d) => d.uniqueKey === doc.uniqueKey);
    if (this.docs.has(doc._id) || sameKey) return 'duplicate';
    this.docs.set(doc._id, structuredClone(doc));
    this.published.push(...events);
    return 'inserted';
  }

  async update(
    caseId: string,
    version: number,
    change: CaseChange,
    now: Date,
    actor: string,
  ): Promise<boolean> {
    this.beforeUpdate?.(caseId);
    const doc = this.docs.get(caseId);
    if (!doc || doc.version !== version) return false;
    this.docs.set(caseId, {
      ...doc,
      ...structuredClone(change.set),
      timeline: [...doc.timeline, ...change.timeline],
      updatedAt: now,
      updatedBy: actor,
      version: version + 1,
    });
    this.published.push(...change.events);
    return true;
  }

  async idForKey(uniqueKey: string): Promise<string | null> {
    return [...this.docs.values()].find((d) => d.uniqueKey === uniqueKey)?._id ?? null;
  }

  async *dueForChecks(asOf: string): AsyncIterable<string> {
    for (const doc of [...this.docs.values()]) {
      if (doc.nextCheckOn && doc.nextCheckOn <= asOf) yield doc._id;
    }
  }

  async list(f: CaseListFilter, limit: number): Promise<CaseListItem[]> {
    return [...this.docs.values()]
      .filter(
        (d) =>
          (!f.type || d.caseType.code === f.type) &&
          (!f.status || d.status === f.status) &&
          (f.assignee === undefined || d.assignee === f.assignee) &&
          (!f.queue || d.queue === f.queue) &&
          (!f.board || d.subject.bevoegdGezagNummer === f.board) &&
          (!f.brin || d.subject.brin === f.brin) &&
          (!f.deadlineBefore || (d.nextDueOn !== null && d.nextDueOn < f.deadlineBefore)) &&
          (!f.after || d._id > f.after) &&
          (f.confidential === undefined || d.confidential === f.confidential),
      )
      .sort((a, b) => (a._id < b._id ? -1 : 1))
      .slice(0, limit);
  }

  /** The list reads the cases themselves: no rows to fall behind. */
  async rewriteStaleRows(): Promise<number> {
    return 0;
  }

  async recordRead(read: CaseRead): Promise<void> {
    this.readLog.push(read);
  }

  async reads(caseId: string, limit: number): Promise<CaseRead[]> {
    return this.readLog.filter((r) => r.caseId === caseId).slice(0, limit);
  }

  /** The CloudEvents types of what went out, in order. */
  eventTypes(): string[] {
    return this.published.map((e) => e.event.type);
  }
}
