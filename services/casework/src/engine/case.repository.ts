import type { CaseChange } from './case-aggregate';
import type { CaseDoc, CaseRead } from './case';

/** The filters of a work queue (all optional, combined with and). */
export interface CaseListFilter {
  type?: string;
  status?: string;
  /** null: unassigned. */
  assignee?: string | null;
  queue?: string;
  board?: string;
  brin?: string;
  /** Cases with a running deadline due before this date (exclusive). */
  deadlineBefore?: string;
  /** Paging: cases with an id after this one. */
  after?: string;
  /**
   * false: only cases that are not confidential, for an actor who may not
   * read vertrouwelijk (a list applies the same filter as a single read).
   */
  confidential?: false;
}

/** The fields a work queue shows. */
export type CaseListItem = Pick<
  CaseDoc,
  | '_id'
  | 'caseType'
  | 'confidential'
  | 'subject'
  | 'schooljaar'
  | 'status'
  | 'result'
  | 'assignee'
  | 'queue'
  | 'nextDueOn'
  | 'openedAt'
>;

/**
 * Where cases live. The only way the engine and the flows reach storage, so
 * swapping the implementation (MongoDB today, libs/persistence tomorrow,
 * an in-memory fake in unit tests) changes nothing else.
 */
export abstract class CaseRepository {
  /** The case (without its outbox), or null. */
  abstract get(caseId: string): Promise<CaseDoc | null>;
  abstract exists(caseId: string): Promise<boolean>;
  /**
   * Inserts a new case with its events; 'duplicate' when that id or its
   * unique key is taken already (the unique index on `uniqueKey` decides
   * between two replicas opening the same case at once).
   */
  abstract insert(doc: CaseDoc, events: CaseChange['events']): Promise<'inserted' | 'duplicate'>;
  /**
   * Writes a change if the case is still at `version`; false when another
   * writer got there first (the caller reloads and decides again).
   */
  abstract update(
    caseId: string,
    version: number,
    change: CaseChange,
    now: Date,
    actor: string,
  ): Promise<boolean>;
  /** The id of the case opened for a unique key, or null. */
  abstract idForKey(uniqueKey: string): Promise<string | null>;
  /** Ids of the cases with a deadline a flow handles due on or before `asOf`. */
  abstract dueForChecks(asOf: string): AsyncIterable<string>;
  /** A page of a work queue, in id order; `limit + 1` to tell whether there is a next page. */
  abstract list(filter: CaseListFilter, limit: number): Promise<CaseListItem[]>;
  /**
   * A store that keeps the work queues' rows apart from the cases writes
   * again those that fell behind their cases (a failed write, a replica of
   * the release before the rows); how many it wrote.
   */
  abstract rewriteStaleRows(): Promise<number>;
  abstract recordRead(read: CaseRead): Promise<void>;
  abstract reads(caseId: string, limit: number): Promise<Omit<CaseRead, never>[]>;
}
