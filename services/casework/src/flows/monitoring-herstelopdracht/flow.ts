import { Injectable } from '@nestjs/common';
import { SubmissionMissing, SubmissionReceived } from '@inspectorate/contracts';
import { BUREAUONDERZOEK_MSV, MsvStatus } from '../../case-types/defaults';
import { CaseRuleError } from '../../engine/case';
import type { CaseAggregate } from '../../engine/case-aggregate';
import type { CaseFlow, DeadlineContext } from '../../engine/flow';
import { MONITORING_LETTERS } from './letters';
import { adoptReport, decideHerstelopdracht } from './outcome';

/**
 * The monitoring herstelopdracht (DOMAIN.md, seed 004): a vestiging whose
 * monitoring results did not arrive gets a bureauonderzoek, a concept
 * report with hoor en wederhoor, and a herstelopdracht with a deadline;
 * data in time makes it voldaan, the deadline passing makes it niet
 * voldaan and hands the case to a coordinator.
 */
@Injectable()
export class MonitoringHerstelopdrachtFlow implements CaseFlow {
  readonly name = 'monitoring-herstelopdracht';
  readonly caseTypes = [BUREAUONDERZOEK_MSV];
  readonly reactsTo = [SubmissionMissing.type, SubmissionReceived.type];
  readonly deadlineKinds = ['zienswijze', 'herstelopdracht'];
  readonly deadlineOutcomes = ['reportsAdopted', 'escalated'];
  readonly letters = MONITORING_LETTERS;

  /** People's commands of this flow refuse a case of another type. */
  static requireOwn(c: CaseAggregate): void {
    if (c.doc.caseType.code !== BUREAUONDERZOEK_MSV)
      throw new CaseRuleError(
        `case ${c.id} is a ${c.doc.caseType.code}; this is part of the monitoring herstelopdracht only`,
        422,
      );
  }

  /**
   * The herstelopdracht deadline passing without data makes the order niet
   * voldaan and escalates the case; the zienswijze term ending adopts the
   * report. When both passed, the herstelopdracht decides.
   */
  onDeadlinesPassed(c: CaseAggregate, ctx: DeadlineContext): string | null {
    const decision = c.doc.decisions.find((x) => x.kind === 'herstelopdracht');
    if (ctx.passed.includes('herstelopdracht') && decision && decision.outcome === null) {
      decideHerstelopdracht(c, 'niet-voldaan', ctx.asOf, ctx.actor);
      return 'escalated';
    }
    const term = c.doc.deadlines.find((x) => x.kind === 'zienswijze');
    if (ctx.passed.includes('zienswijze') && term && c.doc.status === MsvStatus.hoorEnWederhoor) {
      adoptReport(c, ctx.actor, `the term for a zienswijze ended on ${term.dueOn}`, 'passed');
      return 'reportsAdopted';
    }
    return null;
  }
}
