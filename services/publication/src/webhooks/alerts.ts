import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectConfig } from '@inspectorate/config';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import { Subscriptions } from '../persistence/collections';
import type { SubscriptionDoc } from './webhook.docs';

/** After this many failed tries the mail is left (logged; the event and the status stay). */
const MAX_ATTEMPTS = 20;

/** The mail to the contact of a subscription that was disabled. */
export function alertMail(sub: SubscriptionDoc): { subject: string; text: string } {
  const reason = sub.disabled?.reason ?? 'unknown';
  return {
    subject: `Webhook-abonnement uitgeschakeld / webhook subscription disabled: ${sub._id}`,
    text: [
      `Uw webhook-abonnement ${sub._id} op ${sub.url} is uitgeschakeld.`,
      `Reden: ${reason}`,
      '',
      'Wat u mist, gaat niet verloren: de berichten die niet aankwamen blijven bewaard en worden',
      'opnieuw verstuurd zodra het abonnement weer aan staat (POST /webhooks/subscriptions/{id}/enable,',
      'door uzelf of een beheerder). Bijlezen kan ook met de wijzigingenfeed (/public/changes?since=).',
      '',
      `Your webhook subscription ${sub._id} to ${sub.url} was disabled.`,
      `Reason: ${reason}`,
      'Nothing is lost: the undelivered messages are kept and sent again once the subscription is',
      'enabled (POST /webhooks/subscriptions/{id}/enable); the changes feed lets you catch up as well.',
      '',
      '-- ',
      'Inspectie van het Onderwijs, publicatie (automatisch bericht)',
    ].join('\n'),
  };
}

/**
 * Sends the pending mails about disabled subscriptions, from the leased
 * publication run (one replica at a time). The disable marked the mail
 * pending in the same write as its status and event, so a mail is never
 * lost; one sent but not yet marked sent when a replica dies goes again
 * (at least once, with the same Message-ID for the receiver to see that).
 */
@Injectable()
export class AlertMailer implements OnApplicationShutdown {
  private readonly log = new Logger(AlertMailer.name);
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(
    @InjectConfig() config: Config,
    @InjectStore(Subscriptions) private readonly subscriptions: Store<SubscriptionDoc>,
    private readonly clock: Clock,
  ) {
    this.from = config.MAIL_FROM;
    this.transport = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 10_000,
      ...(config.SMTP_USER
        ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } }
        : {}),
    });
  }

  /** Returns how many mails went out. */
  async sendPending(): Promise<number> {
    const pending = await this.subscriptions.find(
      { 'alert.pending': true, 'alert.attempts': { $lt: MAX_ATTEMPTS } },
      { sort: { _id: 1 }, limit: 50, projection: { secrets: 0, outbox: 0 } },
    );
    let sent = 0;
    for (const sub of pending) {
      const alert = sub.alert!;
      try {
        await this.transport.sendMail({
          from: this.from,
          to: sub.contactEmail!,
          ...alertMail(sub),
          messageId: `<subscription-disabled-${sub._id}-${sub.disabled!.at.getTime()}@publication.onderwijsinspectie.nl>`,
        });
        await this.subscriptions.update(
          { _id: sub._id, 'alert.pending': true },
          { $set: { alert: { ...alert, pending: false, sentAt: this.clock.now() } } },
        );
        sent++;
      } catch (error) {
        this.log.warn(`mail about disabled subscription ${sub._id} failed: ${String(error)}`);
        await this.subscriptions.update(
          { _id: sub._id, 'alert.pending': true },
          { $set: { alert: { ...alert, attempts: alert.attempts + 1, error: String(error) } } },
        );
      }
    }
    return sent;
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
