import { Injectable } from '@nestjs/common';
import { newEventId } from '@inspectorate/contracts';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { addDuration } from '../../case-types/duration';
import { type Actor, CaseRuleError } from '../../engine/case';
import type { CaseAggregate } from '../../engine/case-aggregate';
import { requestCause } from '../../engine/case-commands';
import { CaseEngine } from '../../engine/case-engine';
import { type Deadline, end, newDeadline, resume, suspend } from '../../engine/deadline';
import { dutchDate } from '../../engine/letters';
import { complainantFacts, requestKlachtLetter } from './letters';
import {
  KLACHT,
  type Klaagschrift,
  KlachtStatus,
  missingUnder94,
  notHandledUnder98,
} from './rules';
import { klaagschriftOf, requireKlacht, termOf } from './state';

export interface Registered {
  caseId: string;
  outcome: 'opened' | 'duplicate';
  status: string;
}

/** What a completion (aanvulling) adds to the klaagschrift; what it leaves out stays as it was. */
export interface Completion {
  receivedOn: string;
  description?: string;
  name?: string;
  addressLines?: string[];
  email?: string;
  datedOn?: string;
  signed?: boolean;
  conductOn?: string;
}

/**
 * The intake of a complaint about the inspectorate: registering the
 * klaagschrift and its completion. Awb 9:8 first (more than a year old, or
 * open to objection or appeal: not handled, with the letter saying why);
 * then 9:4 (incomplete: a letter asking to complete it within a term, while
 * the decision term stands still); complete: the receipt letter and the
 * 10-week decision term from the day of receipt.
 */
@Injectable()
export class KlachtIntake {
  constructor(
    private readonly engine: CaseEngine,
    private readonly clock: Clock,
  ) {}

  async register(k: Klaagschrift, actor: Actor, reference?: string): Promise<Registered> {
    const today = amsterdamDate(this.clock.now());
    if (k.receivedOn > today)
      throw new CaseRuleError(`receivedOn ${k.receivedOn} is after today (${today})`, 422);
    if (k.complainant.addressLines.length === 0 && !k.complainant.email)
      throw new CaseRuleError(
        'the klaagschrift gives neither a postal address nor an e-mail address: there is nowhere to send the letters a complaint needs (receipt, completion, outcome)',
        422,
      );
    const { outcome, caseId } = await this.engine.open(
      {
        typeCode: KLACHT,
        uniqueKey: `${KLACHT}:${reference ?? newEventId()}`,
        actor,
        cause: requestCause(),
      },
      async (type) => ({
        subject: {
          kind: 'none',
          bevoegdGezagNummer: null,
          brin: null,
          vestigingCode: null,
          boardName: null,
          schoolName: null,
          sector: null,
        },
        schooljaar: null,
        facts: {
          receivedOn: k.receivedOn,
          channel: k.channel,
          ...complainantFacts(k.complainant),
          datedOn: k.datedOn ?? '',
          signed: k.signed ? 'ja' : 'nee',
          hasDescription: k.description?.trim() ? 'ja' : 'nee',
          conductOn: k.conductOn ?? '',
          openToObjection: k.openToObjection ? 'ja' : 'nee',
          ...(reference ? { reference } : {}),
        },
        why: `klaagschrift received on ${k.receivedOn} by ${k.channel}`,
        build: (c) => {
          const receipt = newDeadline(
            'ontvangstbevestiging',
            addDuration(k.receivedOn, termOf(type, 'ontvangstbevestiging')),
          );
          const decision = newDeadline(
            'afhandeling',
            addDuration(k.receivedOn, termOf(type, 'afhandeling')),
          );
          c.setDeadlines([receipt, decision]);
          if (k.description?.trim())
            c.set('documents', [
              {
                kind: 'other',
                title: `Klaagschrift, ontvangen ${k.receivedOn}`,
                paragraphs: paragraphs(k.description),
                at: c.now,
                actor,
              },
            ]);
          this.assess(c, actor, today);
        },
      }),
    );
    const doc = await this.engine.get(caseId);
    return { caseId, outcome, status: doc.status };
  }

  /** The complainant completes the klaagschrift; complete now, the decision term runs on. */
  async complete(
    caseId: string,
    a: Completion,
    actor: Actor,
  ): Promise<{ status: string; missing: string[] }> {
    const today = amsterdamDate(this.clock.now());
    if (a.receivedOn > today)
      throw new CaseRuleError(`receivedOn ${a.receivedOn} is after today (${today})`, 422);
    let missing: string[] = [];
    await this.engine.change(caseId, actor, requestCause(), (c) => {
      requireKlacht(c);
      const term = c.doc.deadlines.find((d) => d.kind === 'aanvulling');
      if (c.doc.status !== KlachtStatus.completionAsked || !term)
        throw new CaseRuleError(
          `complaint ${caseId} is not waiting for a completion (status ${c.doc.status})`,
        );
      if (a.receivedOn >= term.dueOn)
        throw new CaseRuleError(
          `the term to complete the klaagschrift ended on ${term.dueOn}; received on ${a.receivedOn} is too late`,
          422,
        );
      // The decision term stands still from the day the completion was asked; a completion
      // dated before that cannot resume it (nor count the days it stood still).
      const askedOn = c.doc.deadlines.find((d) => d.kind === 'afhandeling')?.suspendedOn;
      if (askedOn && a.receivedOn < askedOn)
        throw new CaseRuleError(
          `receivedOn: the completion received on ${a.receivedOn} is before it was asked for (${askedOn}); give the day it came in, ${askedOn} or later`,
          422,
        );
      const f = c.doc.facts ?? {};
      const k = klaagschriftOf(f);
      const merged: Klaagschrift = {
        ...k,
        complainant: {
          name: a.name ?? k.complainant.name,
          addressLines: a.addressLines ?? k.complainant.addressLines,
          email: a.email ?? k.complainant.email,
        },
        description: a.description?.trim() ? a.description : k.description,
        datedOn: a.datedOn ?? k.datedOn,
        signed: a.signed ?? k.signed,
        conductOn: a.conductOn ?? k.conductOn,
      };
      c.set('facts', {
        ...f,
        ...complainantFacts(merged.complainant),
        datedOn: merged.datedOn ?? '',
        signed: merged.signed ? 'ja' : 'nee',
        hasDescription: merged.description ? 'ja' : 'nee',
        conductOn: merged.conductOn ?? '',
      });
      if (a.description?.trim())
        c.set('documents', [
          ...c.doc.documents,
          {
            kind: 'other',
            title: `Aanvulling op het klaagschrift, ontvangen ${a.receivedOn}`,
            paragraphs: paragraphs(a.description),
            at: c.now,
            actor,
          },
        ]);
      missing = missingUnder94(merged);
      if (missing.length > 0) {
        c.record(
          actor,
          'completion',
          `received on ${a.receivedOn}; still missing: ${missing.join(', ')}`,
        );
        return;
      }
      // The decision term stood still from the request to complete until the completion came in.
      c.setDeadlines(
        c.doc.deadlines.map((d) =>
          d.kind === 'aanvulling'
            ? end(d, 'met')
            : d.kind === 'afhandeling' && d.state === 'suspended'
              ? resume(d, a.receivedOn, 'klaagschrift aangevuld', actor)
              : d,
        ),
      );
      c.record(actor, 'completion', `received on ${a.receivedOn}; the klaagschrift is complete`);
      const reason = notHandledUnder98(merged);
      if (reason) return notHandled(c, actor, 'niet-behandeld-9-8', reason);
      c.transition(KlachtStatus.handling, actor);
    });
    return { status: (await this.engine.get(caseId)).status, missing };
  }

  /** At registration: 9:8, then 9:4, then the receipt letter. */
  private assess(c: CaseAggregate, actor: Actor, today: string): void {
    const k = klaagschriftOf(c.doc.facts ?? {});
    const reason = notHandledUnder98(k);
    if (reason) return notHandled(c, actor, 'niet-behandeld-9-8', reason);
    const missing = missingUnder94(k);
    if (missing.length > 0) {
      const completion = newDeadline(
        'aanvulling',
        addDuration(today, termOf(c.type, 'aanvulling')),
      );
      c.setDeadlines([
        // The letter asking to complete the klaagschrift is its written confirmation of receipt too.
        ...c.doc.deadlines.map((d) =>
          d.kind === 'ontvangstbevestiging'
            ? end(d, today < d.dueOn ? 'met' : 'passed')
            : d.kind === 'afhandeling'
              ? suspend(
                  d,
                  today,
                  'klaagschrift onvolledig, aanvulling gevraagd (Awb 9:4, 4:5)',
                  actor,
                )
              : d,
        ),
        completion,
      ]);
      c.transition(KlachtStatus.completionAsked, actor);
      requestKlachtLetter(c, actor, 'aanvulling', {
        ontbreekt: missing.join('; '),
        termijn_aanvulling: dutchDate(completion.dueOn),
      });
      return;
    }
    c.setDeadlines(
      c.doc.deadlines.map((d) =>
        d.kind === 'ontvangstbevestiging' ? end(d, today < d.dueOn ? 'met' : 'passed') : d,
      ),
    );
    c.transition(KlachtStatus.handling, actor);
    requestKlachtLetter(c, actor, 'ontvangst', {
      deadline_afhandeling: dutchDate(c.doc.deadlines.find((d) => d.kind === 'afhandeling')!.dueOn),
    });
  }
}

/** Not handled (Awb 9:8, or not completed in time): the letter saying why, and the case ends. */
export function notHandled(
  c: CaseAggregate,
  actor: Actor,
  result: 'niet-behandeld-9-8' | 'niet-aangevuld',
  reason: string,
): void {
  const today = amsterdamDate(c.now);
  // The letter saying so is the written answer too: the receipt term is met by it when still running.
  const late = (d: Deadline) =>
    (d.kind === 'aanvulling' || d.kind === 'ontvangstbevestiging') && today >= d.dueOn;
  c.setDeadlines(c.doc.deadlines.map((d) => end(d, late(d) ? 'passed' : 'met')));
  c.set('facts', { ...(c.doc.facts ?? {}), closedOn: today });
  requestKlachtLetter(c, actor, 'niet-behandeld', { reden: reason });
  c.close(result, actor, reason);
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
