import { Injectable } from '@nestjs/common';
import { SampleDrawn } from '@inspectorate/contracts';
import type { CaseAggregate } from '../../engine/case-aggregate';
import { end } from '../../engine/deadline';
import type { CaseFlow, DeadlineContext } from '../../engine/flow';
import { KO_LETTERS } from './letters';
import { KoStatus, KWALITEITSONDERZOEK } from './rules';

/**
 * The kwaliteitsonderzoek (DOMAIN.md, seed 001). People judge and report
 * through /kwaliteitsonderzoeken; a steekproef draw opens investigations.
 * The checks act when the herstelopdracht term or the improvement period of
 * verscherpt toezicht ends: the case goes to the inspecteurs' queue for the
 * herstelonderzoek or the follow-up, which people open.
 */
@Injectable()
export class KwaliteitsonderzoekFlow implements CaseFlow {
  // Typed wide: the bestuursonderzoek's flow extends this one with its own.
  readonly name: string = 'kwaliteitsonderzoek';
  readonly caseTypes: readonly string[] = [KWALITEITSONDERZOEK];
  readonly reactsTo: readonly string[] = [SampleDrawn.type];
  readonly deadlineKinds = ['herstelopdracht', 'verscherpt-toezicht'];
  readonly deadlineOutcomes = ['followUpDue'];
  readonly letters: Readonly<Record<string, string>> = KO_LETTERS;

  onDeadlinesPassed(c: CaseAggregate, ctx: DeadlineContext): string | null {
    if (c.doc.status !== KoStatus.herstel && c.doc.status !== KoStatus.verscherpt) return null;
    const ended = c.doc.deadlines.filter((d) => ctx.passed.includes(d.kind));
    c.setDeadlines(c.doc.deadlines.map((d) => (ended.includes(d) ? end(d, 'passed') : d)));
    c.escalate(
      KoStatus.followUp,
      ctx.actor,
      `${ended.map((d) => `${d.kind} ended on ${d.dueOn}`).join(', ')}: a herstelonderzoek or follow-up is due`,
    );
    return 'followUpDue';
  }
}
