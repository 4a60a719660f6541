import { Type } from '@sinclair/typebox';
import { defineServiceConfig } from '@inspectorate/config';
import { oidcConfigProperties } from '@inspectorate/auth';
import { manifest } from './manifest';

/** Environment variables of casework; `loadConfig.variables()` lists them. */
export const loadConfig = defineServiceConfig(
  { service: manifest.service, defaultPort: manifest.defaultPort },
  {
    // The identity provider whose tokens every route but health and metrics needs.
    ...oidcConfigProperties,
    HERSTELOPDRACHT_DEADLINE: Type.String({
      default: '11-01',
      pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
      description:
        'MM-DD: a herstelopdracht must be met before the first such date after the monitoring deadline',
      expected: 'a month and day as MM-DD, e.g. 11-01 for 1 November',
    }),
    VERTROUWENS_KEYS: Type.Optional(
      Type.String({
        secret: true,
        minLength: 3,
        description:
          'The keys that seal vertrouwensdossiers (AES-256-GCM, ADR 0011): id:base64 of 32 random bytes, comma-separated; keep old ones until the rotation reports nothing stale. Without keys vertrouwensdossiers answer 503.',
        expected: 'id:base64,id:base64, each key 32 bytes (openssl rand -base64 32)',
      }),
    ),
    VERTROUWENS_ACTIVE_KEY: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9._-]{1,40}$',
        description: 'The id of the key in VERTROUWENS_KEYS that seals new values.',
        expected: 'a key id from VERTROUWENS_KEYS, e.g. 2026-01',
      }),
    ),
    VERTROUWENSDOSSIER_BEWAARTERMIJN: Type.String({
      default: 'P5Y',
      pattern: '^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$',
      description:
        'How long a closed vertrouwensdossier is kept before the retention job destroys it (docs/services/casework.md says why 5 years).',
      expected: 'an ISO-8601 duration in years, months, weeks or days, e.g. P5Y',
    }),
  },
);

export type Config = ReturnType<typeof loadConfig.load>;
