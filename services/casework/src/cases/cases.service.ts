import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import {
  CaseClosed,
  CaseEscalated,
  CaseOpened,
  type EventOf,
  HerstelopdrachtIssued,
  HerstelopdrachtOutcomeDetermined,
  type SubmissionMissing,
  type SubmissionReceived,
  createEvent,
  newEventId,
  sourceOf,
} from '@inspectorate/contracts';
import {
  NonRetriableError,
  type PendingEvent,
  OutboxRelay,
  newWithOutbox,
  withOutbox,
} from '@inspectorate/messaging';
import { currentCorrelationId } from '@inspectorate/observability';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { CaseTypeDefinition } from '../case-types/case-type';
import { CaseTypeCatalogue } from '../case-types/case-type.catalogue';
import { BUREAUONDERZOEK_MSV, MsvStatus } from '../case-types/defaults';
import { addDuration } from '../case-types/duration';
import { RegistryReadModel } from '../registry/read-model';
import {
  type Actor,
  type CaseDoc,
  CaseRuleError,
  type LetterRef,
  SYSTEM,
  type TimelineEntry,
  isEnded,
} from './case';
import {
  type Deadline,
  DeadlineError,
  extend,
  hasPassed,
  newDeadline,
  nextDueOn,
  resume,
  suspend,
} from './deadline';
import { type LetterPurpose, letterCommand } from './letters';
import { type ReportFacts, conceptReport, finalReport } from './monitoring-texts';

const SOURCE = sourceOf('casework');

export interface CaseworkSettings {
  /** `MM-DD`: the herstelopdracht deadline is the first such date after the monitoring deadline. */
  herstelopdrachtDeadline: string;
}

export const CASEWORK_SETTINGS = Symbol('casework:settings');

/**
 * `case_keys`: which case holds a type-specific unique key. The case carries
 * the key too (unique index), but FerretDB finds a document by anything other
 * than `_id` only by decoding the whole collection (ADR 0001), and every
 * SubmissionReceived of a national year asks "is there a case for this
 * vestiging?". This collection answers by `_id`.
 */
interface CaseKeyDoc {
  _id: string;
  caseId: string;
}

type Change = {
  set: Partial<CaseDoc>;
  timeline: Omit<TimelineEntry, 'at'>[];
  events: PendingEvent[];
};

/**
 * The case engine. Every change is one conditional single-document write
 * (`_id` + the `version` read), carrying its timeline entries and outgoing
 * events (outbox) with it; a concurrent writer makes it reload and retry.
 */
@Injectable()
export class CasesService implements OnModuleInit {
  private readonly log = new Logger(CasesService.name);
  readonly cases: Collection<CaseDoc>;
  private readonly keys: Collection<CaseKeyDoc>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly catalogue: CaseTypeCatalogue,
    private readonly registry: RegistryReadModel,
    private readonly clock: Clock,
    @Inject(CASEWORK_SETTINGS) private readonly settings: CaseworkSettings,
    private readonly relay: OutboxRelay,
  ) {
    this.cases = connection.db!.collection<CaseDoc>('cases');
    this.keys = connection.db!.collection<CaseKeyDoc>('case_keys');
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([
      this.cases.createIndex({ uniqueKey: 1 }, { unique: true }),
      // Work queues: the filters people combine most, each led by a selective field.
      this.cases.createIndex({ 'caseType.code': 1, status: 1, _id: 1 }),
      this.cases.createIndex({ assignee: 1, status: 1, _id: 1 }),
      this.cases.createIndex({ queue: 1, _id: 1 }),
      this.cases.createIndex({ 'subject.bevoegdGezagNummer': 1, _id: 1 }),
      this.cases.createIndex({ 'subject.brin': 1, _id: 1 }),
      this.cases.createIndex({ nextDueOn: 1 }),
    ]);
  }

  // ---------------------------------------------------------------------------
  // The monitoring flow

  /**
   * Opens the bureauonderzoek for a vestiging whose monitoring results did
   * not arrive, drafts the concept report, issues the herstelopdracht and
   * asks notifications for the letter — all in one insert. The unique key
   * (type, schooljaar, vestiging) makes a redelivered or replayed event a
   * no-op.
   */
  async openForMissingSubmission(
    event: EventOf<typeof SubmissionMissing>,
  ): Promise<'opened' | 'duplicate'> {
    const d = event.data;
    const uniqueKey = `${BUREAUONDERZOEK_MSV}:${d.schooljaar}:${d.vestigingCode}`;
    const caseId = await this.claimKey(uniqueKey);
    if (await this.cases.countDocuments({ _id: caseId }, { limit: 1 })) return 'duplicate';

    const type = await this.catalogue.current(BUREAUONDERZOEK_MSV);
    const legalBasis = type.legalBasis[d.sector];
    if (!legalBasis) {
      throw new NonRetriableError(
        `case type ${type.code}@${type.version} has no legal basis for sector '${d.sector}': add it (PUT /case-types/${type.code}) and replay this event`,
      );
    }
    const [vestiging, board, school] = await Promise.all([
      this.registry.vestigingen.findOne({ _id: d.vestigingCode }),
      this.registry.boards.findOne({ _id: d.bevoegdGezagNummer }),
      this.registry.schools.findOne({ _id: d.brin }),
    ]);
    if (!vestiging || !board) {
      // The registry's events normally arrive long before the sweep; if not
      // yet, retrying (and in the end the DLQ and a replay) is right.
      throw new Error(
        `vestiging ${d.vestigingCode} or board ${d.bevoegdGezagNummer} is not (yet) in casework's registry read model`,
      );
    }

    const now = this.clock.now();
    const today = amsterdamDate(now);
    const herstelDeadline = this.herstelDeadlineAfter(d.deadline);
    const facts: ReportFacts = {
      schoolName: vestiging.name,
      vestigingCode: d.vestigingCode,
      boardName: board.name,
      schooljaar: d.schooljaar,
      monitoringDeadline: d.deadline,
      legalBasis,
      herstelDeadline,
    };
    const concept = conceptReport(facts);
    const zienswijzeTerm = type.terms['zienswijze'] ?? 'P14D';
    const deadlines: Deadline[] = [
      newDeadline('zienswijze', addDuration(today, zienswijzeTerm)),
      newDeadline('herstelopdracht', herstelDeadline),
    ];
    const letter: LetterRef = {
      requestId: `${caseId}:herstelopdracht`,
      template: 'herstelopdracht-monitoring',
      requestedAt: now,
      kenmerk: null,
    };
    const doc: CaseDoc = {
      _id: caseId,
      uniqueKey,
      caseType: { code: type.code, version: type.version },
      confidential: type.confidentiality === 'vertrouwelijk',
      subject: {
        kind: 'vestiging',
        bevoegdGezagNummer: d.bevoegdGezagNummer,
        brin: d.brin,
        vestigingCode: d.vestigingCode,
        boardName: board.name,
        schoolName: school?.name ?? vestiging.name,
        vestigingName: vestiging.name,
        sector: d.sector,
      },
      schooljaar: d.schooljaar,
      status: MsvStatus.hoorEnWederhoor,
      result: null,
      assignee: null,
      queue: null,
      deadlines,
      nextDueOn: nextDueOn(deadlines),
      documents: [{ kind: 'concept-report', ...concept, at: now, actor: SYSTEM }],
      decisions: [
        {
          kind: 'herstelopdracht',
          legalBasis,
          deadlineKind: 'herstelopdracht',
          issuedOn: today,
          outcome: null,
          decidedOn: null,
        },
      ],
      letters: [letter],
      notes: [],
      timeline: [
        {
          at: now,
          actor: SYSTEM,
          action: 'opened',
          detail: `no monitoring results for ${d.schooljaar} before ${d.deadline} (event ${event.id})`,
        },
        { at: now, actor: SYSTEM, action: 'document-added', detail: 'concept report drafted' },
        {
          at: now,
          actor: SYSTEM,
          action: 'decision',
          detail: `herstelopdracht issued on ${legalBasis}, deadline ${herstelDeadline}`,
        },
        {
          at: now,
          actor: SYSTEM,
          action: 'status',
          detail: `${MsvStatus.opened} → ${MsvStatus.hoorEnWederhoor}`,
        },
        {
          at: now,
          actor: SYSTEM,
          action: 'letter-requested',
          detail: `${letter.template} (${letter.requestId})`,
        },
      ],
      openedAt: now,
      closedAt: null,
      updatedAt: now,
      version: 1,
    };
    const correlationId = event.correlationid ?? currentCorrelationId() ?? event.id;
    const cause = { correlationId, causationId: event.id, time: now };
    const subject = {
      kind: 'vestiging' as const,
      bevoegdGezagNummer: d.bevoegdGezagNummer,
      brin: d.brin,
      vestigingCode: d.vestigingCode,
    };
    const events: PendingEvent[] = [
      {
        definition: CaseOpened,
        event: createEvent(CaseOpened, {
          source: SOURCE,
          subject: caseId,
          ...cause,
          data: {
            caseId,
            caseType: doc.caseType,
            subject,
            schooljaar: d.schooljaar,
            confidential: doc.confidential,
            openedAt: now.toISOString(),
          },
        }),
      },
      {
        definition: HerstelopdrachtIssued,
        event: createEvent(HerstelopdrachtIssued, {
          source: SOURCE,
          subject: caseId,
          ...cause,
          data: {
            caseId,
            subject,
            schooljaar: d.schooljaar,
            legalBasis,
            deadline: herstelDeadline,
          },
        }),
      },
      letterCommand(
        doc,
        'herstelopdracht',
        { facts, concept, zienswijzeDueOn: deadlines[0]!.dueOn },
        cause,
      ),
    ];
    try {
      await this.cases.insertOne(newWithOutbox(doc, events) as CaseDoc);
      await this.relay.queued('cases', [doc._id]);
      return 'opened';
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return 'duplicate';
      throw error;
    }
  }

  /**
   * Results arrived for a vestiging and schooljaar. If a herstelopdracht is
   * running for it and the results came before its deadline, the order is
   * voldaan: the report is adopted, the second letter (quoting the first
   * letter's kenmerk) requested, the outcome published and the case closed.
   */
  async onSubmissionReceived(event: EventOf<typeof SubmissionReceived>): Promise<string> {
    const d = event.data;
    const uniqueKey = `${BUREAUONDERZOEK_MSV}:${d.schooljaar}:${d.vestigingCode}`;
    const key = await this.keys.findOne({ _id: uniqueKey });
    const existing =
      key && (await this.cases.findOne({ _id: key.caseId }, { projection: { _id: 1 } }));
    if (!existing) return 'no-case';
    const receivedOn = amsterdamDate(new Date(d.receivedAt));
    const cause = { correlationId: event.correlationid ?? event.id, causationId: event.id };
    return this.mutate(existing._id, SYSTEM, async (doc, type) => {
      const decision = doc.decisions.find((x) => x.kind === 'herstelopdracht');
      const deadline = doc.deadlines.find((x) => x.kind === 'herstelopdracht');
      if (!decision || !deadline) return null;
      if (decision.outcome !== null) {
        // Already decided (voldaan by an earlier delivery, or niet voldaan):
        // record that data came, once per submission, and change nothing else.
        const marker = `submission ${d.submissionId} revision ${d.revision}`;
        if (doc.timeline.some((t) => t.detail.includes(marker))) return null;
        return {
          set: {},
          timeline: [
            {
              actor: SYSTEM,
              action: 'data-received',
              detail: `${marker} received on ${receivedOn}, after the outcome (${decision.outcome})`,
            },
          ],
          events: [],
        };
      }
      if (receivedOn >= deadline.dueOn) {
        // Too late for the order; the deadline check decides niet voldaan.
        return {
          set: {},
          timeline: [
            {
              actor: SYSTEM,
              action: 'data-received',
              detail: `submission ${d.submissionId} received on ${receivedOn}, on or after the deadline ${deadline.dueOn}`,
            },
          ],
          events: [],
        };
      }
      const firstLetter = doc.letters.find((l) => l.template === 'herstelopdracht-monitoring');
      if (!firstLetter?.kenmerk) {
        // The voldaan letter must quote the first letter's kenmerk. It is
        // normally known within seconds; until then, retry.
        throw new Error(
          `case ${doc._id}: the kenmerk of the herstelopdracht letter is not known yet`,
        );
      }
      return this.decide(doc, type, 'voldaan', receivedOn, SYSTEM, cause, firstLetter.kenmerk);
    });
  }

  /** notifications reports a letter issued: remember its kenmerk on the case. */
  async onLetterIssued(requestId: string, kenmerk: string): Promise<void> {
    const caseId = requestId.split(':')[0]!;
    await this.mutate(caseId, SYSTEM, async (doc) => {
      const letters = doc.letters.map((l) =>
        l.requestId === requestId && l.kenmerk === null ? { ...l, kenmerk } : l,
      );
      if (letters.every((l, i) => l === doc.letters[i])) return null;
      return {
        set: { letters },
        timeline: [
          { actor: SYSTEM, action: 'letter-issued', detail: `${requestId} kenmerk ${kenmerk}` },
        ],
        events: [],
      };
    }).catch((error: unknown) => {
      if (error instanceof CaseRuleError && error.status === 404) return; // a letter of another kind of request
      throw error;
    });
  }

  /**
   * The deadline checks as of a date: a zienswijze term that ended adopts the
   * report; a herstelopdracht deadline that passed without data makes the
   * order niet voldaan and escalates the case. Conditional per case, so two
   * replicas (or a rerun) decide each case once.
   */
  async runDeadlineChecks(
    asOf: string,
    actor: Actor,
  ): Promise<{ examined: number; reportsAdopted: number; escalated: number }> {
    const result = { examined: 0, reportsAdopted: 0, escalated: 0 };
    const cursor = this.cases
      .find({ nextDueOn: { $lte: asOf } }, { projection: { _id: 1 } })
      .batchSize(500);
    for await (const { _id } of cursor) {
      result.examined += 1;
      const outcome = await this.mutate(_id, actor, async (doc, type) => {
        if (isEnded(doc, type)) return null;
        const herstel = doc.deadlines.find((x) => x.kind === 'herstelopdracht');
        const decision = doc.decisions.find((x) => x.kind === 'herstelopdracht');
        if (herstel && decision && decision.outcome === null && hasPassed(herstel, asOf)) {
          const first = doc.letters.find((l) => l.template === 'herstelopdracht-monitoring');
          return this.decide(
            doc,
            type,
            'niet-voldaan',
            asOf,
            actor,
            { correlationId: currentCorrelationId() ?? newEventId() },
            first?.kenmerk ?? null,
          );
        }
        const ziens = doc.deadlines.find((x) => x.kind === 'zienswijze');
        if (ziens && hasPassed(ziens, asOf) && doc.status === MsvStatus.hoorEnWederhoor) {
          return this.adoptReportChange(
            doc,
            actor,
            `the term for a zienswijze ended on ${ziens.dueOn}`,
            'passed',
          );
        }
        return null;
      });
      if (outcome === 'escalated') result.escalated += 1;
      if (outcome === 'report-adopted') result.reportsAdopted += 1;
    }
    return result;
  }

  // ---------------------------------------------------------------------------
  // What people do (through the gateway)

  async registerZienswijze(
    caseId: string,
    text: string,
    receivedOn: string,
    actor: Actor,
  ): Promise<void> {
    await this.mutate(caseId, actor, async (doc) => {
      const term = doc.deadlines.find((x) => x.kind === 'zienswijze');
      if (!term || doc.status !== MsvStatus.hoorEnWederhoor) {
        throw new CaseRuleError(
          `case ${caseId} is not in hoor en wederhoor (status ${doc.status})`,
        );
      }
      if (receivedOn >= term.dueOn) {
        throw new CaseRuleError(
          `the term for a zienswijze ended on ${term.dueOn}; received on ${receivedOn} is too late`,
          422,
        );
      }
      const now = this.clock.now();
      return {
        set: {
          documents: [
            ...doc.documents,
            {
              kind: 'zienswijze',
              title: `Zienswijze van het bestuur, ontvangen ${receivedOn}`,
              paragraphs: splitParagraphs(text),
              at: now,
              actor,
            },
          ],
        },
        timeline: [
          { actor, action: 'document-added', detail: `zienswijze received on ${receivedOn}` },
        ],
        events: [],
      };
    });
  }

  async adoptReport(caseId: string, actor: Actor, reason: string): Promise<void> {
    await this.mutate(caseId, actor, async (doc) => {
      if (doc.status !== MsvStatus.hoorEnWederhoor)
        throw new CaseRuleError(
          `the report of case ${caseId} can't be adopted in status ${doc.status}`,
        );
      return this.adoptReportChange(doc, actor, reason, 'met');
    });
  }

  async assign(
    caseId: string,
    assignee: string | null,
    actor: Actor,
    reason: string,
  ): Promise<void> {
    await this.mutate(caseId, actor, async (doc) => ({
      set: { assignee },
      timeline: [
        {
          actor,
          action: 'assigned',
          detail: `${doc.assignee ?? 'nobody'} → ${assignee ?? 'nobody'}`,
          reason,
        },
      ],
      events: [],
    }));
  }

  async addNote(caseId: string, text: string, actor: Actor): Promise<void> {
    await this.mutate(caseId, actor, async (doc) => ({
      set: { notes: [...doc.notes, { at: this.clock.now(), actor, text }] },
      timeline: [{ actor, action: 'note', detail: text.slice(0, 200) }],
      events: [],
    }));
  }

  async changeDeadline(
    caseId: string,
    kind: string,
    action: 'suspend' | 'resume' | 'extend',
    input: { reason: string; duration?: string; until?: string },
    actor: Actor,
  ): Promise<Deadline> {
    let changed: Deadline | undefined;
    await this.mutate(caseId, actor, async (doc, type) => {
      const current = doc.deadlines.find((x) => x.kind === kind);
      if (!current) throw new CaseRuleError(`case ${caseId} has no ${kind} deadline`, 404);
      if ((action === 'suspend' || action === 'resume') && !type.suspendable) {
        throw new CaseRuleError(
          `case type ${type.code}@${type.version} does not allow suspending deadlines`,
          422,
        );
      }
      if (action === 'extend' && !type.extendable)
        throw new CaseRuleError(
          `case type ${type.code}@${type.version} does not allow extending deadlines`,
          422,
        );
      const today = amsterdamDate(this.clock.now());
      try {
        changed =
          action === 'suspend'
            ? suspend(current, today, input.reason, actor)
            : action === 'resume'
              ? resume(current, today, input.reason, actor)
              : extend(
                  current,
                  {
                    ...(input.duration ? { duration: input.duration } : {}),
                    ...(input.until ? { until: input.until } : {}),
                  },
                  today,
                  input.reason,
                  actor,
                );
      } catch (error) {
        if (error instanceof DeadlineError || error instanceof Error)
          throw new CaseRuleError(error.message, 422);
        throw error;
      }
      const deadlines = doc.deadlines.map((x) => (x.kind === kind ? changed! : x));
      return {
        set: { deadlines, nextDueOn: nextDueOn(deadlines) },
        timeline: [
          {
            actor,
            action: `deadline-${action}`,
            detail: `${kind}: due ${current.dueOn} → ${changed.dueOn}`,
            reason: input.reason,
          },
        ],
        events: [],
      };
    });
    return changed!;
  }

  async get(caseId: string): Promise<CaseDoc> {
    const doc = await this.cases.findOne(
      { _id: caseId },
      { projection: { outbox: 0, outboxPending: 0 } },
    );
    if (!doc) throw new CaseRuleError(`case ${caseId} does not exist`, 404);
    return doc;
  }

  // ---------------------------------------------------------------------------

  private async decide(
    doc: CaseDoc,
    type: CaseTypeDefinition,
    outcome: 'voldaan' | 'niet-voldaan',
    on: string,
    actor: Actor,
    cause: { correlationId: string; causationId?: string },
    firstKenmerk: string | null,
  ): Promise<Change & { result: string }> {
    const now = this.clock.now();
    const decisions = doc.decisions.map((x) =>
      x.kind === 'herstelopdracht' ? { ...x, outcome, decidedOn: on } : x,
    );
    const deadlines = doc.deadlines.map((x): Deadline =>
      x.state !== 'running' && x.state !== 'suspended'
        ? x
        : { ...x, state: outcome === 'voldaan' || x.kind !== 'herstelopdracht' ? 'met' : 'passed' },
    );
    const facts = this.factsOf(doc);
    const hadZienswijze = doc.documents.some((x) => x.kind === 'zienswijze');
    const report = finalReport(facts, outcome, hadZienswijze);
    const adoptedBefore = doc.documents.some((x) => x.kind === 'final-report');
    const documents = [
      ...doc.documents.filter((x) => x.kind !== 'final-report'),
      { kind: 'final-report' as const, ...report, at: now, actor },
    ];
    const purpose: LetterPurpose = outcome === 'voldaan' ? 'voldaan' : 'niet-voldaan';
    const letter: LetterRef = {
      requestId: `${doc._id}:${purpose}`,
      template: `herstelopdracht-${purpose}`,
      requestedAt: now,
      kenmerk: null,
    };
    const status = outcome === 'voldaan' ? MsvStatus.closed : MsvStatus.escalated;
    const timeCause = { ...cause, time: now };
    const events: PendingEvent[] = [
      letterCommand(doc, purpose, { facts, firstKenmerk, decidedOn: on }, timeCause),
      {
        definition: HerstelopdrachtOutcomeDetermined,
        event: createEvent(HerstelopdrachtOutcomeDetermined, {
          source: SOURCE,
          subject: doc._id,
          ...timeCause,
          data: {
            caseId: doc._id,
            caseType: doc.caseType,
            bevoegdGezagNummer: doc.subject.bevoegdGezagNummer!,
            boardName: doc.subject.boardName,
            brin: doc.subject.brin!,
            schoolName: doc.subject.schoolName,
            vestigingCode: doc.subject.vestigingCode,
            schooljaar: doc.schooljaar,
            outcome,
            decidedOn: on,
            report,
          },
        }),
      },
    ];
    if (outcome === 'voldaan') {
      events.push({
        definition: CaseClosed,
        event: createEvent(CaseClosed, {
          source: SOURCE,
          subject: doc._id,
          ...timeCause,
          data: {
            caseId: doc._id,
            caseType: doc.caseType,
            result: 'voldaan',
            closedAt: now.toISOString(),
          },
        }),
      });
    } else {
      events.push({
        definition: CaseEscalated,
        event: createEvent(CaseEscalated, {
          source: SOURCE,
          subject: doc._id,
          ...timeCause,
          data: {
            caseId: doc._id,
            caseType: doc.caseType,
            subject: {
              kind: doc.subject.kind,
              bevoegdGezagNummer: doc.subject.bevoegdGezagNummer,
              brin: doc.subject.brin,
              vestigingCode: doc.subject.vestigingCode,
            },
            queue: type.escalationQueue ?? 'coordinators',
            reason: `herstelopdracht niet voldaan: no monitoring results before ${doc.deadlines.find((x) => x.kind === 'herstelopdracht')?.dueOn ?? on}`,
          },
        }),
      });
    }
    const timeline: Omit<TimelineEntry, 'at'>[] = [
      { actor, action: 'decision', detail: `herstelopdracht ${outcome} on ${on}` },
      ...(adoptedBefore
        ? []
        : [{ actor, action: 'document-added', detail: 'report adopted (vastgesteld)' }]),
      { actor, action: 'status', detail: `${doc.status} → ${status}` },
      { actor, action: 'letter-requested', detail: `${letter.template} (${letter.requestId})` },
    ];
    return {
      result: outcome === 'voldaan' ? 'closed' : 'escalated',
      set: {
        decisions,
        deadlines,
        nextDueOn: null,
        documents,
        status,
        letters: [...doc.letters, letter],
        ...(outcome === 'voldaan'
          ? { result: 'voldaan', closedAt: now, queue: null }
          : { queue: type.escalationQueue ?? 'coordinators' }),
      },
      timeline,
      events,
    };
  }

  private adoptReportChange(
    doc: CaseDoc,
    actor: Actor,
    reason: string,
    termState: 'met' | 'passed',
  ): Change & { result: string } {
    const now = this.clock.now();
    const report = finalReport(
      this.factsOf(doc),
      null,
      doc.documents.some((x) => x.kind === 'zienswijze'),
    );
    const deadlines = doc.deadlines.map((x): Deadline =>
      x.kind === 'zienswijze' && x.state === 'running' ? { ...x, state: termState } : x,
    );
    return {
      result: 'report-adopted',
      set: {
        status: MsvStatus.reportAdopted,
        deadlines,
        nextDueOn: nextDueOn(deadlines),
        documents: [...doc.documents, { kind: 'final-report', ...report, at: now, actor }],
      },
      timeline: [
        { actor, action: 'document-added', detail: 'report adopted (vastgesteld)', reason },
        { actor, action: 'status', detail: `${doc.status} → ${MsvStatus.reportAdopted}` },
      ],
      events: [],
    };
  }

  private factsOf(doc: CaseDoc): ReportFacts {
    const decision = doc.decisions.find((x) => x.kind === 'herstelopdracht');
    const herstel = doc.deadlines.find((x) => x.kind === 'herstelopdracht');
    return {
      // The name the first letter used: the vestiging's, not the instelling's (schoolName).
      schoolName:
        doc.subject.vestigingName ?? doc.subject.schoolName ?? doc.subject.vestigingCode ?? '',
      vestigingCode: doc.subject.vestigingCode ?? '',
      boardName: doc.subject.boardName ?? doc.subject.bevoegdGezagNummer ?? '',
      schooljaar: doc.schooljaar ?? '',
      monitoringDeadline: `${(doc.schooljaar ?? '0000-0000').slice(5)}-07-01`,
      legalBasis: decision?.legalBasis ?? '',
      herstelDeadline: herstel?.originalDueOn ?? '',
    };
  }

  /** The first `MM-DD` strictly after the monitoring deadline. */
  herstelDeadlineAfter(monitoringDeadline: string): string {
    const year = Number(monitoringDeadline.slice(0, 4));
    const candidate = `${year}-${this.settings.herstelopdrachtDeadline}`;
    return candidate > monitoringDeadline
      ? candidate
      : `${year + 1}-${this.settings.herstelopdrachtDeadline}`;
  }

  /**
   * Read, decide, write conditionally on the version read; retry when another
   * writer got there first. `decide` returns null for "nothing to do".
   */
  /**
   * The case id for a unique key: the one already claimed, or a new one
   * claimed now. Claiming before the case is inserted means a crash in
   * between leaves a key without a case, which the redelivered event then
   * opens under the same id; two replicas racing get the same id, and the
   * case insert lets exactly one of them win.
   */
  private async claimKey(uniqueKey: string): Promise<string> {
    const claimed = await this.keys.findOne({ _id: uniqueKey });
    if (claimed) return claimed.caseId;
    const caseId = newEventId();
    try {
      await this.keys.insertOne({ _id: uniqueKey, caseId });
      return caseId;
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      const winner = await this.keys.findOne({ _id: uniqueKey });
      if (!winner) throw error;
      return winner.caseId;
    }
  }

  private async mutate(
    caseId: string,
    actor: Actor,
    decide: (
      doc: CaseDoc,
      type: CaseTypeDefinition,
    ) => Promise<(Change & { result?: string }) | null>,
  ): Promise<string> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const doc = await this.cases.findOne({ _id: caseId }, { projection: { outbox: 0 } });
      if (!doc) throw new CaseRuleError(`case ${caseId} does not exist`, 404);
      const type = await this.catalogue.get(doc.caseType.code, doc.caseType.version);
      const change = await decide(doc, type);
      if (change === null) return 'unchanged';
      const now = this.clock.now();
      const timeline = change.timeline.map((t) => ({ ...t, at: now }));
      const update = withOutbox(
        {
          $set: { ...change.set, updatedAt: now, updatedBy: actor },
          $inc: { version: 1 },
          ...(timeline.length > 0 ? { $push: { timeline: { $each: timeline } } } : {}),
        },
        change.events,
      );
      const written = await this.cases.updateOne(
        { _id: caseId, version: doc.version } as Filter<CaseDoc>,
        update as never,
      );
      if (written.modifiedCount === 1) {
        if (change.events.length > 0) await this.relay.queued('cases', [caseId]);
        return change.result ?? 'changed';
      }
      this.log.debug(`case ${caseId} changed concurrently (version ${doc.version}); retrying`);
    }
    throw new CaseRuleError(`case ${caseId} is changing too often to update; try again`, 409);
  }
}

function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
