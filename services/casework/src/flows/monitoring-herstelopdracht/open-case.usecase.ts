import { Inject, Injectable } from '@nestjs/common';
import {
  type EventOf,
  HerstelopdrachtIssued,
  type SubmissionMissing,
} from '@inspectorate/contracts';
import { NonRetriableError, NotYetError } from '@inspectorate/messaging';
import { currentCorrelationId } from '@inspectorate/observability';
import { amsterdamDate } from '@inspectorate/scheduling';
import { addDuration } from '../../case-types/duration';
import { BUREAUONDERZOEK_MSV, MsvStatus } from '../../case-types/defaults';
import { SYSTEM } from '../../engine/case';
import { CaseEngine } from '../../engine/case-engine';
import { newDeadline } from '../../engine/deadline';
import { requestMonitoringLetter } from './letters';
import { MONITORING_SETTINGS, type MonitoringSettings, herstelDeadlineAfter } from './settings';
import { SubjectDirectory } from './subjects';
import { type ReportFacts, conceptReport } from './texts';

/** One bureauonderzoek per vestiging per schooljaar. */
export const monitoringCaseKey = (schooljaar: string, vestigingCode: string) =>
  `${BUREAUONDERZOEK_MSV}:${schooljaar}:${vestigingCode}`;

/**
 * SubmissionMissing: opens the bureauonderzoek for a vestiging whose
 * monitoring results did not arrive, drafts the concept report, issues the
 * herstelopdracht and asks notifications for the letter, all in one insert.
 * The unique key (type, schooljaar, vestiging) makes a redelivered or
 * replayed event a no-op.
 */
@Injectable()
export class OpenCaseForMissingSubmission {
  constructor(
    private readonly engine: CaseEngine,
    private readonly subjects: SubjectDirectory,
    @Inject(MONITORING_SETTINGS) private readonly settings: MonitoringSettings,
  ) {}

  async execute(event: EventOf<typeof SubmissionMissing>): Promise<'opened' | 'duplicate'> {
    const d = event.data;
    const cause = {
      correlationId: event.correlationid ?? currentCorrelationId() ?? event.id,
      causationId: event.id,
    };
    const { outcome } = await this.engine.open(
      {
        typeCode: BUREAUONDERZOEK_MSV,
        uniqueKey: monitoringCaseKey(d.schooljaar, d.vestigingCode),
        actor: SYSTEM,
        cause,
      },
      async (type) => {
        const legalBasis = type.legalBasis[d.sector];
        if (!legalBasis) {
          throw new NonRetriableError(
            `case type ${type.code}@${type.version} has no legal basis for sector '${d.sector}': add it (PUT /case-types/${type.code}) and replay this event`,
          );
        }
        const [vestiging, board, school] = await Promise.all([
          this.subjects.vestiging(d.vestigingCode),
          this.subjects.board(d.bevoegdGezagNummer),
          this.subjects.school(d.brin),
        ]);
        if (!vestiging || !board) {
          // The registry's events normally arrive long before the sweep; if
          // not yet (another topic, no order between them), wait for them:
          // retried with patience, dead-lettered only if they never come.
          throw new NotYetError(
            `vestiging ${d.vestigingCode} or board ${d.bevoegdGezagNummer} is not (yet) in casework's registry read model`,
          );
        }
        const herstelDeadline = herstelDeadlineAfter(
          d.deadline,
          this.settings.herstelopdrachtDeadline,
        );
        const facts: ReportFacts = {
          schoolName: vestiging.name,
          vestigingCode: d.vestigingCode,
          boardName: board.name,
          schooljaar: d.schooljaar,
          monitoringDeadline: d.deadline,
          legalBasis,
          herstelDeadline,
        };
        return {
          subject: {
            kind: 'vestiging',
            bevoegdGezagNummer: d.bevoegdGezagNummer,
            brin: d.brin,
            vestigingCode: d.vestigingCode,
            boardName: board.name,
            schoolName: school?.name ?? vestiging.name,
            vestigingName: vestiging.name,
            sector: d.sector,
          },
          schooljaar: d.schooljaar,
          facts: { monitoringDeadline: d.deadline },
          why: `no monitoring results for ${d.schooljaar} before ${d.deadline} (event ${event.id})`,
          build: (c) => {
            const today = amsterdamDate(c.now);
            const concept = conceptReport(facts);
            const zienswijze = newDeadline(
              'zienswijze',
              addDuration(today, type.terms['zienswijze'] ?? 'P14D'),
            );
            c.setDeadlines([zienswijze, newDeadline('herstelopdracht', herstelDeadline)]);
            c.set('documents', [{ kind: 'concept-report', ...concept, at: c.now, actor: SYSTEM }]);
            c.record(SYSTEM, 'document-added', 'concept report drafted');
            c.set('decisions', [
              {
                kind: 'herstelopdracht',
                legalBasis,
                deadlineKind: 'herstelopdracht',
                issuedOn: today,
                outcome: null,
                decidedOn: null,
              },
            ]);
            c.record(
              SYSTEM,
              'decision',
              `herstelopdracht issued on ${legalBasis}, deadline ${herstelDeadline}`,
            );
            c.transition(MsvStatus.hoorEnWederhoor, SYSTEM);
            const s = c.doc.subject;
            c.emit(HerstelopdrachtIssued, {
              caseId: c.id,
              subject: {
                kind: 'vestiging',
                bevoegdGezagNummer: s.bevoegdGezagNummer,
                brin: s.brin,
                vestigingCode: s.vestigingCode,
              },
              schooljaar: d.schooljaar,
              legalBasis,
              deadline: herstelDeadline,
            });
            requestMonitoringLetter(c, SYSTEM, 'herstelopdracht', {
              facts,
              concept,
              zienswijzeDueOn: zienswijze.dueOn,
            });
          },
        };
      },
    );
    return outcome;
  }
}
