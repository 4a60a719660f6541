import { Type } from '@sinclair/typebox';
import { defineServiceConfig } from '@inspectorate/config';
import { oidcConfigProperties } from '@inspectorate/auth';
import { manifest } from './manifest';

/** Environment variables of registry; `loadConfig.variables()` lists them (see docs/runbooks). */
export const loadConfig = defineServiceConfig(
  { service: manifest.service, defaultPort: manifest.defaultPort },
  {
    // The identity provider whose tokens every route but health and metrics needs.
    ...oidcConfigProperties,
    REGISTRY_MAX_CLOSE_SHARE: Type.Number({
      default: 0.1,
      minimum: 0,
      maximum: 1,
      description:
        'Largest share of the open boards, schools or vestigingen a complete DUO list may close; a list that would close more (or applies no row) is refused untouched',
      expected: 'a fraction from 0 to 1, e.g. 0.1 for 10%',
    }),
  },
);

export type Config = ReturnType<typeof loadConfig.load>;
