// Bearer access tokens from the OpenID Connect provider (ADR 0008): verified
// against its JWKS, turned into the Actor of use cases and the audit trail;
// the global guard with its decorators; the authorisation table as data.
export * from './actor';
export * from './errors';
export * from './token-verifier';
export * from './authorization';
export * from './config';
export * from './nest';
