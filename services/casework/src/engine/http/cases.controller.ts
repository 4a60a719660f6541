import { Controller, ForbiddenException, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  type Actor,
  actorLabel,
  CurrentActor,
  isAllowed,
  mayReadLevel,
  RequirePermission,
} from '@inspectorate/auth';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { Api, type PagingInput, Valid, badRequest, pageOf, pagingOf } from '@inspectorate/http';
import type { Request } from 'express';
import { CaseCommands } from '../case-commands';
import { CaseReads } from '../case-reads';
import { type CaseListFilter, CaseRepository } from '../case.repository';
import { DeadlineChecks } from '../deadline-checks';
import {
  AssignBody,
  CasePath,
  CaseView,
  CasesPage,
  CasesQuery,
  DeadlineAnswer,
  DeadlineBody,
  DeadlineChecksAnswer,
  DeadlineChecksQuery,
  DeadlinePath,
  NoteBody,
  ReadHeaders,
  TimelineView,
} from './schemas';

type CasesFilterQuery = Omit<CaseListFilter, 'after' | 'assignee'> & {
  assignee?: string;
} & PagingInput;
type DeadlineAction = 'suspend' | 'resume' | 'extend';

const isCaseId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(value);

/** A confidential case is a vertrouwensdossier: ZGW `vertrouwelijk` (libs/auth's levels). */
export const mayReadConfidential = (actor: Actor): boolean => mayReadLevel(actor, 'vertrouwelijk');

/**
 * Cases for people, through the gateway: work queues, a case with its
 * timeline, and what they do to it. Each route for its permission in libs/auth's
 * table; a confidential case only for who may read `vertrouwelijk`, in a
 * list as in a single read; who acted is the verified token's actor.
 */
@Controller('cases')
export class CasesController {
  constructor(
    private readonly repository: CaseRepository,
    private readonly commands: CaseCommands,
    private readonly reads: CaseReads,
  ) {}

  /**
   * A work queue: filter by type, status, assignee, queue, board, BRIN and
   * "deadline before"; pages by case id (UUID v7, so in order of opening)
   * with the `after` cursor of the `next` link, which stays fast however
   * deep one pages.
   */
  @RequirePermission('cases.read')
  @Get()
  @Api({
    summary: 'A work queue of cases',
    tags: ['cases'],
    query: CasesQuery,
    responses: { 200: CasesPage },
  })
  async list(
    @Valid('query') q: CasesFilterQuery,
    @Req() req: Request,
    @CurrentActor() actor: Actor,
  ) {
    const paging = pagingOf(q, isCaseId);
    const filter: CaseListFilter = {};
    // The same rule as a single read (Open Zaak's CVE-2026-54657 was a search that skipped it).
    if (!mayReadConfidential(actor)) filter.confidential = false;
    if (q.queue === 'coordinators' && !isAllowed(actor, 'cases.coordinators-queue'))
      throw new ForbiddenException({
        code: 'forbidden',
        message: "the coordinators' queue needs the permission cases.coordinators-queue",
      });
    if (q.type) filter.type = q.type;
    if (q.status) filter.status = q.status;
    if (q.assignee) filter.assignee = q.assignee === 'none' ? null : q.assignee;
    if (q.queue) filter.queue = q.queue;
    if (q.board) filter.board = q.board;
    if (q.brin) filter.brin = q.brin.toUpperCase();
    if (q.deadlineBefore) filter.deadlineBefore = q.deadlineBefore;
    if (paging.after !== undefined) filter.after = paging.after;
    const fetched = await this.repository.list(filter, paging.limit + 1);
    // A confidential case shows no subject in a queue: only that it concerns a board or school.
    const visible = fetched.map((c) =>
      c.confidential ? { ...c, subject: { kind: c.subject.kind } } : c,
    );
    return pageOf(visible, paging, req, (c) => c._id);
  }

  /** A case with its documents and decisions. Every read is recorded: who, when, why. */
  @RequirePermission('cases.read')
  @Get(':id')
  @Api({
    summary: 'A case (a recorded read)',
    tags: ['cases'],
    params: CasePath,
    headers: ReadHeaders,
    responses: { 200: CaseView },
  })
  async get(
    @Valid('params') p: { id: string },
    @Valid('headers') h: { 'x-reason'?: string },
    @CurrentActor() actor: Actor,
  ) {
    const doc = await this.reads.read(
      p.id,
      actorLabel(actor),
      h['x-reason'],
      'case',
      mayReadConfidential(actor),
    );
    const { timeline, ...rest } = doc;
    return { ...rest, timelineLength: timeline.length };
  }

  /** The audit trail of changes, oldest first. Also a recorded read. */
  @RequirePermission('cases.read')
  @Get(':id/timeline')
  @Api({
    summary: 'The audit trail of a case (a recorded read)',
    tags: ['cases'],
    params: CasePath,
    headers: ReadHeaders,
    responses: { 200: TimelineView },
  })
  async timeline(
    @Valid('params') p: { id: string },
    @Valid('headers') h: { 'x-reason'?: string },
    @CurrentActor() actor: Actor,
  ) {
    const doc = await this.reads.read(
      p.id,
      actorLabel(actor),
      h['x-reason'],
      'timeline',
      mayReadConfidential(actor),
    );
    return { caseId: p.id, entries: doc.timeline };
  }

  /** Who read the case, when and why. */
  @RequirePermission('cases.read')
  @Get(':id/reads')
  @Api({
    summary: 'Who read a case, when and why',
    tags: ['cases'],
    params: CasePath,
    responses: { 200: TimelineView },
  })
  async readsOf(@Valid('params') p: { id: string }, @CurrentActor() actor: Actor) {
    const entries = await this.reads.readsOf(p.id, mayReadConfidential(actor));
    return { caseId: p.id, entries };
  }

  @RequirePermission('cases.work')
  @Post(':id/assign')
  @HttpCode(204)
  @Api({
    summary: 'Assign a case to a person, or unassign it (null)',
    tags: ['cases'],
    params: CasePath,
    body: AssignBody,
    responses: { 204: { description: 'Assigned' } },
  })
  async assign(
    @Valid('params') p: { id: string },
    @Valid('body') b: { assignee: string | null; reason: string },
    @CurrentActor() actor: Actor,
  ) {
    await this.reads.accessible(p.id, mayReadConfidential(actor));
    await this.commands.assign(p.id, b.assignee, actorLabel(actor), b.reason);
  }

  @RequirePermission('cases.work')
  @Post(':id/notes')
  @HttpCode(204)
  @Api({
    summary: 'Add a note to a case',
    tags: ['cases'],
    params: CasePath,
    body: NoteBody,
    responses: { 204: { description: 'Noted' } },
  })
  async note(
    @Valid('params') p: { id: string },
    @Valid('body') b: { text: string },
    @CurrentActor() actor: Actor,
  ) {
    await this.reads.accessible(p.id, mayReadConfidential(actor));
    await this.commands.addNote(p.id, b.text, actorLabel(actor));
  }

  @RequirePermission('cases.work')
  @Post(':id/deadlines/:kind/:action')
  @HttpCode(201)
  @Api({
    summary: 'Suspend, resume or extend a deadline of a case',
    tags: ['cases'],
    params: DeadlinePath,
    body: DeadlineBody,
    responses: { 201: DeadlineAnswer },
  })
  async deadline(
    @Valid('params') p: { id: string; kind: string; action: DeadlineAction },
    @Valid('body') b: { reason: string; duration?: string; until?: string },
    @CurrentActor() actor: Actor,
  ) {
    await this.reads.accessible(p.id, mayReadConfidential(actor));
    return this.commands.changeDeadline(p.id, p.kind, p.action, b, actorLabel(actor));
  }
}

/** Operators and tests run the deadline checks as of a date; the daily job does the same for today. */
@Controller('deadline-checks')
export class DeadlineChecksController {
  constructor(
    private readonly checks: DeadlineChecks,
    private readonly clock: Clock,
  ) {}

  @RequirePermission('cases.deadline-checks.run')
  @Post()
  @HttpCode(201)
  @Api({
    summary: 'Run the deadline checks as of a day (today when left out)',
    tags: ['operations'],
    query: DeadlineChecksQuery,
    responses: { 201: DeadlineChecksAnswer },
  })
  async run(@Valid('query') q: { asOf?: string }, @CurrentActor() actor: Actor) {
    const today = amsterdamDate(this.clock.now());
    const date = q.asOf ?? today;
    if (date > today) {
      // A term has passed only once its day has come; checks "as of" a later
      // day would decide terms that are still running (and say so in letters).
      throw badRequest(
        `asOf must be today (${today}) or earlier: deadline checks cannot run for a day that has not come (got '${date}')`,
        [{ in: 'query', path: '/asOf', message: `must be ${today} or earlier` }],
      );
    }
    return { asOf: date, ...(await this.checks.run(date, actorLabel(actor))) };
  }
}
