import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  UseFilters,
} from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { CaseworkErrorFilter, actorOf, isoDateParam, parseBody } from '../../http';
import { CaseRuleError } from '../case';
import { CaseCommands } from '../case-commands';
import { CaseReads } from '../case-reads';
import { type CaseListFilter, CaseRepository } from '../case.repository';
import { DeadlineChecks } from '../deadline-checks';

export const Reason = Type.String({
  minLength: 3,
  maxLength: 500,
  description: 'Why; kept in the audit trail.',
});
const AssignBody = Type.Object(
  {
    assignee: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
    reason: Reason,
  },
  { additionalProperties: false },
);
const NoteBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 10_000 }) },
  { additionalProperties: false },
);
const DeadlineBody = Type.Object(
  {
    reason: Reason,
    duration: Type.Optional(
      Type.String({
        pattern: '^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$',
        description: 'For extend: e.g. P2W',
      }),
    ),
    until: Type.Optional(
      Type.String({ format: 'date', description: 'For extend: the new due date' }),
    ),
  },
  { additionalProperties: false },
);

/** Cases for people, through the gateway: work queues, a case with its timeline, and what they do to it. */
@Controller('cases')
@UseFilters(CaseworkErrorFilter)
export class CasesController {
  constructor(
    private readonly repository: CaseRepository,
    private readonly commands: CaseCommands,
    private readonly reads: CaseReads,
  ) {}

  /**
   * A work queue: filter by type, status, assignee, queue, board, BRIN and
   * "deadline before"; pages by case id (UUID v7, so in order of opening)
   * with `after`, which stays fast however deep one pages.
   */
  @Get()
  async list(@Query() q: Record<string, string | undefined>) {
    const limit = q['limit'] === undefined ? 50 : Number(q['limit']);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new CaseRuleError(`limit must be an integer from 1 to 500 (got '${q['limit']}')`, 422);
    }
    const filter: CaseListFilter = {};
    if (q['type']) filter.type = q['type'];
    if (q['status']) filter.status = q['status'];
    if (q['assignee']) filter.assignee = q['assignee'] === 'none' ? null : q['assignee'];
    if (q['queue']) filter.queue = q['queue'];
    if (q['board']) filter.board = q['board'];
    if (q['brin']) filter.brin = q['brin'].toUpperCase();
    if (q['deadlineBefore'])
      filter.deadlineBefore = isoDateParam(q['deadlineBefore'], 'deadlineBefore');
    if (q['after']) filter.after = q['after'];
    const items = await this.repository.list(filter, limit + 1);
    const page = items
      .slice(0, limit)
      .map((c) => (c.confidential ? { ...c, subject: { kind: c.subject.kind } } : c));
    return { items: page, next: items.length > limit ? page[page.length - 1]!._id : null };
  }

  /** A case with its documents and decisions. Every read is recorded: who, when, why. */
  @Get(':id')
  async get(
    @Param('id') id: string,
    @Headers('x-actor') actorHeader?: string,
    @Headers('x-reason') reason?: string,
  ) {
    const doc = await this.reads.read(id, actorOf(actorHeader), reason, 'case');
    const { timeline, ...rest } = doc;
    return { ...rest, timelineLength: timeline.length };
  }

  /** The audit trail of changes, oldest first. Also a recorded read. */
  @Get(':id/timeline')
  async timeline(
    @Param('id') id: string,
    @Headers('x-actor') actorHeader?: string,
    @Headers('x-reason') reason?: string,
  ) {
    const doc = await this.reads.read(id, actorOf(actorHeader), reason, 'timeline');
    return { caseId: id, entries: doc.timeline };
  }

  /** Who read the case, when and why. */
  @Get(':id/reads')
  async readsOf(@Param('id') id: string) {
    const entries = await this.reads.readsOf(id);
    return { caseId: id, entries };
  }

  @Post(':id/assign')
  @HttpCode(204)
  async assign(@Param('id') id: string, @Body() body: unknown, @Headers('x-actor') actor?: string) {
    const b = parseBody<{ assignee: string | null; reason: string }>(AssignBody, body);
    await this.commands.assign(id, b.assignee, actorOf(actor), b.reason);
  }

  @Post(':id/notes')
  @HttpCode(204)
  async note(@Param('id') id: string, @Body() body: unknown, @Headers('x-actor') actor?: string) {
    const b = parseBody<{ text: string }>(NoteBody, body);
    await this.commands.addNote(id, b.text, actorOf(actor));
  }

  @Post(':id/deadlines/:kind/:action')
  async deadline(
    @Param('id') id: string,
    @Param('kind') kind: string,
    @Param('action') action: string,
    @Body() body: unknown,
    @Headers('x-actor') actor?: string,
  ) {
    if (action !== 'suspend' && action !== 'resume' && action !== 'extend') {
      throw new CaseRuleError(`unknown action '${action}': use suspend, resume or extend`, 404);
    }
    const b = parseBody<{ reason: string; duration?: string; until?: string }>(DeadlineBody, body);
    return this.commands.changeDeadline(id, kind, action, b, actorOf(actor));
  }
}

/** Operators and tests run the deadline checks as of a date; the daily job does the same for today. */
@Controller('deadline-checks')
@UseFilters(CaseworkErrorFilter)
export class DeadlineChecksController {
  constructor(
    private readonly checks: DeadlineChecks,
    private readonly clock: Clock,
  ) {}

  @Post()
  async run(@Query('asOf') asOf: string | undefined, @Headers('x-actor') actor?: string) {
    const today = amsterdamDate(this.clock.now());
    const date = asOf === undefined ? today : isoDateParam(asOf, 'asOf');
    if (date > today) {
      // A term has passed only once its day has come; checks "as of" a later
      // day would decide terms that are still running (and say so in letters).
      throw new BadRequestException({
        error: 'invalid-request',
        message: `asOf must be today (${today}) or earlier: deadline checks cannot run for a day that has not come (got '${date}')`,
      });
    }
    return { asOf: date, ...(await this.checks.run(date, actorOf(actor))) };
  }
}
