import {
  Body,
  ConflictException,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { Clock, JobRunner } from '@inspectorate/scheduling';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { deadlineProblem } from '../domain/deadline';
import { actorOf, dateParam, invalid, parseBody, schooljaarParam } from '../http/validation';
import { SweepService } from './sweep.service';

export const SWEEP_JOB = 'monitoring-deadline-sweep';

/**
 * Operators' (and tests') handle on the deadline sweep and the deadlines.
 * INTERNAL: the gateway guards these by role.
 */
@Controller()
export class SweepController {
  constructor(
    private readonly sweeps: SweepService,
    private readonly deadlines: DeadlinesService,
    private readonly jobs: JobRunner,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs the sweep now, under the same lease as the scheduled one: while
   * another replica sweeps, 409. Safe to repeat: what was marked stays
   * marked and emits nothing again.
   */
  @Post('sweeps/:schooljaar')
  @HttpCode(200)
  async sweep(@Param('schooljaar') schooljaar: string, @Query('asOf') asOf?: string) {
    const sj = schooljaarParam(schooljaar);
    const at = dateParam(asOf, 'asOf');
    const run = await this.jobs.runExclusive(SWEEP_JOB, (ctx) =>
      this.sweeps.sweep(sj, at, ctx.signal),
    );
    if (!run.ran)
      throw new ConflictException({
        error: 'sweep-running',
        message: 'a deadline sweep is running on another replica; retry when it is done',
      });
    return run.value;
  }

  @Get('sweeps/:schooljaar/missing')
  async missing(@Param('schooljaar') schooljaar: string) {
    return { schooljaar, missing: await this.sweeps.missingOf(schooljaarParam(schooljaar)) };
  }

  @Get('deadlines/:schooljaar')
  deadline(@Param('schooljaar') schooljaar: string) {
    return this.deadlines.deadlineFor(schooljaarParam(schooljaar));
  }

  /** Sets a schooljaar's deadline (the exclusive date: results due before it). */
  @Put('deadlines/:schooljaar')
  async setDeadline(
    @Param('schooljaar') schooljaar: string,
    @Body() body: unknown,
    @Headers('x-actor') actor: string | undefined,
  ) {
    const sj = schooljaarParam(schooljaar);
    const who = actorOf(actor);
    const input = parseBody<{ deadline: string }>(
      Type.Object({ deadline: Type.String() }, { additionalProperties: false }),
      body,
    );
    const problem = deadlineProblem(sj, input.deadline);
    if (problem) throw invalid([{ path: '/deadline', message: problem }], 'deadline');
    return this.deadlines.set(sj, input.deadline, who, this.clock.now());
  }
}
