import { Type } from '@sinclair/typebox';
import { defineServiceConfig } from '@inspectorate/config';
import { oidcConfigProperties } from '@inspectorate/auth';
import { manifest } from './manifest';

/** Environment variables of risk-analysis; `loadConfig.variables()` lists them (see docs/runbooks). */
export const loadConfig = defineServiceConfig(
  { service: manifest.service, defaultPort: manifest.defaultPort },
  {
    // The identity provider whose tokens every route but health and metrics needs.
    ...oidcConfigProperties,
    RISK_ANNUAL_RUN_FROM: Type.String({
      default: '10-01',
      pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
      description:
        "The day of the year (Amsterdam) from which the year's analysis is due; one replica runs it once that night",
      expected: 'month-day as MM-DD, e.g. 10-01',
    }),
    RISK_CASEWORK_COMPLETE: Type.Boolean({
      default: true,
      description:
        "Whether casework's events are the record of every school: then a school without herstelopdrachten has none; false makes their absence missing data",
      expected: 'true or false',
    }),
  },
);

export type Config = ReturnType<typeof loadConfig.load>;
