import { Injectable } from '@nestjs/common';
import type { EventOf, RiskFlagged } from '@inspectorate/contracts';
import { NonRetriableError } from '@inspectorate/messaging';
import { amsterdamDate } from '@inspectorate/scheduling';
import { addDuration } from '../../case-types/duration';
import { SYSTEM } from '../../engine/case';
import { CaseEngine } from '../../engine/case-engine';
import { newDeadline } from '../../engine/deadline';
import { SchoolDirectory } from '../kwaliteitsonderzoek/schools';
import { HANDMATIGE_ANALYSE, analysisKey, explanation } from './rules';

/** The coordinators hand the analysis to an analyst from their queue. */
export const ANALYSE_QUEUE = 'coordinators';

/**
 * A RiskFlagged opens a handmatige analyse of the vestiging or board, in the
 * coordinators' queue, with the explanation (reasons, values, norms,
 * sources) as its first document and the `analyse` term of the type as a
 * deadline for the queue. Once per subject per analysis year: the unique
 * key makes a redelivered or rerun flag find the case (and a replica
 * opening it at the same moment lose to the one that inserted it).
 */
@Injectable()
export class OpenHandmatigeAnalyse {
  constructor(
    private readonly engine: CaseEngine,
    private readonly schools: SchoolDirectory,
  ) {}

  async fromFlag(event: EventOf<typeof RiskFlagged>) {
    const d = event.data;
    // The contract's check of kind against id runs on the producer side only; a case about the
    // wrong kind of subject would be worse than none, so the message goes to the dead letters.
    if (/^[0-9]{2}[A-Z]{2}[0-9]{2}$/.test(d.subjectId) !== (d.subjectKind === 'vestiging'))
      throw new NonRetriableError(
        `RiskFlagged ${event.id}: /data/subjectId '${d.subjectId}' is not the id of a ${d.subjectKind} (a vestiging code like 12AB00, a bevoegd gezag nummer like 41234)`,
      );
    const cause = { correlationId: event.correlationid ?? event.id, causationId: event.id };
    return this.engine.open(
      { typeCode: HANDMATIGE_ANALYSE, uniqueKey: analysisKey(d), actor: SYSTEM, cause },
      async (type) => {
        // The read model adds the school's and board's names and the sector when it knows them.
        const v = d.subjectKind === 'vestiging' ? await this.schools.vestiging(d.subjectId) : null;
        const report = explanation(d);
        return {
          subject:
            d.subjectKind === 'vestiging'
              ? {
                  kind: 'vestiging',
                  bevoegdGezagNummer: v?.bevoegdGezagNummer ?? d.bevoegdGezag,
                  brin: v?.brin ?? d.subjectId.slice(0, 4),
                  vestigingCode: d.subjectId,
                  boardName: v?.boardName ?? null,
                  schoolName: v?.schoolName ?? null,
                  vestigingName: d.naam,
                  sector: v?.sector ?? null,
                }
              : {
                  kind: 'board',
                  bevoegdGezagNummer: d.subjectId,
                  brin: null,
                  vestigingCode: null,
                  boardName: d.naam,
                  schoolName: null,
                  sector: null,
                },
          schooljaar: null,
          facts: {
            analysisYear: d.asOf.slice(0, 4),
            runId: d.runId,
            model: `${d.model.id}@${d.model.version}`,
            level: d.level,
            score: String(d.score),
            asOf: d.asOf,
          },
          why: `RiskFlagged by run ${d.runId}: risk level ${d.level}; ${d.reasons.join('; ')}`,
          build: (c) => {
            c.set('documents', [{ kind: 'other', ...report, at: c.now, actor: SYSTEM }]);
            const today = amsterdamDate(c.now);
            c.setDeadlines([
              newDeadline('analyse', addDuration(today, type.terms['analyse'] ?? 'P6W')),
            ]);
            c.toQueue(
              ANALYSE_QUEUE,
              SYSTEM,
              'a handmatige analyse is the coordinators to hand out',
            );
          },
        };
      },
    );
  }
}
