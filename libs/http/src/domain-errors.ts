/**
 * What a use case throws when it refuses, in the words of the domain; the
 * HTTP edge (ProblemFilter) turns each kind into a problem+json answer with
 * its status. Use cases never throw HTTP exceptions: they are called from
 * consumers and jobs too, where a status code means nothing.
 */
export interface DomainErrorDetails {
  /** Short machine-readable name, e.g. `no-consent` (becomes the problem's `code`). */
  code?: string;
  /** What exactly is wrong, located: a JSON Pointer into the input and why. */
  issues?: readonly { path: string; message: string }[];
  /** Extra members for the answer. */
  extensions?: Record<string, unknown>;
}

export abstract class DomainError extends Error {
  abstract readonly kind: 'not-found' | 'conflict' | 'rule-violation' | 'forbidden' | 'invalid';

  constructor(
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
  }
}

/** What was asked for does not exist (404). */
export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
  readonly kind = 'not-found';
}

/** The request clashes with the current state: exists already, changed meanwhile, running elsewhere (409). */
export class ConflictError extends DomainError {
  override readonly name = 'ConflictError';
  readonly kind = 'conflict';
}

/** Well-formed, but the domain's rules refuse it (422). */
export class RuleViolationError extends DomainError {
  override readonly name = 'RuleViolationError';
  readonly kind = 'rule-violation';
}

/** Not allowed for whoever asks (403). */
export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';
  readonly kind = 'forbidden';
}

/** An input the use case itself found malformed (400). */
export class InvalidInputError extends DomainError {
  override readonly name = 'InvalidInputError';
  readonly kind = 'invalid';
}

export const STATUS_OF_KIND: Record<DomainError['kind'], number> = {
  'not-found': 404,
  conflict: 409,
  'rule-violation': 422,
  forbidden: 403,
  invalid: 400,
};
