import { defineServiceConfig } from '@inspectorate/config';
import { oidcConfigProperties } from '@inspectorate/auth';
import { manifest } from './manifest';

/** Environment variables of risk-analysis; `loadConfig.variables()` lists them (see docs/runbooks). */
export const loadConfig = defineServiceConfig(
  { service: manifest.service, defaultPort: manifest.defaultPort },
  // The identity provider whose tokens every route but health and metrics needs.
  { ...oidcConfigProperties },
);

export type Config = ReturnType<typeof loadConfig.load>;
