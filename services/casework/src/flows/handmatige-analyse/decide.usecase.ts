import { Injectable } from '@nestjs/common';
import { amsterdamDate } from '@inspectorate/scheduling';
import { type Actor, CaseRuleError } from '../../engine/case';
import { requestCause } from '../../engine/case-commands';
import { CaseEngine } from '../../engine/case-engine';
import { end } from '../../engine/deadline';
import { OpenBestuursonderzoek } from '../bestuursonderzoek/open.usecase';
import { OpenKwaliteitsonderzoek } from '../kwaliteitsonderzoek/open.usecase';
import { HANDMATIGE_ANALYSE, type Uitkomst } from './rules';

/**
 * What the analyst decides: nothing further, a talk with the board, or an
 * investigation, which is opened and linked (a kwaliteitsonderzoek of the
 * vestiging, the bestuursonderzoek of a board, both with aanleiding risico).
 * The investigation opens first under a key of this analysis, so a retry
 * after a failure halfway opens nothing twice; then the analysis closes with
 * the outcome as its result.
 */
@Injectable()
export class DecideHandmatigeAnalyse {
  constructor(
    private readonly engine: CaseEngine,
    private readonly schools: OpenKwaliteitsonderzoek,
    private readonly boards: OpenBestuursonderzoek,
  ) {}

  async decide(caseId: string, uitkomst: Uitkomst, motivering: string, actor: Actor) {
    const doc = await this.engine.get(caseId);
    if (doc.caseType.code !== HANDMATIGE_ANALYSE)
      throw new CaseRuleError(
        `case ${caseId} is a ${doc.caseType.code}, not a handmatige analyse`,
        422,
      );
    if (doc.result)
      throw new CaseRuleError(`the analysis ${caseId} was decided already: ${doc.result}`, 409);
    let vervolg: string | null = null;
    if (uitkomst === 'onderzoek') {
      const s = doc.subject;
      const opened =
        s.kind === 'vestiging'
          ? await this.schools.open(
              {
                vestigingCode: s.vestigingCode!,
                aanleiding: 'risico',
                reason: motivering,
                analysis: caseId,
              },
              actor,
              `kwaliteitsonderzoek:analyse:${caseId}`,
            )
          : await this.boards.open(
              {
                bevoegdGezagNummer: s.bevoegdGezagNummer!,
                aanleiding: 'risico',
                reason: motivering,
              },
              actor,
            );
      vervolg = opened.caseId;
    }
    await this.engine.change(caseId, actor, requestCause(), (c) => {
      if (c.doc.result)
        throw new CaseRuleError(`the analysis ${caseId} was decided already: ${c.doc.result}`, 409);
      const today = amsterdamDate(c.now);
      c.setDeadlines(
        c.doc.deadlines.map((d) =>
          d.state === 'running' || d.state === 'suspended' ? end(d, 'met') : d,
        ),
      );
      c.set('facts', { ...c.doc.facts, decidedOn: today, ...(vervolg ? { vervolg } : {}) });
      c.close(uitkomst, actor, vervolg ? `${motivering} (onderzoek ${vervolg})` : motivering);
    });
    return { caseId, result: uitkomst, vervolg };
  }
}
