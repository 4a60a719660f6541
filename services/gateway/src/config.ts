import { Type } from '@sinclair/typebox';
import { oidcConfigProperties } from '@inspectorate/auth';
import { defineServiceConfig } from '@inspectorate/config';
import { manifest } from './manifest';

// http(s) base URL of an internal service, without a trailing slash or query.
const BASE_URL = '^https?://[^\\s/?#]+(/[^\\s?#]*[^\\s?#/])?$';
const upstream = (service: string, port: number) =>
  Type.String({
    pattern: BASE_URL,
    default: `http://127.0.0.1:${port}`,
    description: `Base URL of ${service}'s internal API (in the cluster: its Service, e.g. http://${service}:3000)`,
    expected: 'an http:// or https:// URL without a trailing slash, e.g. http://registry:3000',
  });

/** Environment variables of gateway; `loadConfig.variables()` lists them (see docs/services/gateway.md). */
export const loadConfig = defineServiceConfig(
  { service: manifest.service, defaultPort: manifest.defaultPort },
  {
    ...oidcConfigProperties,
    REGISTRY_URL: upstream('registry', 3001),
    MONITORING_INTAKE_URL: upstream('monitoring-intake', 3002),
    RISK_ANALYSIS_URL: upstream('risk-analysis', 3003),
    CASEWORK_URL: upstream('casework', 3004),
    NOTIFICATIONS_URL: upstream('notifications', 3005),
    PUBLICATION_URL: upstream('publication', 3006),
    UPSTREAM_TIMEOUT_MS: Type.Integer({
      minimum: 100,
      maximum: 120_000,
      default: 10_000,
      description:
        'How long a forwarded request may take before the gateway answers 504 (uploads included)',
    }),
    UPSTREAM_KEEPALIVE_MS: Type.Integer({
      minimum: 100,
      maximum: 4_000,
      default: 1_000,
      description:
        "How long a connection to a service may stay idle before the gateway closes it; must stay well below the services' own keep-alive timeout (Node's 5 s), or a request can go out on a connection the service is closing",
    }),
    DOSSIER_PART_TIMEOUT_MS: Type.Integer({
      minimum: 50,
      maximum: 30_000,
      default: 2_000,
      description:
        "How long each part of a school's dossier may take; a slower part is marked unavailable",
    }),
    RATE_LIMIT_MAX: Type.Integer({
      minimum: 1,
      default: 600,
      description: 'Requests one client may make per window, counted across all replicas',
    }),
    RATE_LIMIT_WINDOW_S: Type.Integer({
      minimum: 1,
      maximum: 3600,
      default: 60,
      description: 'Length of a rate-limit window in seconds (fixed windows)',
    }),
    PUBLIC_RATE_LIMIT_BURST: Type.Integer({
      minimum: 1,
      default: 60,
      description:
        'Requests one address may make at once to the public read API (/api/v1/public, no login), per replica',
    }),
    PUBLIC_RATE_LIMIT_PER_S: Type.Number({
      exclusiveMinimum: 0,
      maximum: 10_000,
      default: 2,
      description:
        'Requests per second an address regains for the public read API after its burst, per replica',
      expected: 'a positive number, e.g. 2 or 0.5',
    }),
    TRUST_PROXY_HOPS: Type.Integer({
      minimum: 0,
      maximum: 10,
      default: 0,
      description:
        "How many proxies in front of the gateway (the ingress) may name the client's address in X-Forwarded-For; 0: the connection's address",
    }),
    CORS_ORIGINS: Type.Array(Type.String({ pattern: '^https?://[^\\s/?#]+$' }), {
      default: [],
      description:
        'Origins of the front end allowed to call the API from a browser (CORS); none when empty',
      expected:
        'a comma-separated list of origins, e.g. https://inspectie.example.nl,http://localhost:5173',
    }),
    OIDC_AUTHORIZATION_URL: Type.Optional(
      Type.String({
        pattern: '^https?://\\S+$',
        description:
          "The provider's authorization endpoint, for Swagger UI's login; default: Keycloak's under OIDC_ISSUER",
      }),
    ),
    OIDC_TOKEN_URL: Type.Optional(
      Type.String({
        pattern: '^https?://\\S+$',
        description:
          "The provider's token endpoint, for Swagger UI's login; default: Keycloak's under OIDC_ISSUER",
      }),
    ),
    OIDC_FRONTEND_CLIENT_ID: Type.String({
      minLength: 1,
      default: 'inspectorate-frontend',
      description: 'The public client (authorization code + PKCE) Swagger UI logs in with',
    }),
  },
);

export type Config = ReturnType<typeof loadConfig.load>;

export type UpstreamService =
  'registry' | 'monitoring-intake' | 'risk-analysis' | 'casework' | 'notifications' | 'publication';

export function upstreamUrls(config: Config): Record<UpstreamService, string> {
  return {
    registry: config.REGISTRY_URL,
    'monitoring-intake': config.MONITORING_INTAKE_URL,
    'risk-analysis': config.RISK_ANALYSIS_URL,
    casework: config.CASEWORK_URL,
    notifications: config.NOTIFICATIONS_URL,
    publication: config.PUBLICATION_URL,
  };
}
