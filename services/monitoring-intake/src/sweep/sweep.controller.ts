import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { type Actor, actorLabel, CurrentActor, RequirePermission } from '@inspectorate/auth';
import { Type } from '@sinclair/typebox';
import { Api, ConflictError, ProblemError, Valid } from '@inspectorate/http';
import { Clock, JobRunner } from '@inspectorate/scheduling';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { deadlineProblem } from '../domain/deadline';
import { AnyObject, AsOfQuery, DeadlineBody, SchooljaarPath } from '../http/schemas';
import { SweepService } from './sweep.service';

export const SWEEP_JOB = 'monitoring-deadline-sweep';

/**
 * Operators' (and tests') handle on the deadline sweep and the deadlines,
 * each route for its permission in libs/auth's table.
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
  @RequirePermission('monitoring.deadlines.manage')
  @Post('sweeps/:schooljaar')
  @HttpCode(200)
  @Api({
    summary: 'Run the deadline sweep now (409 while another replica sweeps)',
    tags: ['sweep'],
    params: SchooljaarPath,
    query: AsOfQuery,
    responses: { 200: AnyObject },
  })
  async sweep(
    @Valid('params') { schooljaar }: { schooljaar: string },
    @Valid('query') { asOf }: { asOf?: string },
  ) {
    const run = await this.jobs.runExclusive(SWEEP_JOB, (ctx) =>
      this.sweeps.sweep(schooljaar, asOf, ctx.signal),
    );
    if (!run.ran)
      throw new ConflictError(
        'a deadline sweep is running on another replica; retry when it is done',
        { code: 'sweep-running' },
      );
    return run.value;
  }

  @RequirePermission('monitoring.read')
  @Get('sweeps/:schooljaar/missing')
  @Api({
    summary: 'The vestigingen marked missing for a schooljaar',
    tags: ['sweep'],
    params: SchooljaarPath,
    responses: {
      200: Type.Object({ schooljaar: Type.String(), missing: Type.Array(AnyObject) }),
    },
  })
  async missing(@Valid('params') { schooljaar }: { schooljaar: string }) {
    return { schooljaar, missing: await this.sweeps.missingOf(schooljaar) };
  }

  @RequirePermission('monitoring.read')
  @Get('deadlines/:schooljaar')
  @Api({
    summary: "A schooljaar's deadline",
    tags: ['deadlines'],
    params: SchooljaarPath,
    responses: { 200: AnyObject },
  })
  deadline(@Valid('params') { schooljaar }: { schooljaar: string }) {
    return this.deadlines.deadlineFor(schooljaar);
  }

  /** Sets a schooljaar's deadline (the exclusive date: results due before it). */
  @RequirePermission('monitoring.deadlines.manage')
  @Put('deadlines/:schooljaar')
  @Api({
    summary: "Set a schooljaar's deadline (409 once its sweep has reported)",
    tags: ['deadlines'],
    params: SchooljaarPath,
    body: DeadlineBody,
    responses: { 200: AnyObject },
  })
  async setDeadline(
    @Valid('params') { schooljaar }: { schooljaar: string },
    @CurrentActor() actor: Actor,
    @Valid('body') input: { deadline: string },
  ) {
    const problem = deadlineProblem(schooljaar, input.deadline);
    if (problem)
      throw new ProblemError({
        status: 422,
        code: 'invalid-deadline',
        detail: `the deadline is not valid: /deadline ${problem}`,
        errors: [{ in: 'body', path: '/deadline', message: problem }],
      });
    return this.deadlines.set(schooljaar, input.deadline, actorLabel(actor), this.clock.now());
  }
}
