import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { Api, type PagingInput, Valid, badRequest, pageOf, pagingOf } from '@inspectorate/http';
import type { Request } from 'express';
import { CaseCommands } from '../case-commands';
import { CaseReads } from '../case-reads';
import { type CaseListFilter, CaseRepository } from '../case.repository';
import { DeadlineChecks } from '../deadline-checks';
import {
  ActorHeaders,
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

/** Cases for people, through the gateway: work queues, a case with its timeline, and what they do to it. */
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
  @Get()
  @Api({
    summary: 'A work queue of cases',
    tags: ['cases'],
    query: CasesQuery,
    responses: { 200: CasesPage },
  })
  async list(@Valid('query') q: CasesFilterQuery, @Req() req: Request) {
    const paging = pagingOf(q, isCaseId);
    const filter: CaseListFilter = {};
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
    @Valid('headers') h: { 'x-actor': string; 'x-reason'?: string },
  ) {
    const doc = await this.reads.read(p.id, h['x-actor'].trim(), h['x-reason'], 'case');
    const { timeline, ...rest } = doc;
    return { ...rest, timelineLength: timeline.length };
  }

  /** The audit trail of changes, oldest first. Also a recorded read. */
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
    @Valid('headers') h: { 'x-actor': string; 'x-reason'?: string },
  ) {
    const doc = await this.reads.read(p.id, h['x-actor'].trim(), h['x-reason'], 'timeline');
    return { caseId: p.id, entries: doc.timeline };
  }

  /** Who read the case, when and why. */
  @Get(':id/reads')
  @Api({
    summary: 'Who read a case, when and why',
    tags: ['cases'],
    params: CasePath,
    responses: { 200: TimelineView },
  })
  async readsOf(@Valid('params') p: { id: string }) {
    const entries = await this.reads.readsOf(p.id);
    return { caseId: p.id, entries };
  }

  @Post(':id/assign')
  @HttpCode(204)
  @Api({
    summary: 'Assign a case to a person, or unassign it (null)',
    tags: ['cases'],
    params: CasePath,
    headers: ActorHeaders,
    body: AssignBody,
    responses: { 204: { description: 'Assigned' } },
  })
  async assign(
    @Valid('params') p: { id: string },
    @Valid('body') b: { assignee: string | null; reason: string },
    @Valid('headers') h: { 'x-actor': string },
  ) {
    await this.commands.assign(p.id, b.assignee, h['x-actor'].trim(), b.reason);
  }

  @Post(':id/notes')
  @HttpCode(204)
  @Api({
    summary: 'Add a note to a case',
    tags: ['cases'],
    params: CasePath,
    headers: ActorHeaders,
    body: NoteBody,
    responses: { 204: { description: 'Noted' } },
  })
  async note(
    @Valid('params') p: { id: string },
    @Valid('body') b: { text: string },
    @Valid('headers') h: { 'x-actor': string },
  ) {
    await this.commands.addNote(p.id, b.text, h['x-actor'].trim());
  }

  @Post(':id/deadlines/:kind/:action')
  @HttpCode(201)
  @Api({
    summary: 'Suspend, resume or extend a deadline of a case',
    tags: ['cases'],
    params: DeadlinePath,
    headers: ActorHeaders,
    body: DeadlineBody,
    responses: { 201: DeadlineAnswer },
  })
  async deadline(
    @Valid('params') p: { id: string; kind: string; action: DeadlineAction },
    @Valid('body') b: { reason: string; duration?: string; until?: string },
    @Valid('headers') h: { 'x-actor': string },
  ) {
    return this.commands.changeDeadline(p.id, p.kind, p.action, b, h['x-actor'].trim());
  }
}

/** Operators and tests run the deadline checks as of a date; the daily job does the same for today. */
@Controller('deadline-checks')
export class DeadlineChecksController {
  constructor(
    private readonly checks: DeadlineChecks,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Api({
    summary: 'Run the deadline checks as of a day (today when left out)',
    tags: ['operations'],
    query: DeadlineChecksQuery,
    headers: ActorHeaders,
    responses: { 201: DeadlineChecksAnswer },
  })
  async run(@Valid('query') q: { asOf?: string }, @Valid('headers') h: { 'x-actor': string }) {
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
    return { asOf: date, ...(await this.checks.run(date, h['x-actor'].trim())) };
  }
}
