/**
 * Thrown by a handler when retrying cannot help (the event is valid but can
 * never be applied, e.g. it names a case type that does not exist). The
 * message goes to the dead-letter topic at once, with this error.
 */
export class NonRetriableError extends Error {
  override readonly name = 'NonRetriableError';
}

/**
 * Thrown by a handler when what it needs has not arrived yet but will: an
 * event of another service it depends on (the registry's vestiging for a
 * SubmissionMissing). Retried with patience (RetryPolicy.patienceMs), not
 * within the short budget meant for a poison message: a dependency that is
 * seconds or minutes late is not a reason to dead-letter a good event.
 */
export class NotYetError extends Error {
  override readonly name = 'NotYetError';
}

/**
 * The MongoDB driver's errors for "no database server to talk to", by name
 * (libs that use this need not depend on the driver). The driver reconnects
 * once the server is back: an HTTP request gets a 503 with Retry-After
 * (libs/http), an event handler is retried with patience, like NotYetError.
 */
const DATABASE_UNREACHABLE = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/**
 * The driver also lets a socket's own error through unwrapped when it writes
 * a command to a connection the server has just closed (Node's "This socket
 * has been ended by the other party", EPIPE, from the driver's writeCommand):
 * the national chaos run's database restart answered such a PUT with a 500,
 * which clients do not retry. The services run with --enable-source-maps,
 * so the driver's frames read `mongodb/src/….ts` there and `mongodb/lib/….js`
 * without (a later chaos run's gateway answered a 500 because only `lib`
 * was recognised).
 */
function isDriverSocketError(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    (code === 'EPIPE' || code === 'ECONNRESET') &&
    /[\\/]mongodb[\\/](?:lib|src)[\\/]/.test(error.stack ?? '')
  );
}

export function isDatabaseUnreachable(error: unknown): boolean {
  return (
    error instanceof Error && (DATABASE_UNREACHABLE.has(error.name) || isDriverSocketError(error))
  );
}

/** Worth waiting for rather than dead-lettering: a late dependency, or the database away. */
export function isWorthWaitingFor(error: unknown): boolean {
  return error instanceof NotYetError || isDatabaseUnreachable(error);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
