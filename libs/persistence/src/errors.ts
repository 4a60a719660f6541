/**
 * The errors a store raises, so service code never looks at driver error
 * codes: a duplicate key (E11000) becomes one typed error wherever it comes
 * from (insertOne, an upsert, one statement of a bulk write).
 */

const DUPLICATE_KEY = 11000;

/** A write collided with a unique index (`_id` or a declared unique index). */
export class DuplicateKeyError extends Error {
  override readonly name = 'DuplicateKeyError';

  constructor(
    readonly collection: string,
    /** The colliding key's fields and values, when the server says them (MongoDB does; FerretDB may not). */
    readonly key: Record<string, unknown> | undefined,
    /** Which fields the colliding index covers, e.g. `{ _id: 1 }`, when the server says so. */
    readonly keyPattern: Record<string, unknown> | undefined,
    /** Position of the statement in the caller's list, for bulk writes. */
    readonly index?: number,
    options?: { cause?: unknown },
  ) {
    super(
      `duplicate key in ${collection}${key ? `: ${JSON.stringify(key)}` : ''}${
        index === undefined ? '' : ` (statement ${index})`
      }`,
      options,
    );
  }

  /** Whether the collision is on these fields (e.g. `'_id'`, or a unique index's first field). */
  isOn(field: string): boolean {
    if (this.keyPattern) return field in this.keyPattern;
    if (this.key) return field in this.key;
    // FerretDB v1 names neither; its only unique index in our use is _id.
    return field === '_id';
  }
}

/** Thrown when a versioned write lost the race more often than the caller allows. */
export class ConcurrentWriteError extends Error {
  override readonly name = 'ConcurrentWriteError';

  constructor(
    readonly collection: string,
    readonly id: unknown,
    readonly attempts: number,
  ) {
    super(
      `${collection} ${JSON.stringify(id)} changed during ${attempts} attempts in a row (concurrent writers); try again`,
    );
  }
}

/** Thrown when a document does not fit its collection's declared schema; nothing was written. */
export class InvalidDocumentError extends Error {
  override readonly name = 'InvalidDocumentError';

  constructor(
    readonly collection: string,
    readonly id: unknown,
    /** `path: why`, one per invalid field. */
    readonly problems: string[],
  ) {
    super(`${collection} ${JSON.stringify(id)} is invalid: ${problems.join('; ')}`);
  }
}

interface DriverError {
  code?: unknown;
  keyValue?: Record<string, unknown>;
  keyPattern?: Record<string, unknown>;
  errmsg?: string;
  index?: number;
  err?: { keyValue?: Record<string, unknown>; keyPattern?: Record<string, unknown> };
}

/** Whether a driver error (or a bulk write's statement error) is a duplicate key. */
export function isDuplicateKey(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as DriverError).code === DUPLICATE_KEY
  );
}

/** The typed form of a driver's duplicate-key error; anything else is returned as it is. */
export function asDuplicateKeyError(collection: string, error: unknown, offset = 0): unknown {
  if (error instanceof DuplicateKeyError || !isDuplicateKey(error)) return error;
  const e = error as DriverError;
  return new DuplicateKeyError(
    collection,
    e.keyValue ?? e.err?.keyValue,
    e.keyPattern ?? e.err?.keyPattern,
    e.index === undefined ? undefined : e.index + offset,
    { cause: error },
  );
}

/**
 * The statement errors of a failed bulk write (insertMany, bulkWrite), as
 * the driver reports them: `writeErrors` is an array or a single error,
 * depending on the driver version and the number of failures.
 */
export function writeErrorsOf(error: unknown): DriverError[] | null {
  if (typeof error !== 'object' || error === null) return null;
  const list = (error as { writeErrors?: DriverError[] | DriverError }).writeErrors;
  if (list === undefined) return null;
  return Array.isArray(list) ? list : [list];
}
