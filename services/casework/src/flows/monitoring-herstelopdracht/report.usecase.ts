import { Injectable } from '@nestjs/common';
import { newEventId } from '@inspectorate/contracts';
import { currentCorrelationId } from '@inspectorate/observability';
import { MsvStatus } from '../../case-types/defaults';
import { type Actor, CaseRuleError } from '../../engine/case';
import { CaseEngine } from '../../engine/case-engine';
import { adoptReport } from './outcome';
import { MonitoringHerstelopdrachtFlow } from './flow';

/** Hoor en wederhoor: the board's zienswijze on the concept report, and vaststellen. */
@Injectable()
export class HoorEnWederhoor {
  constructor(private readonly engine: CaseEngine) {}

  /** Attaches the board's zienswijze, only within its term. */
  async registerZienswijze(caseId: string, text: string, receivedOn: string, actor: Actor) {
    await this.engine.change(caseId, actor, cause(), (c) => {
      MonitoringHerstelopdrachtFlow.requireOwn(c);
      const term = c.doc.deadlines.find((x) => x.kind === 'zienswijze');
      if (!term || c.doc.status !== MsvStatus.hoorEnWederhoor) {
        throw new CaseRuleError(
          `case ${caseId} is not in hoor en wederhoor (status ${c.doc.status})`,
        );
      }
      if (receivedOn >= term.dueOn) {
        throw new CaseRuleError(
          `the term for a zienswijze ended on ${term.dueOn}; received on ${receivedOn} is too late`,
          422,
        );
      }
      c.set('documents', [
        ...c.doc.documents,
        {
          kind: 'zienswijze',
          title: `Zienswijze van het bestuur, ontvangen ${receivedOn}`,
          paragraphs: splitParagraphs(text),
          at: c.now,
          actor,
        },
      ]);
      c.record(actor, 'document-added', `zienswijze received on ${receivedOn}`);
    });
  }

  /** Adopts (vaststellen) the report before the zienswijze term ends. */
  async adopt(caseId: string, actor: Actor, reason: string) {
    await this.engine.change(caseId, actor, cause(), (c) => {
      MonitoringHerstelopdrachtFlow.requireOwn(c);
      if (c.doc.status !== MsvStatus.hoorEnWederhoor)
        throw new CaseRuleError(
          `the report of case ${caseId} can't be adopted in status ${c.doc.status}`,
        );
      return adoptReport(c, actor, reason, 'met');
    });
  }
}

function cause() {
  return { correlationId: currentCorrelationId() ?? newEventId() };
}

function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
