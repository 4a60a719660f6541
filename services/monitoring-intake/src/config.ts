import { Type } from '@sinclair/typebox';
import { defineServiceConfig } from '@inspectorate/config';
import { oidcConfigProperties } from '@inspectorate/auth';
import { manifest } from './manifest';

/** Environment variables of monitoring-intake; `loadConfig.variables()` lists them (see docs/runbooks). */
export const loadConfig = defineServiceConfig(
  { service: manifest.service, defaultPort: manifest.defaultPort },
  {
    // The identity provider whose tokens every route but health and metrics needs.
    ...oidcConfigProperties,
    MONITORING_SECTORS: Type.Array(
      Type.Union(['po', 'so', 'vso', 'vo', 'mbo', 'ho'].map((s) => Type.Literal(s))),
      {
        default: ['po', 'so', 'vso', 'vo'],
        minItems: 1,
        uniqueItems: true,
        description: 'Sectors whose vestigingen must deliver monitoring results (the legal duty).',
        expected: 'a comma-separated list of po, so, vso, vo, mbo, ho',
      },
    ),
    MONITORING_DEADLINES: Type.String({
      default: '',
      pattern: '^$|^\\d{4}-\\d{4}=\\d{4}-\\d{2}-\\d{2}(,\\d{4}-\\d{4}=\\d{4}-\\d{2}-\\d{2})*$',
      description:
        'Deadlines that differ from the default (1 July at the end of the schooljaar), per schooljaar; the API can also set them',
      expected: 'schooljaar=date pairs, e.g. 2025-2026=2026-06-15,2026-2027=2027-07-01',
    }),
    MONITORING_MIN_OPEN_DAYS: Type.Integer({
      default: 90,
      minimum: 0,
      maximum: 366,
      description:
        'A vestiging the registry registered fewer than this many days before the deadline owes no data that year',
      expected: 'a whole number of days, 0..366',
    }),
  },
);

export type Config = ReturnType<typeof loadConfig.load>;
