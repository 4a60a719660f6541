import { Injectable } from '@nestjs/common';
import { newEventId } from '@inspectorate/contracts';
import { currentCorrelationId } from '@inspectorate/observability';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { type Actor, CaseRuleError } from './case';
import { CaseEngine } from './case-engine';
import { CaseRepository } from './case.repository';
import { hasPassed } from './deadline';
import { FlowRegistry } from './flow';

export type DeadlineCheckResult = { examined: number } & Record<string, number>;

/**
 * The deadline checks as of a date: every case with a passed deadline of a
 * kind its flow handles goes to that flow. Conditional per case (the
 * engine's versioned write), so two replicas, or a rerun, decide each case
 * once.
 */
@Injectable()
export class DeadlineChecks {
  constructor(
    private readonly repository: CaseRepository,
    private readonly engine: CaseEngine,
    private readonly flows: FlowRegistry,
    private readonly clock: Clock,
  ) {}

  async run(asOf: string, actor: Actor): Promise<DeadlineCheckResult> {
    const today = amsterdamDate(this.clock.now());
    if (asOf > today) {
      // A term has passed only once its day has come: deciding it earlier
      // would send letters saying a term in the future has passed.
      throw new CaseRuleError(
        `deadline checks run for today (${today}) or an earlier day, not for ${asOf}`,
        422,
      );
    }
    const result: DeadlineCheckResult = { examined: 0 };
    for (const name of this.flows.deadlineOutcomes()) result[name] = 0;
    const cause = { correlationId: currentCorrelationId() ?? newEventId() };
    for await (const caseId of this.repository.dueForChecks(asOf)) {
      result.examined += 1;
      const outcome = await this.engine.change(caseId, actor, cause, (c) => {
        const flow = this.flows.forType(c.doc.caseType.code);
        if (!flow || c.ended) return null;
        const passed = c.doc.deadlines
          .filter((d) => flow.deadlineKinds.includes(d.kind) && hasPassed(d, asOf))
          .map((d) => d.kind);
        if (passed.length === 0) return null;
        return flow.onDeadlinesPassed(c, { asOf, actor, passed });
      });
      if (outcome in result) result[outcome] = result[outcome]! + 1;
    }
    return result;
  }
}
