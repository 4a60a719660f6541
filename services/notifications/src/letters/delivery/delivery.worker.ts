import { randomUUID } from 'node:crypto';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectConfig } from '@inspectorate/config';
import { LetterDeliveryFailed, LetterSent, createEvent } from '@inspectorate/contracts';
import {
  type PendingEvent,
  type RetryPolicy,
  backoffDelay,
  describeError,
} from '@inspectorate/messaging';
import { Metrics } from '@inspectorate/observability';
import { Counter } from 'prom-client';
import type { Config } from '../../config';
import { letterPlainText } from '../domain/letter';
import { attachmentFileName, attachmentPdf, letterFileName, letterPdf } from '../domain/pdf';
import { InboxStore, type LetterDoc, LettersStore } from '../persistence/letters.store';
import { Mailer } from './mailer';
import { sourceOf } from '@inspectorate/contracts';

const SOURCE = sourceOf('notifications');

/**
 * How long a worker may hold a letter before another replica may take it
 * over. Far longer than one SMTP attempt (SMTP_TIMEOUT_MS, at most 2
 * minutes), so a letter is only taken over from a replica that died.
 */
const CLAIM_MS = 5 * 60_000;

/** Due letters found per read, then claimed one by one by `_id`. */
const DUE_BATCH = 100;

/**
 * Delivers issued letters: into the ISD inboxes, and by mail with retries.
 *
 * Every replica runs a few loops that claim one due letter at a time with a
 * conditional update by `_id` (still `due` and `dueAt <= now` → `dueAt =
 * now + 5 min`, plus a claim token), so two replicas never work on the same
 * letter; the ids come from one read of the due letters that the loops share. All writes after
 * that are conditional on the token and carry the LetterSent /
 * LetterDeliveryFailed events in the same write (outbox). A failed SMTP try
 * sets `dueAt` to the next try (exponential backoff with jitter); after the
 * last it marks the letter failed. A replica that dies mid-letter leaves
 * its claim to expire; the letter is then taken up again, so a mail is sent
 * at least once, and in that rare case twice, with the same Message-ID.
 *
 * Retry timing follows real time, not the domain clock: like leases, it is
 * about servers, not about deadlines.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(DeliveryWorker.name);
  private readonly retry: RetryPolicy;
  private running = false;
  private loops: Array<Promise<void>> = [];
  private wakers: Array<() => void> = [];
  /** Ids of letters found due and not yet claimed here (LettersStore.dueIds). */
  private readonly found: string[] = [];
  private finding: Promise<void> | null = null;
  private readonly delivered: Counter<'channel' | 'outcome'>;

  constructor(
    private readonly letters: LettersStore,
    private readonly inbox: InboxStore,
    private readonly mailer: Mailer,
    @InjectConfig() private readonly config: Config,
    metrics: Metrics,
  ) {
    this.retry = {
      attempts: config.MAIL_MAX_ATTEMPTS,
      initialDelayMs: config.MAIL_RETRY_INITIAL_MS,
      maxDelayMs: Math.max(config.MAIL_RETRY_MAX_MS, config.MAIL_RETRY_INITIAL_MS),
    };
    const existing = metrics.registry.getSingleMetric('letter_deliveries_total');
    this.delivered =
      (existing as Counter<'channel' | 'outcome'> | undefined) ??
      new Counter({
        name: 'letter_deliveries_total',
        help: 'Letter delivery tries by channel (mail, portal) and outcome (sent, retry, failed).',
        labelNames: ['channel', 'outcome'] as const,
        registers: [metrics.registry],
      });
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loops = Array.from({ length: this.config.DELIVERY_CONCURRENCY }, () => this.loop());
    this.loops.push(this.markLegacyDue());
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.nudge();
    await Promise.allSettled(this.loops);
  }

  /** Letters written before the `due` flag existed get it, once at start (LettersStore.resync). */
  private async markLegacyDue(): Promise<void> {
    try {
      const marked = await this.letters.resync();
      if (marked > 0) {
        this.log.warn(`marked ${marked} letter(s) with work due that had no due flag`);
        this.nudge();
      }
    } catch (error) {
      this.log.error(`marking letters with work due: ${describeError(error)}`);
    }
  }

  /** A letter became due here: look now instead of at the next poll. */
  nudge(): void {
    for (const wake of this.wakers.splice(0)) wake();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let worked = false;
      try {
        worked = await this.processNext();
      } catch (error) {
        this.log.error(`delivery loop: ${describeError(error)}`);
      }
      if (!worked && this.running) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.config.DELIVERY_POLL_MS);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakers.push(done);
    });
  }

  /** Claims and works one due letter; false when none is due. */
  async processNext(): Promise<boolean> {
    for (;;) {
      const id = this.found.shift() ?? (await this.findDue());
      if (id === undefined) return false;
      const now = new Date();
      const claim = randomUUID();
      const letter = await this.letters.claim(id, now, new Date(now.getTime() + CLAIM_MS), claim);
      // Null: another loop or replica claimed it since it was found.
      if (!letter) continue;
      await this.work(letter, claim);
      return true;
    }
  }

  /**
   * Refills the ids of due letters that this replica's loops share (one
   * read for up to DUE_BATCH claims; a loop that finds the list empty while
   * another refills it waits for that read) and takes the first.
   */
  private async findDue(): Promise<string | undefined> {
    this.finding ??= this.letters
      .dueIds(new Date(), DUE_BATCH)
      .then((ids) => {
        const queued = new Set(this.found);
        this.found.push(...ids.filter((id) => !queued.has(id)));
      })
      .finally(() => {
        this.finding = null;
      });
    await this.finding;
    return this.found.shift();
  }

  private async work(letter: LetterDoc, claim: string): Promise<void> {
    const now = new Date();
    const set: Record<string, unknown> = {};
    const events: PendingEvent[] = [];
    const common = {
      kenmerk: letter.kenmerk,
      requestId: letter.requestId,
      caseId: letter.caseId,
      template: letter.template,
      templateVersion: letter.templateVersion,
    };
    const cause = { correlationId: letter.correlationId, time: now };
    let mailStatus = letter.mail.status;
    let nextAttemptAt = letter.mail.nextAttemptAt;

    if (letter.portal.status === 'pending') {
      await this.inbox.put(
        letter.portal.inboxes.map((i) => ({
          _id: `${letter.kenmerk}:${i.owner}:${i.id}`,
          owner: i.owner,
          ownerId: i.id,
          kenmerk: letter.kenmerk,
          caseId: letter.caseId,
          subject: letter.text.subject,
          template: letter.template,
          afschrift: i.owner === 'school',
          files: [
            letterFileName(letter.kenmerk),
            ...letter.attachments.map((_, n) => attachmentFileName(letter.kenmerk, n)),
          ],
          deliveredAt: now,
        })),
      );
      set['portal.status'] = 'sent';
      set['portal.sentAt'] = now;
      events.push({
        definition: LetterSent,
        event: createEvent(LetterSent, {
          source: SOURCE,
          subject: letter.kenmerk,
          ...cause,
          data: {
            ...common,
            channel: 'portal',
            recipients: letter.portal.inboxes.length,
            sentAt: now.toISOString(),
          },
        }),
      });
      this.delivered.inc({ channel: 'portal', outcome: 'sent' });
    }

    if (mailStatus === 'pending' && nextAttemptAt && nextAttemptAt <= now && letter.mail.to) {
      const attempts = letter.mail.attempts + 1;
      set['mail.attempts'] = attempts;
      try {
        await this.sendMail(letter);
        mailStatus = 'sent';
        nextAttemptAt = null;
        Object.assign(set, {
          'mail.status': 'sent',
          'mail.sentAt': new Date(),
          'mail.nextAttemptAt': null,
          'mail.lastError': null,
        });
        events.push({
          definition: LetterSent,
          event: createEvent(LetterSent, {
            source: SOURCE,
            subject: letter.kenmerk,
            ...cause,
            data: {
              ...common,
              channel: 'mail',
              recipients: 1 + letter.mail.cc.length,
              sentAt: new Date().toISOString(),
            },
          }),
        });
        this.delivered.inc({ channel: 'mail', outcome: 'sent' });
      } catch (error) {
        const reason =
          `SMTP ${this.config.SMTP_HOST}:${this.config.SMTP_PORT}: ${describeError(error)}`.slice(
            0,
            1000,
          );
        set['mail.lastError'] = reason;
        if (attempts >= this.retry.attempts) {
          mailStatus = 'failed';
          nextAttemptAt = null;
          set['mail.status'] = 'failed';
          set['mail.nextAttemptAt'] = null;
          events.push({
            definition: LetterDeliveryFailed,
            event: createEvent(LetterDeliveryFailed, {
              source: SOURCE,
              subject: letter.kenmerk,
              ...cause,
              data: { ...common, channel: 'mail', reason, attempts, failedAt: now.toISOString() },
            }),
          });
          this.delivered.inc({ channel: 'mail', outcome: 'failed' });
          this.log.error(
            `letter ${letter.kenmerk}: mail failed after ${attempts} tries: ${reason}`,
          );
        } else {
          nextAttemptAt = new Date(Date.now() + backoffDelay(this.retry, attempts + 1));
          set['mail.nextAttemptAt'] = nextAttemptAt;
          this.delivered.inc({ channel: 'mail', outcome: 'retry' });
          this.log.warn(
            `letter ${letter.kenmerk}: mail try ${attempts} of ${this.retry.attempts} failed, again at ${nextAttemptAt.toISOString()}: ${reason}`,
          );
        }
      }
    }

    set['state'] = stateAfter(mailStatus);
    const unset: Record<string, ''> = { claim: '' };
    if (mailStatus === 'pending' && nextAttemptAt) set['dueAt'] = nextAttemptAt;
    else Object.assign(unset, { dueAt: '', due: '' });
    const written = await this.letters.update(
      { _id: letter._id, claim },
      { $set: set, $unset: unset },
      events,
    );
    if (!written) {
      this.log.warn(
        `letter ${letter.kenmerk}: claim lost while delivering; another replica took it over`,
      );
    }
  }

  private async sendMail(letter: LetterDoc): Promise<void> {
    const pdfs = [
      { filename: letterFileName(letter.kenmerk), content: await letterPdf(letter.text) },
      ...(await Promise.all(
        letter.attachments.map(async (a, n) => ({
          filename: attachmentFileName(letter.kenmerk, n),
          content: await attachmentPdf(a, letter.kenmerk),
        })),
      )),
    ];
    await this.mailer.send({
      to: letter.mail.to!,
      cc: letter.mail.cc,
      subject: `${letter.text.subject} (kenmerk ${letter.kenmerk})`,
      text: letterPlainText(letter.text),
      messageId: `<${letter.kenmerk}.${letter.requestId.replace(/[^A-Za-z0-9.-]/g, '-')}@brieven.onderwijsinspectie.nl>`,
      headers: { 'X-Inspectie-Kenmerk': letter.kenmerk, 'X-Inspectie-Zaak': letter.caseId },
      attachments: pdfs.map((p) => ({ ...p, contentType: 'application/pdf' })),
    });
  }
}

function stateAfter(mail: LetterDoc['mail']['status']): LetterDoc['state'] {
  switch (mail) {
    case 'pending':
      return 'sending';
    case 'sent':
      return 'sent';
    case 'blocked':
      return 'blocked';
    case 'failed':
      return 'failed';
  }
}
