import { Injectable, Logger } from '@nestjs/common';
import {
  LetterDeliveryFailed,
  LetterIssued,
  type SendLetterData,
  createEvent,
  sourceOf,
} from '@inspectorate/contracts';
import { NonRetriableError, type PendingEvent } from '@inspectorate/messaging';
import { DuplicateKeyError } from '@inspectorate/persistence';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { InjectConfig } from '@inspectorate/config';
import type { Config } from '../../config';
import { DeliveryWorker } from '../delivery/delivery.worker';
import { type LetterText, composeLetter } from '../domain/letter';
import { type Signatories, signatoriesFrom, signatoryFor } from '../domain/signatories';
import { SYSTEM_PLACEHOLDERS, TemplateError, renderTemplate } from '../domain/template';
import { KenmerkCounter } from '../persistence/kenmerk.counter';
import { type LetterDoc, LettersStore } from '../persistence/letters.store';
import { RecipientsStore } from '../persistence/recipients.store';
import { TemplatesStore } from '../persistence/templates.store';
import { addresseeLines, resolveRecipients } from './recipients';

export const SOURCE = sourceOf('notifications');

export type IssueOutcome =
  | { outcome: 'issued'; kenmerk: string; state: LetterDoc['state'] }
  | { outcome: 'duplicate'; kenmerk: string };

const dutchDate = (instant: Date) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(instant);

/**
 * SendLetter → one letter. Idempotent by request id: the letter's `_id` is
 * the request id, so a redelivered command finds the letter and stops, and
 * two deliveries racing collide on the insert. The kenmerk is taken before
 * the insert (it is printed in the letter): a race loser wastes a number,
 * never reuses one. The letter, its LetterIssued event (and, when the mail
 * cannot go out, its LetterDeliveryFailed) are one document write.
 */
@Injectable()
export class IssueLetterUseCase {
  private readonly log = new Logger(IssueLetterUseCase.name);

  constructor(
    private readonly letters: LettersStore,
    private readonly templates: TemplatesStore,
    private readonly recipients: RecipientsStore,
    private readonly kenmerken: KenmerkCounter,
    private readonly clock: Clock,
    private readonly worker: DeliveryWorker,
    @InjectConfig() config: Config,
  ) {
    this.signatories = signatoriesFrom(config);
  }

  private readonly signatories: Signatories;

  async execute(
    data: SendLetterData,
    cause: { correlationId: string; causationId: string },
  ): Promise<IssueOutcome> {
    const existing = await this.letters.byRequestId(data.requestId);
    if (existing) return this.duplicate(existing, data);

    const template = await this.templates.latest(data.template);
    if (!template) {
      const known = await this.templates.names();
      throw new NonRetriableError(
        `request ${data.requestId}: there is no template '${data.template}' (known: ${known.join(', ') || 'none'})`,
      );
    }
    const system = new Set<string>(SYSTEM_PLACEHOLDERS);
    const forbidden = Object.keys(data.placeholders).filter((name) => system.has(name));
    if (forbidden.length > 0) {
      throw new NonRetriableError(
        `request ${data.requestId}: placeholder(s) ${forbidden.map((n) => `@${n}@`).join(', ')} are filled by notifications and may not be supplied`,
      );
    }

    if (!data.bevoegdGezagNummer && !data.addressee) {
      throw new NonRetriableError(
        `request ${data.requestId}: a letter needs a board (bevoegdGezagNummer) or a person (addressee) to go to`,
      );
    }
    const addressee = data.addressee ?? null;
    const [board, vestiging] = await Promise.all([
      // A letter to a person never borrows a board's name or address.
      data.bevoegdGezagNummer && !addressee
        ? this.recipients.board(data.bevoegdGezagNummer)
        : Promise.resolve(null),
      data.vestigingCode ? this.recipients.vestiging(data.vestigingCode) : Promise.resolve(null),
    ]);
    const resolved = resolveRecipients({ ...data, board, vestiging });
    const now = this.clock.now();
    const signatory = signatoryFor(data.sector, this.signatories, template);
    const values: Record<string, string> = {
      ...(board ? { bestuursnaam: board.name } : {}),
      ...(data.inReplyToKenmerk ? { kenmerk_eerdere_brief: data.inReplyToKenmerk } : {}),
      ...data.placeholders,
      datum: dutchDate(now),
      ondertekenaar: signatory.name,
      functie_ondertekenaar: signatory.role,
    };
    const attachments = data.attachments ?? [];
    const afschrift =
      data.afschriftAanDirectie && data.vestigingCode
        ? `een afschrift van deze brief is verzonden aan de directie van ${vestiging?.name ?? data.placeholders['schoolnaam'] ?? 'de school'} (${data.vestigingCode}).`
        : null;
    const compose = (kenmerk: string): LetterText =>
      composeLetter({
        kenmerk,
        datum: values['datum']!,
        rendered: renderTemplate(template, { ...values, kenmerk }),
        addressee: addresseeLines(data.bevoegdGezagNummer, board, addressee),
        inReplyToKenmerk: data.inReplyToKenmerk ?? null,
        signatory,
        afschrift,
        attachments,
      });

    // Render once before taking a kenmerk, so a command that can never
    // render (missing value, unknown placeholder) costs no number.
    try {
      compose('0000-0000000');
    } catch (error) {
      if (error instanceof TemplateError) {
        throw new NonRetriableError(`request ${data.requestId}: ${error.message}`);
      }
      throw error;
    }

    const kenmerk = await this.kenmerken.next(Number(amsterdamDate(now).slice(0, 4)));
    const text = compose(kenmerk);
    const common = {
      kenmerk,
      requestId: data.requestId,
      caseId: data.caseId,
      template: template.name,
      templateVersion: template.version,
    };
    const events: PendingEvent[] = [
      {
        definition: LetterIssued,
        event: createEvent(LetterIssued, {
          source: SOURCE,
          subject: kenmerk,
          ...cause,
          time: now,
          data: {
            ...common,
            bevoegdGezagNummer: data.bevoegdGezagNummer,
            issuedAt: now.toISOString(),
          },
        }),
      },
    ];
    if (resolved.blockedReason) {
      events.push({
        definition: LetterDeliveryFailed,
        event: createEvent(LetterDeliveryFailed, {
          source: SOURCE,
          subject: kenmerk,
          ...cause,
          time: now,
          data: {
            ...common,
            channel: 'mail',
            reason: resolved.blockedReason,
            attempts: 0,
            failedAt: now.toISOString(),
          },
        }),
      });
    }
    // The ISD inboxes are the board's and the school's: a letter to a person goes into neither.
    const inboxes: LetterDoc['portal']['inboxes'] = [];
    if (!addressee && data.bevoegdGezagNummer)
      inboxes.push({ owner: 'board', id: data.bevoegdGezagNummer });
    if (!addressee && data.brin) inboxes.push({ owner: 'school', id: data.brin });
    const doc: LetterDoc = {
      _id: data.requestId,
      ...common,
      bevoegdGezagNummer: data.bevoegdGezagNummer,
      addressee,
      brin: data.brin,
      vestigingCode: data.vestigingCode,
      afschriftAanDirectie: data.afschriftAanDirectie,
      issuedAt: now,
      correlationId: cause.correlationId,
      text,
      attachments,
      state: resolved.blockedReason ? 'blocked' : 'sending',
      blockedReason: resolved.blockedReason,
      warnings: resolved.warnings,
      mail: {
        status: resolved.blockedReason ? 'blocked' : 'pending',
        to: resolved.to,
        cc: resolved.cc,
        attempts: 0,
        nextAttemptAt: resolved.blockedReason ? null : now,
        lastError: null,
        sentAt: null,
      },
      portal: { status: inboxes.length > 0 ? 'pending' : 'none', inboxes, sentAt: null },
      dueAt: new Date(0),
      due: true,
      history: [
        {
          at: now,
          what: `issued from template ${template.name} v${template.version}`,
          by: 'command',
        },
      ],
      outbox: [],
    };
    try {
      await this.letters.insert(doc, events);
    } catch (error) {
      if (error instanceof DuplicateKeyError) {
        const winner = await this.letters.byRequestId(data.requestId);
        // Only a collision on the request id is a duplicate; a kenmerk collision is a bug and must be loud.
        if (winner) return this.duplicate(winner, data);
      }
      throw error;
    }
    if (resolved.blockedReason) {
      this.log.warn(`letter ${kenmerk} (${data.requestId}) is blocked: ${resolved.blockedReason}`);
    }
    for (const warning of resolved.warnings) this.log.warn(`letter ${kenmerk}: ${warning}`);
    this.worker.nudge();
    return { outcome: 'issued', kenmerk, state: doc.state };
  }

  private duplicate(existing: LetterDoc, data: SendLetterData): IssueOutcome {
    if (existing.template !== data.template || existing.caseId !== data.caseId) {
      this.log.warn(
        `request ${data.requestId} arrived again with other content (template ${data.template}, case ${data.caseId}); the letter ${existing.kenmerk} already issued for it stands`,
      );
    }
    return { outcome: 'duplicate', kenmerk: existing.kenmerk };
  }
}
