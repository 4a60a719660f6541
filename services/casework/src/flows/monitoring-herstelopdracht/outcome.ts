import { HerstelopdrachtOutcomeDetermined } from '@inspectorate/contracts';
import { MsvStatus } from '../../case-types/defaults';
import type { Actor, CaseDoc } from '../../engine/case';
import type { CaseAggregate } from '../../engine/case-aggregate';
import type { Deadline } from '../../engine/deadline';
import { requestMonitoringLetter } from './letters';
import { type ReportFacts, finalReport } from './texts';

export type Outcome = 'voldaan' | 'niet-voldaan';

/** The facts the reports and letters of a case are written from, as kept on the case. */
export function factsOf(doc: Readonly<CaseDoc>): ReportFacts {
  const decision = doc.decisions.find((x) => x.kind === 'herstelopdracht');
  const herstel = doc.deadlines.find((x) => x.kind === 'herstelopdracht');
  return {
    // The name the first letter used: the vestiging's, not the instelling's (schoolName).
    schoolName:
      doc.subject.vestigingName ?? doc.subject.schoolName ?? doc.subject.vestigingCode ?? '',
    vestigingCode: doc.subject.vestigingCode ?? '',
    boardName: doc.subject.boardName ?? doc.subject.bevoegdGezagNummer ?? '',
    schooljaar: doc.schooljaar ?? '',
    // The deadline the SubmissionMissing named (monitoring-intake sets it per
    // schooljaar); cases opened before it was kept fall back to 1 July.
    monitoringDeadline:
      doc.facts?.['monitoringDeadline'] ?? `${(doc.schooljaar ?? '0000-0000').slice(5)}-07-01`,
    legalBasis: decision?.legalBasis ?? '',
    herstelDeadline: herstel?.originalDueOn ?? '',
  };
}

/**
 * The herstelopdracht is decided: voldaan (the data came in time) closes
 * the case, niet voldaan escalates it to people. Either way the report is
 * adopted, the letter asked for and the outcome published.
 */
export function decideHerstelopdracht(
  c: CaseAggregate,
  outcome: Outcome,
  on: string,
  actor: Actor,
): 'closed' | 'escalated' {
  const doc = c.doc;
  c.set(
    'decisions',
    doc.decisions.map((x) => (x.kind === 'herstelopdracht' ? { ...x, outcome, decidedOn: on } : x)),
  );
  c.setDeadlines(
    doc.deadlines.map((x): Deadline =>
      x.state !== 'running' && x.state !== 'suspended'
        ? x
        : { ...x, state: outcome === 'voldaan' || x.kind !== 'herstelopdracht' ? 'met' : 'passed' },
    ),
  );
  const facts = factsOf(doc);
  const report = finalReport(
    facts,
    outcome,
    doc.documents.some((x) => x.kind === 'zienswijze'),
  );
  const adoptedBefore = doc.documents.some((x) => x.kind === 'final-report');
  c.set('documents', [
    ...doc.documents.filter((x) => x.kind !== 'final-report'),
    { kind: 'final-report', ...report, at: c.now, actor },
  ]);
  c.record(actor, 'decision', `herstelopdracht ${outcome} on ${on}`);
  if (!adoptedBefore) c.record(actor, 'document-added', 'report adopted (vastgesteld)');
  const herstelDueOn = doc.deadlines.find((x) => x.kind === 'herstelopdracht')?.dueOn ?? on;
  requestMonitoringLetter(c, actor, outcome, { facts, quotesFirst: true, decidedOn: on });
  c.emit(HerstelopdrachtOutcomeDetermined, {
    caseId: doc._id,
    caseType: doc.caseType,
    bevoegdGezagNummer: doc.subject.bevoegdGezagNummer!,
    boardName: doc.subject.boardName,
    brin: doc.subject.brin!,
    schoolName: doc.subject.schoolName,
    vestigingCode: doc.subject.vestigingCode,
    schooljaar: doc.schooljaar,
    outcome,
    decidedOn: on,
    report,
    knownPersons: c.knownPersons(),
  });
  if (outcome === 'voldaan') {
    c.close('voldaan', actor);
    return 'closed';
  }
  c.escalate(
    MsvStatus.escalated,
    actor,
    `herstelopdracht niet voldaan: no monitoring results before ${herstelDueOn}`,
  );
  return 'escalated';
}

/** The report is vastgesteld: by a person, or because the zienswijze term ended. */
export function adoptReport(
  c: CaseAggregate,
  actor: Actor,
  reason: string,
  termState: 'met' | 'passed',
): 'report-adopted' {
  const doc = c.doc;
  const report = finalReport(
    factsOf(doc),
    null,
    doc.documents.some((x) => x.kind === 'zienswijze'),
  );
  c.setDeadlines(
    doc.deadlines.map((x): Deadline =>
      x.kind === 'zienswijze' && x.state === 'running' ? { ...x, state: termState } : x,
    ),
  );
  c.set('documents', [...doc.documents, { kind: 'final-report', ...report, at: c.now, actor }]);
  c.record(actor, 'document-added', 'report adopted (vastgesteld)', reason);
  c.transition(MsvStatus.reportAdopted, actor);
  return 'report-adopted';
}
