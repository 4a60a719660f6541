import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '@inspectorate/http';
import { DeliveryWorker } from '../delivery/delivery.worker';
import { type LetterDoc, LettersStore } from '../persistence/letters.store';
import { RecipientsStore } from '../persistence/recipients.store';
import { resolveRecipients } from './recipients';

/**
 * An operator sends a blocked or failed letter again: the same letter (same
 * kenmerk, same text), to the addresses the registry knows NOW. Refused
 * while the board still has no address, so a resend never "succeeds" into
 * nothing. Conditional on the state it saw: two operators clicking at once
 * resend it once.
 */
@Injectable()
export class ResendLetterUseCase {
  constructor(
    private readonly letters: LettersStore,
    private readonly recipients: RecipientsStore,
    private readonly worker: DeliveryWorker,
  ) {}

  async execute(kenmerk: string, actor: string): Promise<LetterDoc> {
    const letter = await this.letters.byKenmerk(kenmerk);
    if (!letter) throw new NotFoundError(`there is no letter with kenmerk ${kenmerk}`);
    if (letter.state !== 'blocked' && letter.state !== 'failed') {
      throw new ConflictError(
        `letter ${kenmerk} is ${letter.state}; only blocked or failed letters can be resent`,
      );
    }
    const [board, vestiging] = await Promise.all([
      letter.bevoegdGezagNummer && !letter.addressee
        ? this.recipients.board(letter.bevoegdGezagNummer)
        : null,
      letter.vestigingCode ? this.recipients.vestiging(letter.vestigingCode) : null,
    ]);
    const resolved = resolveRecipients({ ...letter, board, vestiging });
    if (resolved.blockedReason) {
      throw new ConflictError(`letter ${kenmerk} cannot be resent yet: ${resolved.blockedReason}`);
    }
    const now = new Date();
    const resent = await this.letters.update(
      { _id: letter._id, state: letter.state, 'mail.status': letter.mail.status },
      {
        $set: {
          state: 'sending',
          blockedReason: null,
          warnings: resolved.warnings,
          'mail.status': 'pending',
          'mail.to': resolved.to,
          'mail.cc': resolved.cc,
          'mail.attempts': 0,
          'mail.nextAttemptAt': now,
          'mail.lastError': null,
          dueAt: now,
          due: true,
        },
        $push: {
          history: {
            at: now,
            what: `resent (was ${letter.state}) to ${[resolved.to, ...resolved.cc].join(', ')}`,
            by: actor,
          },
        },
      },
    );
    if (!resent) {
      throw new ConflictError(`letter ${kenmerk} changed meanwhile (resent by someone else?)`);
    }
    this.worker.nudge();
    return (await this.letters.byKenmerk(kenmerk))!;
  }
}
