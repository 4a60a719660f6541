import {
  CaseClosed,
  CaseEscalated,
  CaseOpened,
  type AnyEventDefinition,
  type EventData,
  createEvent,
  sourceOf,
} from '@inspectorate/contracts';
import type { PendingEvent } from '@inspectorate/messaging';
import type { CaseTypeDefinition } from '../case-types/case-type';
import type { Actor, CaseDoc, CaseSubjectDoc, TimelineEntry } from './case';
import { type Deadline, nextDueOn } from './deadline';
import { currentPerson, type KnownPersons, knownPersonsOf } from './persons';
import { TransitionError, transitionProblem } from './transitions';

const SOURCE = sourceOf('casework');

/** Why something happens: the event or request that caused it (for the outgoing events). */
export interface Cause {
  correlationId: string;
  causationId?: string;
}

/** What one write of a case carries: the changed fields, the new timeline entries, the events. */
export interface CaseChange {
  set: Partial<CaseDoc>;
  timeline: TimelineEntry[];
  events: PendingEvent[];
  /** Idempotency keys this change handled (also part of `set.handled`). */
  keys: string[];
  /** The case as it is after the change (a store keeps what it derives from the whole case, e.g. queue keys). */
  after: CaseDoc;
}

/** The fields a flow may change directly; status, result, queue and the rest go through methods. */
type FlowField = 'documents' | 'decisions' | 'notes' | 'assignee' | 'facts';

/**
 * One case while it is being changed: the engine loads it, a flow or a use
 * case asks it for changes, the engine writes what it collected in one
 * conditional write. It guards its own rules: transitions follow the type's
 * ordered statuses, a handled key is handled once, every change leaves a
 * timeline entry, and the case's generic events (opened, escalated, closed)
 * are raised here and nowhere else.
 */
export class CaseAggregate {
  private current: CaseDoc;
  private readonly dirty = new Set<keyof CaseDoc>();
  private readonly entries: TimelineEntry[] = [];
  private readonly pending: PendingEvent[] = [];
  private readonly newKeys: string[] = [];

  constructor(
    doc: CaseDoc,
    readonly type: CaseTypeDefinition,
    readonly now: Date,
    readonly cause: Cause,
    /** Deadline kinds the case's flow acts on when they pass (for nextCheckOn). */
    private readonly checkedKinds: ReadonlySet<string>,
  ) {
    this.current = doc;
  }

  /** A new case of `type` in its first status, with its CaseOpened event. */
  static open(input: {
    id: string;
    uniqueKey: string;
    type: CaseTypeDefinition;
    subject: CaseSubjectDoc;
    schooljaar: string | null;
    facts?: Record<string, string>;
    now: Date;
    cause: Cause;
    actor: Actor;
    why: string;
    checkedKinds: ReadonlySet<string>;
  }): CaseAggregate {
    const { id, type, now } = input;
    const doc: CaseDoc = {
      _id: id,
      uniqueKey: input.uniqueKey,
      caseType: { code: type.code, version: type.version },
      confidential: type.confidentiality === 'vertrouwelijk',
      subject: input.subject,
      schooljaar: input.schooljaar,
      status: type.statuses[0]!.code,
      result: null,
      assignee: null,
      queue: null,
      deadlines: [],
      nextDueOn: null,
      nextCheckOn: null,
      facts: input.facts ?? {},
      handled: [],
      documents: [],
      decisions: [],
      letters: [],
      notes: [],
      timeline: [],
      openedAt: now,
      closedAt: null,
      updatedAt: now,
      version: 1,
    };
    const c = new CaseAggregate(doc, type, now, input.cause, input.checkedKinds);
    c.record(input.actor, 'opened', input.why);
    const s = input.subject;
    c.emit(CaseOpened, {
      caseId: id,
      caseType: doc.caseType,
      subject: {
        kind: s.kind,
        bevoegdGezagNummer: s.bevoegdGezagNummer,
        brin: s.brin,
        vestigingCode: s.vestigingCode,
      },
      schooljaar: input.schooljaar,
      confidential: doc.confidential,
      openedAt: now.toISOString(),
    });
    return c;
  }

  get doc(): Readonly<CaseDoc> {
    return this.current;
  }

  get id(): string {
    return this.current._id;
  }

  get changed(): boolean {
    return this.dirty.size > 0 || this.entries.length > 0 || this.pending.length > 0;
  }

  /** The end status of the case's type. */
  get endStatus(): string {
    return this.type.statuses[this.type.statuses.length - 1]!.code;
  }

  get ended(): boolean {
    return this.current.status === this.endStatus;
  }

  hasHandled(key: string): boolean {
    return (this.current.handled ?? []).includes(key);
  }

  /** Remembers that `key` (an event id, a command key) was handled, so it is handled once. */
  markHandled(key: string): void {
    if (this.hasHandled(key)) return;
    this.put('handled', [...(this.current.handled ?? []), key]);
    this.newKeys.push(key);
  }

  /** A timeline entry: who did what, when (the write's time), and why. */
  record(actor: Actor, action: string, detail: string, reason?: string): void {
    this.entries.push({ at: this.now, actor, action, detail, ...(reason ? { reason } : {}) });
    // The person of the request keeps their name beside the user name recorded.
    const person = currentPerson();
    const persons = this.current.persons ?? [];
    if (
      person?.username === actor &&
      !persons.some((p) => p.username === actor && p.name === person.name)
    )
      this.put('persons', [...persons.filter((p) => p.username !== actor), person]);
  }

  /** Persons known to the case (who acted on it, reporters, complainants): for the events' knownPersons. */
  knownPersons(): KnownPersons {
    return knownPersonsOf(this.current);
  }

  /** Moves the case to a later status of its type; anything else throws. */
  transition(to: string, actor: Actor, reason?: string): void {
    const problem = transitionProblem(this.type, this.current.status, to);
    if (problem) throw new TransitionError(`case ${this.id}: ${problem}`);
    this.record(actor, 'status', `${this.current.status} → ${to}`, reason);
    this.put('status', to);
  }

  set<K extends FlowField>(field: K, value: CaseDoc[K]): void {
    this.put(field, value);
  }

  setDeadlines(deadlines: Deadline[]): void {
    this.put('deadlines', deadlines);
    this.put('nextDueOn', nextDueOn(deadlines));
    this.put('nextCheckOn', nextDueOn(deadlines.filter((d) => this.checkedKinds.has(d.kind))));
  }

  /** Raises an event of this case; it goes out with the write (outbox). */
  emit<D extends AnyEventDefinition>(definition: D, data: EventData<D>, subject = this.id): void {
    this.pending.push({
      definition,
      event: createEvent(definition, {
        source: SOURCE,
        subject,
        correlationId: this.cause.correlationId,
        ...(this.cause.causationId ? { causationId: this.cause.causationId } : {}),
        time: this.now,
        data,
      }),
    });
  }

  /** Ends the case with a result: the end status, CaseClosed. */
  close(result: string, actor: Actor, reason?: string): void {
    if (!this.type.results.some((r) => r.code === result))
      throw new TransitionError(
        `case type ${this.type.code}@${this.type.version} has no result '${result}'`,
      );
    this.transition(this.endStatus, actor, reason);
    this.put('result', result);
    this.put('closedAt', this.now);
    this.put('queue', null);
    this.emit(CaseClosed, {
      caseId: this.id,
      caseType: this.current.caseType,
      result,
      closedAt: this.now.toISOString(),
    });
  }

  /**
   * Puts a case in a work queue without escalating it: work that starts in a
   * queue (a handmatige analyse is the coordinators' from its opening).
   */
  toQueue(queue: string, actor: Actor, reason: string): void {
    this.record(actor, 'queued', `${this.current.queue ?? 'no queue'} → ${queue}`, reason);
    this.put('queue', queue);
  }

  /** Hands the case to people: a status for it, the type's escalation queue, CaseEscalated. */
  escalate(status: string, actor: Actor, reason: string): void {
    const queue = this.type.escalationQueue ?? 'coordinators';
    this.transition(status, actor);
    this.put('queue', queue);
    const s = this.current.subject;
    this.emit(CaseEscalated, {
      caseId: this.id,
      caseType: this.current.caseType,
      subject: {
        kind: s.kind,
        bevoegdGezagNummer: s.bevoegdGezagNummer,
        brin: s.brin,
        vestigingCode: s.vestigingCode,
      },
      queue,
      reason,
    });
  }

  /** The engine's part of letters: the reference on the case (see letters.ts for the command). */
  addLetter(letter: CaseDoc['letters'][number]): void {
    this.put('letters', [...this.current.letters, letter]);
  }

  setLetters(letters: CaseDoc['letters']): void {
    this.put('letters', letters);
  }

  addEvent(event: PendingEvent): void {
    this.pending.push(event);
  }

  /** What to write. */
  change(): CaseChange {
    const set: Partial<CaseDoc> = {};
    for (const field of this.dirty) (set as Record<string, unknown>)[field] = this.current[field];
    return {
      set,
      timeline: [...this.entries],
      events: [...this.pending],
      keys: [...this.newKeys],
      after: this.current,
    };
  }

  /** The whole new document, for the insert of a case opened now. */
  snapshot(): CaseDoc {
    return { ...this.current, timeline: [...this.current.timeline, ...this.entries] };
  }

  private put<K extends keyof CaseDoc>(field: K, value: CaseDoc[K]): void {
    this.current = { ...this.current, [field]: value };
    this.dirty.add(field);
  }
}
