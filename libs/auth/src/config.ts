import { Type } from '@sinclair/typebox';
import { StringEnum } from '@inspectorate/config';
import {
  ASYMMETRIC_ALGORITHMS,
  DEFAULT_ALGORITHMS,
  type TokenVerifierOptions,
} from './token-verifier';

// https, or plain http on the loopback interface only (the local Keycloak).
const ISSUER_URL =
  '^(https://[^\\s/?#]+|http://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]{1,5})?)(/[^\\s?#]*)?$';

/**
 * The OIDC variables, to spread into a service's config schema:
 * `defineServiceConfig(options, { ...oidcConfigProperties, ... })`.
 */
export const oidcConfigProperties = {
  OIDC_ISSUER: Type.String({
    pattern: ISSUER_URL,
    description:
      "The identity provider's issuer URL; tokens must carry exactly this `iss` (local: http://127.0.0.1:18080/realms/inspectorate)",
    expected:
      'an https:// URL (http:// only on localhost), e.g. https://login.example.nl/realms/inspectorate',
  }),
  OIDC_AUDIENCE: Type.String({
    minLength: 1,
    default: 'inspectorate-api',
    description: 'The audience tokens must carry in `aud`',
  }),
  OIDC_JWKS_URL: Type.Optional(
    Type.String({
      pattern: ISSUER_URL,
      description:
        "The provider's signing keys (JWKS); default: `jwks_uri` from the issuer's discovery document",
      expected: 'an https:// URL (http:// only on localhost)',
    }),
  ),
  OIDC_ALGORITHMS: Type.Array(StringEnum(ASYMMETRIC_ALGORITHMS), {
    minItems: 1,
    default: [...DEFAULT_ALGORITHMS],
    description: 'Signature algorithms accepted; asymmetric only (never none or HS*)',
    expected: `a comma-separated list of ${ASYMMETRIC_ALGORITHMS.join(', ')}`,
  }),
  OIDC_CLOCK_TOLERANCE_S: Type.Integer({
    minimum: 0,
    maximum: 300,
    default: 30,
    description: 'Clock skew accepted on exp and nbf, in seconds',
  }),
};

export interface OidcConfig {
  OIDC_ISSUER: string;
  OIDC_AUDIENCE: string;
  OIDC_JWKS_URL?: string | undefined;
  OIDC_ALGORITHMS: readonly (typeof ASYMMETRIC_ALGORITHMS)[number][];
  OIDC_CLOCK_TOLERANCE_S: number;
}

/** TokenVerifier options from a loaded config that has the OIDC variables. */
export function verifierOptionsFrom(config: OidcConfig): TokenVerifierOptions {
  return {
    issuer: config.OIDC_ISSUER,
    audience: config.OIDC_AUDIENCE,
    ...(config.OIDC_JWKS_URL ? { jwksUrl: config.OIDC_JWKS_URL } : {}),
    algorithms: config.OIDC_ALGORITHMS,
    clockToleranceSec: config.OIDC_CLOCK_TOLERANCE_S,
  };
}
