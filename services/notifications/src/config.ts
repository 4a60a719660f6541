import { Port, defineServiceConfig } from '@inspectorate/config';
import { Type } from '@sinclair/typebox';
import { SECTORS } from '@inspectorate/contracts';
import {
  DEFAULT_SIGNATORIES,
  SIGNATORY_PATTERN,
  signatoryVariable,
} from './letters/domain/signatories';
import { oidcConfigProperties } from '@inspectorate/auth';
import { manifest } from './manifest';

/** `SIGNATORY_PO` ... `SIGNATORY_HO`: who signs the letters about a school of that sector. */
const signatoryVariables = Object.fromEntries(
  SECTORS.map((sector) => [
    signatoryVariable(sector),
    Type.String({
      default: DEFAULT_SIGNATORIES[sector],
      pattern: SIGNATORY_PATTERN,
      description: `Who signs letters about a ${sector} school, as 'name | role'.`,
      expected:
        "a name and a role separated by '|', e.g. 'ir. R. Pol | Directeur toezicht voortgezet onderwijs'",
    }),
  ]),
);

/** Environment variables of notifications; `loadConfig.variables()` lists them (see docs/runbooks). */
export const loadConfig = defineServiceConfig(
  { service: manifest.service, defaultPort: manifest.defaultPort },
  {
    // The identity provider whose tokens every route but health and metrics needs.
    ...oidcConfigProperties,
    SMTP_HOST: Type.String({
      minLength: 1,
      default: '127.0.0.1',
      description: 'SMTP server for outgoing letters (locally the mail catcher of the stack).',
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
      default: 'Inspectie van het Onderwijs <brieven@onderwijsinspectie.nl>',
      description: 'Sender of the letter mails.',
    }),
    SMTP_TIMEOUT_MS: Type.Integer({
      minimum: 100,
      maximum: 120_000,
      default: 20_000,
      description: 'Connection, greeting and socket timeout of one SMTP attempt.',
    }),
    MAIL_MAX_ATTEMPTS: Type.Integer({
      minimum: 1,
      maximum: 50,
      default: 6,
      description: 'SMTP tries per letter (the first included) before LetterDeliveryFailed.',
    }),
    MAIL_RETRY_INITIAL_MS: Type.Integer({
      minimum: 0,
      default: 60_000,
      description: 'Delay before the first SMTP retry; doubles with every try (with jitter).',
    }),
    MAIL_RETRY_MAX_MS: Type.Integer({
      minimum: 0,
      default: 3_600_000,
      description: 'Longest delay between two SMTP tries.',
    }),
    DELIVERY_POLL_MS: Type.Integer({
      minimum: 50,
      maximum: 60_000,
      default: 2_000,
      description: 'How often each replica looks for letters due for delivery.',
    }),
    DELIVERY_CONCURRENCY: Type.Integer({
      minimum: 1,
      maximum: 32,
      default: 4,
      description: 'Letters one replica delivers at the same time.',
    }),
    ...signatoryVariables,
  },
);

export type Config = ReturnType<typeof loadConfig.load>;
