import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectConfig } from '@inspectorate/config';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';

export interface OutgoingMail {
  to: string;
  cc: string[];
  subject: string;
  text: string;
  /** Stable per letter, so a mail sent twice (a crash after sending) is recognisable as one. */
  messageId: string;
  headers: Record<string, string>;
  attachments: Array<{ filename: string; content: Buffer; contentType: string }>;
}

/** SMTP through nodemailer, one pooled transport per replica. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;
  readonly from: string;

  constructor(@InjectConfig() config: Config) {
    this.from = config.MAIL_FROM;
    this.transport = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      pool: true,
      maxConnections: config.DELIVERY_CONCURRENCY,
      connectionTimeout: config.SMTP_TIMEOUT_MS,
      greetingTimeout: config.SMTP_TIMEOUT_MS,
      socketTimeout: config.SMTP_TIMEOUT_MS,
      ...(config.SMTP_USER
        ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } }
        : {}),
    });
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = (await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      ...(mail.cc.length > 0 ? { cc: mail.cc } : {}),
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      headers: mail.headers,
      attachments: mail.attachments,
    })) as { messageId: string };
    return info.messageId;
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
