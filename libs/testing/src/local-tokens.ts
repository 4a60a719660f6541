import { type Role, TokenVerifier } from '@inspectorate/auth';
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

const ISSUER = 'https://idp.test/realms/inspectorate';
const AUDIENCE = 'inspectorate-api';

/**
 * For controller specs only (no identity provider, no network): a key pair
 * made here, a TokenVerifier that trusts it, and tokens shaped like the local
 * Keycloak's. Integration and end-to-end tests use the real Keycloak
 * (`bearer(role)`) instead.
 */
export interface LocalTokens {
  verifier: TokenVerifier;
  /** `{ authorization: 'Bearer <token>' }` of a user with these roles. */
  bearer(roles: Role | Role[], claims?: JWTPayload): Promise<{ authorization: string }>;
}

export async function localTokens(): Promise<LocalTokens> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'local', alg: 'RS256', use: 'sig' };
  const verifier = new TokenVerifier(
    { issuer: ISSUER, audience: AUDIENCE },
    createLocalJWKSet({ keys: [jwk] }),
  );
  return {
    verifier,
    async bearer(roles, claims = {}) {
      const list = Array.isArray(roles) ? roles : [roles];
      const now = Math.floor(Date.now() / 1000);
      const username = list[0] ?? 'zonder-rol';
      const token = await new SignJWT({
        iss: ISSUER,
        aud: AUDIENCE,
        sub: `user-${username}`,
        iat: now,
        exp: now + 300,
        preferred_username: username,
        name: `Demo ${username}`,
        azp: 'inspectorate-test',
        realm_access: { roles: list },
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'local', typ: 'JWT' })
        .sign(privateKey);
      return { authorization: `Bearer ${token}` };
    },
  };
}
