import { Injectable } from '@nestjs/common';
import { type EventOf, type SubmissionReceived } from '@inspectorate/contracts';
import { amsterdamDate } from '@inspectorate/scheduling';
import { SYSTEM } from '../../engine/case';
import { CaseEngine } from '../../engine/case-engine';
import { monitoringCaseKey } from './open-case.usecase';
import { decideHerstelopdracht } from './outcome';

/**
 * SubmissionReceived: results arrived for a vestiging and schooljaar. If a
 * herstelopdracht is running for it and they came before its deadline, the
 * order is voldaan: the report is adopted, the second letter (quoting the
 * first letter's kenmerk, held until that is known) requested, the outcome
 * published, the case closed.
 */
@Injectable()
export class FulfilOnSubmissionReceived {
  constructor(private readonly engine: CaseEngine) {}

  async execute(event: EventOf<typeof SubmissionReceived>): Promise<string> {
    const d = event.data;
    const caseId = await this.engine.caseIdFor(monitoringCaseKey(d.schooljaar, d.vestigingCode));
    if (!caseId) return 'no-case';
    const receivedOn = amsterdamDate(new Date(d.receivedAt));
    const cause = { correlationId: event.correlationid ?? event.id, causationId: event.id };
    // One submission revision is handled once, however often it is delivered.
    const key = `submission:${d.submissionId}:${d.revision}`;
    return this.engine.change(caseId, SYSTEM, cause, (c) => {
      const decision = c.doc.decisions.find((x) => x.kind === 'herstelopdracht');
      const deadline = c.doc.deadlines.find((x) => x.kind === 'herstelopdracht');
      if (!decision || !deadline || c.hasHandled(key)) return null;
      if (decision.outcome !== null) {
        // Already decided (voldaan by an earlier delivery, or niet voldaan):
        // record that data came, and change nothing else.
        c.markHandled(key);
        c.record(
          SYSTEM,
          'data-received',
          `submission ${d.submissionId} revision ${d.revision} received on ${receivedOn}, after the outcome (${decision.outcome})`,
        );
        return 'recorded';
      }
      if (receivedOn >= deadline.dueOn) {
        // Too late for the order; the deadline check decides niet voldaan.
        c.markHandled(key);
        c.record(
          SYSTEM,
          'data-received',
          `submission ${d.submissionId} received on ${receivedOn}, on or after the deadline ${deadline.dueOn}`,
        );
        return 'too-late';
      }
      c.markHandled(key);
      // The voldaan letter quotes the first letter's kenmerk: if notifications
      // has not reported it yet, the letter waits on the case for it
      // (engine/letters.ts) and the order is voldaan now all the same.
      return decideHerstelopdracht(c, 'voldaan', receivedOn, SYSTEM);
    });
  }
}
