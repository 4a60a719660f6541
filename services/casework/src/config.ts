import { Type } from '@sinclair/typebox';
import { defineServiceConfig } from '@inspectorate/config';
import { manifest } from './manifest';

/** Environment variables of casework; `loadConfig.variables()` lists them. */
export const loadConfig = defineServiceConfig(
  { service: manifest.service, defaultPort: manifest.defaultPort },
  {
    HERSTELOPDRACHT_DEADLINE: Type.String({
      default: '11-01',
      pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
      description:
        'MM-DD: a herstelopdracht must be met before the first such date after the monitoring deadline',
      expected: 'a month and day as MM-DD, e.g. 11-01 for 1 November',
    }),
  },
);

export type Config = ReturnType<typeof loadConfig.load>;
