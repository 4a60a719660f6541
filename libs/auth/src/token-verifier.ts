import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { type Actor, actorFromClaims } from './actor';
import {
  IdentityProviderUnavailableError,
  type InvalidTokenCode,
  InvalidTokenError,
} from './errors';

/**
 * The only algorithms a token may be signed with: asymmetric ones. `none` and
 * the HMAC family never: an HS256 token "signed" with the provider's public
 * key (which anyone can fetch) is the classic forgery.
 */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

export const DEFAULT_ALGORITHMS: readonly AsymmetricAlgorithm[] = ['RS256', 'PS256', 'ES256'];

export interface TokenVerifierOptions {
  /** Exact `iss` the tokens must carry, e.g. http://127.0.0.1:18080/realms/inspectorate. */
  issuer: string;
  /** An `aud` the tokens must carry, e.g. inspectorate-api. */
  audience: string;
  /** The provider's JWKS; default: `jwks_uri` of the issuer's discovery document. */
  jwksUrl?: string;
  /** Accepted `alg` values; only asymmetric ones are allowed. Default RS256, PS256, ES256. */
  algorithms?: readonly AsymmetricAlgorithm[];
  /** Clock skew accepted on exp/nbf/iat, in seconds. Default 30. */
  clockToleranceSec?: number;
  /** Timeout of one JWKS or discovery request, ms. Default 5000. */
  timeoutMs?: number;
  /**
   * After a fetch, how long an unknown `kid` does not trigger another one (ms).
   * Default 30 000: a flood of tokens with made-up kids cannot hammer the provider.
   */
  cooldownMs?: number;
  /** How long fetched keys are used without asking the provider again (ms). Default 10 min. */
  cacheMaxAgeMs?: number;
  /** Longest token accepted, in characters. Default 16 384. */
  maxTokenLength?: number;
}

/**
 * Verifies bearer access tokens against the identity provider's published
 * keys and turns them into the Actor. Any standard OpenID Connect provider
 * works: only the JWKS, `iss`, `aud`, `exp`/`nbf` and `sub` are relied on.
 *
 * Keys are cached (jose's remote key set): a token signed with a key id not
 * seen yet makes it fetch the set again, which is how key rotation arrives.
 * Fails closed: when the keys cannot be had, verify() throws
 * IdentityProviderUnavailableError, never an Actor.
 */
export class TokenVerifier {
  private readonly algorithms: AsymmetricAlgorithm[];
  private keys: Promise<JWTVerifyGetKey> | null = null;

  constructor(
    private readonly options: TokenVerifierOptions,
    /** Tests: where the keys come from instead of the network. */
    keys?: JWTVerifyGetKey,
  ) {
    if (!options.issuer) throw new Error('TokenVerifier: issuer is required');
    if (!options.audience) throw new Error('TokenVerifier: audience is required');
    this.algorithms = [...(options.algorithms ?? DEFAULT_ALGORITHMS)];
    const unsafe = this.algorithms.filter(
      (a) => !(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(a),
    );
    if (this.algorithms.length === 0 || unsafe.length > 0) {
      throw new Error(
        `TokenVerifier: algorithms must be asymmetric (${ASYMMETRIC_ALGORITHMS.join(', ')}); got ${this.algorithms.join(', ') || 'none'}`,
      );
    }
    if (keys) this.keys = Promise.resolve(keys);
  }

  /** The actor of a valid token; InvalidTokenError (401) or IdentityProviderUnavailableError (503). */
  async verify(token: string): Promise<Actor> {
    return actorFromClaims(await this.verifyClaims(token));
  }

  /** The verified claims of a token (for callers that need more than the Actor). */
  async verifyClaims(token: string): Promise<JWTPayload> {
    const max = this.options.maxTokenLength ?? 16_384;
    if (!token) throw new InvalidTokenError('missing-token', 'no bearer token');
    if (token.length > max) {
      throw new InvalidTokenError('malformed', `the token is longer than ${max} characters`);
    }
    const keys = await this.keySet();
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: this.algorithms,
        clockTolerance: this.options.clockToleranceSec ?? 30,
        requiredClaims: ['exp', 'sub'],
      });
      return payload;
    } catch (error) {
      throw classify(error);
    }
  }

  /** The remote key set, built once; from the discovery document when no jwksUrl is given. */
  private keySet(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.jwksUrl().then((url) =>
      createRemoteJWKSet(url, {
        timeoutDuration: this.options.timeoutMs ?? 5000,
        cooldownDuration: this.options.cooldownMs ?? 30_000,
        cacheMaxAge: this.options.cacheMaxAgeMs ?? 10 * 60_000,
      }),
    );
    // A failed discovery is not remembered: the next request asks again.
    this.keys.catch(() => {
      this.keys = null;
    });
    return this.keys;
  }

  private async jwksUrl(): Promise<URL> {
    if (this.options.jwksUrl) return new URL(this.options.jwksUrl);
    const where = `${this.options.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let doc: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const res = await fetch(where, {
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      doc = (await res.json()) as typeof doc;
    } catch (error) {
      throw new IdentityProviderUnavailableError(
        `the identity provider's discovery document ${where} could not be read: ${(error as Error).message}`,
        { cause: error },
      );
    }
    if (doc.issuer !== this.options.issuer || typeof doc.jwks_uri !== 'string') {
      throw new IdentityProviderUnavailableError(
        `the discovery document ${where} names issuer ${String(doc.issuer)} and jwks_uri ${String(doc.jwks_uri)}; expected issuer ${this.options.issuer} and a jwks_uri`,
      );
    }
    return new URL(doc.jwks_uri);
  }
}

const invalid = (code: InvalidTokenCode, message: string, cause: unknown) =>
  new InvalidTokenError(code, message, { cause });

/**
 * jose's errors in our two kinds. What is not recognisably the token's fault
 * (network errors, a JWKS that is not 200 or not a key set, timeouts, anything
 * unknown) counts as the provider being unavailable: refuse, with 503.
 */
function classify(error: unknown): Error {
  if (error instanceof InvalidTokenError || error instanceof IdentityProviderUnavailableError) {
    return error;
  }
  if (error instanceof errors.JWTExpired) {
    return invalid('expired', 'the token has expired', error);
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') {
      return invalid('missing-claim', `the token has no "${error.claim}" claim`, error);
    }
    const byClaim: Record<string, InvalidTokenCode> = {
      iss: 'wrong-issuer',
      aud: 'wrong-audience',
      nbf: 'not-yet-valid',
      iat: 'not-yet-valid',
    };
    return invalid(
      byClaim[error.claim] ?? 'invalid-claims',
      `the token's ${error.claim} claim: ${error.message}`,
      error,
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return invalid(
      'algorithm-not-allowed',
      `the token's algorithm is not accepted: ${error.message}`,
      error,
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return invalid('bad-signature', 'the token signature does not verify', error);
  }
  if (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return invalid(
      'unknown-key',
      'the token was not signed with a key the identity provider publishes',
      error,
    );
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return invalid('malformed', `the token is not a valid signed JWT: ${error.message}`, error);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new IdentityProviderUnavailableError(
    `the identity provider's keys could not be fetched: ${detail}`,
    { cause: error },
  );
}
