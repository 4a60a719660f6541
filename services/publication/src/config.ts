import { Type } from '@sinclair/typebox';
import { defineServiceConfig } from '@inspectorate/config';
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
  },
);

export type Config = ReturnType<typeof loadConfig.load>;
