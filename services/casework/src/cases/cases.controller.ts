import {
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
import { InjectConnection } from '@nestjs/mongoose';
import { Type } from '@sinclair/typebox';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import { CaseworkErrorFilter, actorOf, isoDateParam, parseBody } from '../http';
import { type CaseDoc, CaseRuleError } from './case';
import { CasesService } from './cases.service';

interface CaseReadDoc {
  caseId: string;
  actor: string;
  reason: string | null;
  what: 'case' | 'timeline';
  at: Date;
}

const Reason = Type.String({
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
const ZienswijzeBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 100_000 }),
    receivedOn: Type.String({ format: 'date' }),
  },
  { additionalProperties: false },
);
const AdoptBody = Type.Object({ reason: Reason }, { additionalProperties: false });
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

const LIST_FIELDS = {
  _id: 1,
  caseType: 1,
  confidential: 1,
  subject: 1,
  schooljaar: 1,
  status: 1,
  result: 1,
  assignee: 1,
  queue: 1,
  nextDueOn: 1,
  openedAt: 1,
} as const;

/** Cases for people, through the gateway: work queues, a case with its timeline, and what they do to it. */
@Controller('cases')
@UseFilters(CaseworkErrorFilter)
export class CasesController {
  private readonly reads: Collection<CaseReadDoc>;

  constructor(
    private readonly cases: CasesService,
    private readonly clock: Clock,
    @InjectConnection() connection: Connection,
  ) {
    this.reads = connection.db!.collection<CaseReadDoc>('case_reads');
  }

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
    const filter: Filter<CaseDoc> = {};
    if (q['type']) filter['caseType.code'] = q['type'];
    if (q['status']) filter.status = q['status'];
    if (q['assignee']) filter.assignee = q['assignee'] === 'none' ? null : q['assignee'];
    if (q['queue']) filter.queue = q['queue'];
    if (q['board']) filter['subject.bevoegdGezagNummer'] = q['board'];
    if (q['brin']) filter['subject.brin'] = q['brin'].toUpperCase();
    if (q['deadlineBefore'])
      filter.nextDueOn = {
        $ne: null,
        $lt: isoDateParam(q['deadlineBefore'], 'deadlineBefore'),
      } as never;
    if (q['after']) filter._id = { $gt: q['after'] };
    const items = await this.cases.cases
      .find(filter, { projection: LIST_FIELDS })
      .sort({ _id: 1 })
      .limit(limit + 1)
      .toArray();
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
    const actor = actorOf(actorHeader);
    const doc = await this.cases.get(id);
    if (doc.confidential && !reason?.trim()) {
      throw new CaseRuleError(
        'this case is confidential: give the reason for reading it in the X-Reason header',
        422,
      );
    }
    await this.reads.insertOne({
      caseId: id,
      actor,
      reason: reason?.trim() || null,
      what: 'case',
      at: this.clock.now(),
    });
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
    const actor = actorOf(actorHeader);
    const doc = await this.cases.get(id);
    if (doc.confidential && !reason?.trim()) {
      throw new CaseRuleError(
        'this case is confidential: give the reason for reading it in the X-Reason header',
        422,
      );
    }
    await this.reads.insertOne({
      caseId: id,
      actor,
      reason: reason?.trim() || null,
      what: 'timeline',
      at: this.clock.now(),
    });
    return { caseId: id, entries: doc.timeline };
  }

  /** Who read the case, when and why. */
  @Get(':id/reads')
  async readsOf(@Param('id') id: string) {
    await this.cases.get(id);
    const entries = await this.reads
      .find({ caseId: id }, { projection: { _id: 0 } })
      .sort({ at: 1 })
      .limit(1000)
      .toArray();
    return { caseId: id, entries };
  }

  @Post(':id/assign')
  @HttpCode(204)
  async assign(@Param('id') id: string, @Body() body: unknown, @Headers('x-actor') actor?: string) {
    const b = parseBody<{ assignee: string | null; reason: string }>(AssignBody, body);
    await this.cases.assign(id, b.assignee, actorOf(actor), b.reason);
  }

  @Post(':id/notes')
  @HttpCode(204)
  async note(@Param('id') id: string, @Body() body: unknown, @Headers('x-actor') actor?: string) {
    const b = parseBody<{ text: string }>(NoteBody, body);
    await this.cases.addNote(id, b.text, actorOf(actor));
  }

  /** The board's zienswijze on the concept report (hoor en wederhoor), within its term. */
  @Post(':id/zienswijze')
  @HttpCode(204)
  async zienswijze(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('x-actor') actor?: string,
  ) {
    const b = parseBody<{ text: string; receivedOn: string }>(ZienswijzeBody, body);
    await this.cases.registerZienswijze(id, b.text, b.receivedOn, actorOf(actor));
  }

  /** Adopt (vaststellen) the report before the zienswijze term ends, e.g. once the zienswijze is weighed. */
  @Post(':id/report/adopt')
  @HttpCode(204)
  async adopt(@Param('id') id: string, @Body() body: unknown, @Headers('x-actor') actor?: string) {
    const b = parseBody<{ reason: string }>(AdoptBody, body);
    await this.cases.adoptReport(id, actorOf(actor), b.reason);
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
    return this.cases.changeDeadline(id, kind, action, b, actorOf(actor));
  }
}

/** Operators and tests run the deadline checks as of a date; the daily job does the same for today. */
@Controller('deadline-checks')
@UseFilters(CaseworkErrorFilter)
export class DeadlineChecksController {
  constructor(
    private readonly cases: CasesService,
    private readonly clock: Clock,
  ) {}

  @Post()
  async run(@Query('asOf') asOf: string | undefined, @Headers('x-actor') actor?: string) {
    const date = asOf === undefined ? amsterdamDate(this.clock.now()) : isoDateParam(asOf, 'asOf');
    return { asOf: date, ...(await this.cases.runDeadlineChecks(date, actorOf(actor))) };
  }
}
