import { Injectable } from '@nestjs/common';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { type Actor, CaseRuleError } from '../../engine/case';
import type { CaseAggregate } from '../../engine/case-aggregate';
import { requestCause } from '../../engine/case-commands';
import { CaseEngine } from '../../engine/case-engine';
import {
  type Deadline,
  type DeadlineConsent,
  DeadlineError,
  end,
  extend,
  extensionsOf,
} from '../../engine/deadline';
import { dutchDate } from '../../engine/letters';
import { paragraphs } from './intake.usecase';
import { requestKlachtLetter } from './letters';
import { HEARING_SKIP_REASONS, type HearingSkipReason, KlachtStatus, type Outcome } from './rules';
import { requireKlacht, termOf } from './state';

const OUTCOME_WORDS: Record<Outcome, string> = {
  gegrond: 'gegrond',
  'deels-gegrond': 'gedeeltelijk gegrond',
  ongegrond: 'ongegrond',
};

/**
 * Handling a complete complaint: the one adjournment (Awb 9:11(2), at most
 * the type's `verdaging` term, announced in writing before the term ends),
 * any further delay only with the complainant's recorded written consent,
 * hearing the complainant or recording why not (9:10), and the reasoned
 * outcome with the Nationale ombudsman route (9:12).
 */
@Injectable()
export class KlachtHandling {
  constructor(
    private readonly engine: CaseEngine,
    private readonly clock: Clock,
  ) {}

  /** Verdaging: once, by at most the type's term, with a letter giving the new date and why. */
  async adjourn(caseId: string, input: { duration: string; reason: string }, actor: Actor) {
    return this.onTerm(caseId, actor, (c, term, today) => {
      const { total } = extensionsOf(term);
      if (total > 0)
        throw new CaseRuleError(
          `complaint ${caseId} was already adjourned once (to ${term.dueOn}); a further delay needs the complainant's written consent (POST /klachten/${caseId}/uitstel)`,
          422,
        );
      const moved = extend(term, { duration: input.duration }, today, input.reason, actor, {
        atMost: termOf(c.type, 'verdaging'),
      });
      c.record(actor, 'adjourned', `afhandeling: due ${term.dueOn} → ${moved.dueOn}`, input.reason);
      requestKlachtLetter(c, actor, 'verdaging', {
        deadline_afhandeling: dutchDate(moved.dueOn),
        reden_verdaging: input.reason,
      });
      return moved;
    });
  }

  /** Further delay (Awb 9:11(2), second sentence): only with the complainant's written consent, recorded. */
  async delayWithConsent(
    caseId: string,
    input: { until: string; reason: string; consent: Omit<DeadlineConsent, 'givenBy'> },
    actor: Actor,
  ) {
    return this.onTerm(caseId, actor, (c, term, today) => {
      const consent = { ...input.consent, givenBy: 'klager' };
      const moved = extend(term, { until: input.until }, today, input.reason, actor, { consent });
      c.record(
        actor,
        'delayed-with-consent',
        `afhandeling: due ${term.dueOn} → ${moved.dueOn}; written consent of ${consent.givenOn} (${consent.document})`,
        input.reason,
      );
      return moved;
    });
  }

  async scheduleHearing(caseId: string, on: string, actor: Actor) {
    await this.engine.change(caseId, actor, requestCause(), (c) => {
      requireKlacht(c);
      requireHandling(c);
      c.set('facts', { ...(c.doc.facts ?? {}), hearingOn: on });
      c.record(actor, 'hearing-scheduled', `hoorzitting op ${on}`);
      if (c.doc.status === KlachtStatus.handling)
        c.transition(KlachtStatus.hearingScheduled, actor);
    });
  }

  /** The report of the hearing, attached to the case (Awb 9:10: both sides heard). */
  async hearingReport(caseId: string, input: { heldOn: string; text: string }, actor: Actor) {
    await this.engine.change(caseId, actor, requestCause(), (c) => {
      requireKlacht(c);
      requireHandling(c);
      if (!c.doc.facts?.['hearingOn'])
        throw new CaseRuleError(`complaint ${caseId} has no hearing scheduled`, 422);
      c.set('documents', [
        ...c.doc.documents,
        {
          kind: 'other',
          title: `Verslag van de hoorzitting op ${input.heldOn}`,
          paragraphs: paragraphs(input.text),
          at: c.now,
          actor,
        },
      ]);
      c.set('facts', { ...(c.doc.facts ?? {}), hearingHeldOn: input.heldOn });
      c.record(actor, 'document-added', `verslag hoorzitting ${input.heldOn}`);
    });
  }

  /** Not hearing the complainant, for one of the reasons 9:10(2) allows, recorded. */
  async skipHearing(
    caseId: string,
    input: { reason: HearingSkipReason; explanation: string },
    actor: Actor,
  ) {
    await this.engine.change(caseId, actor, requestCause(), (c) => {
      requireKlacht(c);
      requireHandling(c);
      if (c.doc.facts?.['hearingHeldOn'])
        throw new CaseRuleError(
          `complaint ${caseId} had its hearing on ${c.doc.facts['hearingHeldOn']}`,
        );
      c.set('facts', { ...(c.doc.facts ?? {}), hearingSkipped: input.reason });
      c.record(actor, 'hearing-skipped', HEARING_SKIP_REASONS[input.reason], input.explanation);
    });
  }

  /** The outcome: reasoned, with the ombudsman route (in the letter), after hearing or a recorded reason not to. */
  async decide(
    caseId: string,
    input: { outcome: Outcome; reasons: string; conclusions?: string },
    actor: Actor,
  ) {
    const today = amsterdamDate(this.clock.now());
    await this.engine.change(caseId, actor, requestCause(), (c) => {
      requireKlacht(c);
      requireHandling(c);
      const f = c.doc.facts ?? {};
      if (!f['hearingHeldOn'] && !f['hearingSkipped'])
        throw new CaseRuleError(
          `complaint ${caseId}: hear the complainant and attach the report, or record why not (Awb 9:10(2)), before deciding`,
          422,
        );
      const term = c.doc.deadlines.find((d) => d.kind === 'afhandeling');
      c.setDeadlines(
        c.doc.deadlines.map((d) => (d === term ? end(d, today < d.dueOn ? 'met' : 'passed') : d)),
      );
      c.set('documents', [
        ...c.doc.documents,
        {
          kind: 'other',
          title: `Afhandeling van de klacht: ${OUTCOME_WORDS[input.outcome]}`,
          paragraphs: [...paragraphs(input.reasons), ...paragraphs(input.conclusions ?? '')],
          at: c.now,
          actor,
        },
      ]);
      c.set('facts', { ...f, closedOn: today });
      requestKlachtLetter(c, actor, 'uitkomst', {
        oordeel: OUTCOME_WORDS[input.outcome],
        motivering: input.reasons,
        conclusies:
          input.conclusions?.trim() ||
          'De inspectie verbindt geen verdere conclusies aan de klacht.',
      });
      c.close(
        input.outcome,
        actor,
        `afgehandeld op ${today}${term && today >= term.dueOn ? `, na de termijn (${term.dueOn})` : ''}`,
      );
    });
  }

  /** The complainant withdrew, or it was resolved to their satisfaction (Awb 9:5): ends without a decision. */
  async withdraw(caseId: string, reason: string, actor: Actor) {
    const today = amsterdamDate(this.clock.now());
    await this.engine.change(caseId, actor, requestCause(), (c) => {
      requireKlacht(c);
      c.setDeadlines(c.doc.deadlines.map((d) => end(d, 'met')));
      c.set('facts', { ...(c.doc.facts ?? {}), closedOn: today });
      c.close('ingetrokken', actor, reason);
    });
  }

  private async onTerm(
    caseId: string,
    actor: Actor,
    move: (c: CaseAggregate, term: Deadline, today: string) => Deadline,
  ): Promise<Deadline> {
    let moved: Deadline | undefined;
    await this.engine.change(caseId, actor, requestCause(), (c) => {
      requireKlacht(c);
      requireHandling(c);
      const today = amsterdamDate(c.now);
      const term = c.doc.deadlines.find((d) => d.kind === 'afhandeling');
      if (!term || term.state !== 'running' || today >= term.dueOn)
        throw new CaseRuleError(
          `the term to decide complaint ${caseId} ${term ? `ended on ${term.dueOn}` : 'is missing'}: it can only be moved while it runs`,
          422,
        );
      try {
        moved = move(c, term, today);
      } catch (error) {
        if (error instanceof DeadlineError) throw new CaseRuleError(error.message, 422);
        throw error;
      }
      c.setDeadlines(c.doc.deadlines.map((d) => (d === term ? moved! : d)));
    });
    return moved!;
  }
}

function requireHandling(c: CaseAggregate): void {
  const allowed: string[] = [
    KlachtStatus.handling,
    KlachtStatus.hearingScheduled,
    KlachtStatus.overdue,
  ];
  if (!allowed.includes(c.doc.status))
    throw new CaseRuleError(`complaint ${c.id} is not being handled (status ${c.doc.status})`, 422);
}
