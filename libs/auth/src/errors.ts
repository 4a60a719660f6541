/**
 * Why a request's token was refused. Each maps to one HTTP status: the HTTP
 * layer (and AuthGuard until then) turns them into responses.
 */
export type InvalidTokenCode =
  | 'missing-token'
  | 'malformed'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'missing-claim'
  | 'invalid-claims'
  | 'algorithm-not-allowed'
  | 'unknown-key'
  | 'bad-signature';

/** 401: no token, or one that does not verify. The client should get a new token. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
  readonly status = 401;
  constructor(
    readonly code: InvalidTokenCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * 503: the identity provider's keys could not be had (JWKS or discovery
 * unreachable, too slow, or answering nonsense), so no token can be checked.
 * Fail closed: the request is refused, never let through unverified.
 */
export class IdentityProviderUnavailableError extends Error {
  override readonly name = 'IdentityProviderUnavailableError';
  readonly status = 503;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** 403: a valid token whose actor lacks the role or permission the route needs. */
export class ForbiddenActorError extends Error {
  override readonly name = 'ForbiddenActorError';
  readonly status = 403;
  constructor(message: string) {
    super(message);
  }
}
