import { Injectable, Logger } from '@nestjs/common';
import { newEventId } from '@inspectorate/contracts';
import { Clock } from '@inspectorate/scheduling';
import type { CaseTypeDefinition } from '../case-types/case-type';
import { CaseTypeCatalogue } from '../case-types/case-type.catalogue';
import { type Actor, type CaseDoc, CaseRuleError, type CaseSubjectDoc, SYSTEM } from './case';
import { CaseAggregate, type Cause } from './case-aggregate';
import { CaseRepository } from './case.repository';
import { FlowRegistry } from './flow';
import { releaseHeldLetters } from './letters';

export interface OpenCase {
  typeCode: string;
  /** Type-specific uniqueness: a second open with the same key finds the first case. */
  uniqueKey: string;
  actor: Actor;
  cause: Cause;
}

/** What a flow gives for a case it opens, once the engine knows it is new. */
export interface NewCase {
  subject: CaseSubjectDoc;
  schooljaar: string | null;
  facts?: Record<string, string>;
  /** The timeline's first entry: why the case was opened. */
  why: string;
  /** What the flow does at opening (documents, deadlines, letters). */
  build: (c: CaseAggregate) => void;
}

/**
 * The case engine: opens cases and changes them, each change one
 * conditional write (`_id` + the `version` read) carrying its timeline
 * entries and outgoing events; a concurrent writer makes it reload and
 * decide again. Flows and use cases say what changes, through the
 * aggregate; the engine says how it is stored.
 */
@Injectable()
export class CaseEngine {
  private readonly log = new Logger(CaseEngine.name);

  constructor(
    private readonly repository: CaseRepository,
    private readonly catalogue: CaseTypeCatalogue,
    private readonly flows: FlowRegistry,
    private readonly clock: Clock,
  ) {}

  /**
   * Opens a case unless one with the unique key exists. `prepare` runs only
   * for a new case, with the type's current version, before anything is
   * written: it may refuse (throw) and gives the case's content.
   */
  async open(
    input: OpenCase,
    prepare: (type: CaseTypeDefinition) => Promise<NewCase>,
  ): Promise<{ outcome: 'opened' | 'duplicate'; caseId: string }> {
    const existing = await this.repository.idForKey(input.uniqueKey);
    if (existing) return { outcome: 'duplicate', caseId: existing };
    const caseId = newEventId();
    const type = await this.catalogue.current(input.typeCode);
    const content = await prepare(type);
    const c = CaseAggregate.open({
      id: caseId,
      uniqueKey: input.uniqueKey,
      type,
      subject: content.subject,
      schooljaar: content.schooljaar,
      ...(content.facts ? { facts: content.facts } : {}),
      now: this.clock.now(),
      cause: input.cause,
      actor: input.actor,
      why: content.why,
      checkedKinds: this.flows.checkedKinds(type.code),
    });
    content.build(c);
    const outcome = await this.repository.insert(c.snapshot(), c.change().events);
    if (outcome === 'inserted') return { outcome: 'opened', caseId };
    // Another replica opened it meanwhile: the unique key let one insert win, and its case stands.
    const winner = await this.repository.idForKey(input.uniqueKey);
    return { outcome: 'duplicate', caseId: winner ?? caseId };
  }

  /** The case id for a unique key, or null when no case was opened for it. */
  caseIdFor(uniqueKey: string): Promise<string | null> {
    return this.repository.idForKey(uniqueKey);
  }

  /**
   * Read, decide, write conditionally on the version read; retry when
   * another writer got there first. `decide` changes the aggregate and may
   * return a word for the caller; an aggregate left unchanged writes nothing
   * and gives 'unchanged'.
   */
  async change(
    caseId: string,
    actor: Actor,
    cause: Cause,
    decide: (c: CaseAggregate) => Promise<string | null | void> | string | null | void,
  ): Promise<string> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const doc = await this.load(caseId);
      const type = await this.catalogue.get(doc.caseType.code, doc.caseType.version);
      const now = this.clock.now();
      const c = new CaseAggregate(doc, type, now, cause, this.flows.checkedKinds(type.code));
      const result = await decide(c);
      if (!c.changed) return 'unchanged';
      if (await this.repository.update(caseId, doc.version, c.change(), now, actor)) {
        return result ?? 'changed';
      }
      this.log.debug(`case ${caseId} changed concurrently (version ${doc.version}); retrying`);
    }
    throw new CaseRuleError(`case ${caseId} is changing too often to update; try again`, 409);
  }

  async get(caseId: string): Promise<CaseDoc> {
    return this.load(caseId);
  }

  /** notifications reports a letter issued: remember its kenmerk on the case. */
  async onLetterIssued(
    caseId: string,
    requestId: string,
    kenmerk: string,
    cause: Cause,
  ): Promise<'remembered' | 'unchanged' | 'not-ours'> {
    if (!(await this.repository.exists(caseId))) return 'not-ours';
    const outcome = await this.change(caseId, SYSTEM, cause, (c) => {
      if (!c.doc.letters.some((l) => l.requestId === requestId && l.kenmerk === null)) return;
      c.setLetters(
        c.doc.letters.map((l) =>
          l.requestId === requestId && l.kenmerk === null ? { ...l, kenmerk } : l,
        ),
      );
      c.record(SYSTEM, 'letter-issued', `${requestId} kenmerk ${kenmerk}`);
      releaseHeldLetters(c, SYSTEM, requestId, kenmerk);
      return 'remembered';
    });
    return outcome === 'remembered' ? 'remembered' : 'unchanged';
  }

  private async load(caseId: string): Promise<CaseDoc> {
    const doc = await this.repository.get(caseId);
    if (!doc) throw new CaseRuleError(`case ${caseId} does not exist`, 404);
    return doc;
  }
}
