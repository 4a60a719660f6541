import { defineServiceConfig } from '@inspectorate/config';
import { manifest } from './manifest';

/** Environment variables of publication; `loadConfig.variables()` lists them (see docs/runbooks). */
export const loadConfig = defineServiceConfig({
  service: manifest.service,
  defaultPort: manifest.defaultPort,
});

export type Config = ReturnType<typeof loadConfig.load>;
