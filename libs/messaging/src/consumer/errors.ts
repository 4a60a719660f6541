/**
 * Thrown by a handler when retrying cannot help (the event is valid but can
 * never be applied, e.g. it names a case type that does not exist). The
 * message goes to the dead-letter topic at once, with this error.
 */
export class NonRetriableError extends Error {
  override readonly name = 'NonRetriableError';
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
