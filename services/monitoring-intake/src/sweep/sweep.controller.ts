import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { Api, ConflictError, ProblemError, Valid } from '@inspectorate/http';
import { Clock, JobRunner } from '@inspectorate/scheduling';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { deadlineProblem } from '../domain/deadline';
import { ActorHeader, AnyObject, AsOfQuery, DeadlineBody, SchooljaarPath } from '../http/schemas';
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
  @Put('deadlines/:schooljaar')
  @Api({
    summary: "Set a schooljaar's deadline (409 once its sweep has reported)",
    tags: ['deadlines'],
    params: SchooljaarPath,
    headers: ActorHeader,
    body: DeadlineBody,
    responses: { 200: AnyObject },
  })
  async setDeadline(
    @Valid('params') { schooljaar }: { schooljaar: string },
    @Valid('headers') headers: { 'x-actor': string },
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
    return this.deadlines.set(
      schooljaar,
      input.deadline,
      headers['x-actor'].trim(),
      this.clock.now(),
    );
  }
}
