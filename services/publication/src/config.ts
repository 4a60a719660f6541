import { Type } from '@sinclair/typebox';
import { Port, defineServiceConfig } from '@inspectorate/config';
import { oidcConfigProperties } from '@inspectorate/auth';
import { manifest } from './manifest';

/** Environment variables of publication; `loadConfig.variables()` lists them (see docs/runbooks). */
export const loadConfig = defineServiceConfig(
  { service: manifest.service, defaultPort: manifest.defaultPort },
  // The identity provider whose tokens every route but health, metrics and /public needs.
  {
    ...oidcConfigProperties,
    WEBHOOK_ALLOW_PRIVATE_TARGETS: Type.Boolean({
      default: false,
      description:
        'Allow webhook URLs on loopback, private and link-local addresses (local and test only: in production that is SSRF)',
    }),
    WEBHOOK_TIMEOUT_MS: Type.Integer({
      default: 10_000,
      minimum: 100,
      maximum: 60_000,
      description: 'How long one webhook attempt may take before it counts as failed',
      expected: 'milliseconds, 100..60000',
    }),
    WEBHOOK_CONCURRENCY: Type.Integer({
      default: 16,
      minimum: 1,
      maximum: 256,
      description: 'Webhook attempts one replica makes at the same time',
      expected: 'a whole number, 1..256',
    }),
    // The alert to a subscription's contact when it is disabled: an operational
    // mail, not an official letter (no kenmerk, no template), so sent from here.
    SMTP_HOST: Type.String({
      minLength: 1,
      default: '127.0.0.1',
      description:
        "SMTP server for the mail to a disabled subscription's contact (locally the mail catcher).",
    }),
    SMTP_PORT: Port({ default: 11025, description: 'Port of the SMTP server.' }),
    SMTP_SECURE: Type.Boolean({
      default: false,
      description: 'Connect with TLS from the start (port 465); otherwise STARTTLS when offered.',
    }),
    SMTP_USER: Type.Optional(
      Type.String({ minLength: 1, description: 'SMTP user, if the server wants AUTH.' }),
    ),
    SMTP_PASSWORD: Type.Optional(
      Type.String({ minLength: 1, secret: true, description: 'SMTP password (secret).' }),
    ),
    MAIL_FROM: Type.String({
      minLength: 3,
      default: 'Inspectie van het Onderwijs <webhooks@onderwijsinspectie.nl>',
      description: "Sender of the mail to a disabled subscription's contact.",
    }),
  },
);

export type Config = ReturnType<typeof loadConfig.load>;
