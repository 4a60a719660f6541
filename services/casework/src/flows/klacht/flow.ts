import { Injectable } from '@nestjs/common';
import type { CaseAggregate } from '../../engine/case-aggregate';
import { end } from '../../engine/deadline';
import { dutchDate } from '../../engine/letters';
import type { CaseFlow, DeadlineContext } from '../../engine/flow';
import { notHandled } from './intake.usecase';
import { KLACHT_LETTERS } from './letters';
import { KLACHT, KlachtStatus } from './rules';

/**
 * Complaints about the inspectorate (Awb hoofdstuk 9; DOMAIN.md). People
 * register and handle them through /klachten; the deadline checks act on
 * two terms: the completion term ending without a complete klaagschrift
 * (not handled, with its letter), and the decision term ending without an
 * outcome (the case goes to the coordinators: only people may decide).
 */
@Injectable()
export class KlachtFlow implements CaseFlow {
  readonly name = 'klacht';
  readonly caseTypes = [KLACHT];
  readonly reactsTo = [];
  readonly deadlineKinds = ['aanvulling', 'afhandeling'];
  readonly deadlineOutcomes = ['complaintsNotCompleted', 'complaintsOverdue'];
  readonly letters = KLACHT_LETTERS;

  onDeadlinesPassed(c: CaseAggregate, ctx: DeadlineContext): string | null {
    const completion = c.doc.deadlines.find((d) => d.kind === 'aanvulling');
    if (
      ctx.passed.includes('aanvulling') &&
      completion &&
      c.doc.status === KlachtStatus.completionAsked
    ) {
      notHandled(
        c,
        ctx.actor,
        'niet-aangevuld',
        `U hebt uw klaagschrift niet vóór ${dutchDate(completion.dueOn)} aangevuld met wat wij u vroegen. Wij nemen uw klacht daarom niet in behandeling (artikel 9:4 en artikel 4:5 van de Algemene wet bestuursrecht).`,
      );
      return 'complaintsNotCompleted';
    }
    const term = c.doc.deadlines.find((d) => d.kind === 'afhandeling');
    if (ctx.passed.includes('afhandeling') && term) {
      c.setDeadlines(c.doc.deadlines.map((d) => (d === term ? end(d, 'passed') : d)));
      c.escalate(
        KlachtStatus.overdue,
        ctx.actor,
        `the term to decide the complaint ended on ${term.dueOn} without an outcome`,
      );
      return 'complaintsOverdue';
    }
    return null;
  }
}
