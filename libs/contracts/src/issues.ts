import type { ErrorObject } from 'ajv';

/**
 * One thing wrong with an event, located by a JSON Pointer into the event
 * (`/data/school/brin`, `/id`, `/` for the whole value).
 *
 * Messages never echo the offending value: events carry e-mail addresses and
 * names, and these messages end up in logs and on dead-letter records.
 */
export interface ContractIssue {
  path: string;
  message: string;
}

/** Thrown on the producer side when an event does not satisfy its contract. */
export class ContractViolationError extends Error {
  override readonly name = 'ContractViolationError';

  constructor(
    readonly eventType: string,
    readonly issues: readonly ContractIssue[],
  ) {
    super(`${eventType} violates its contract: ${describeIssues(issues)}`);
  }
}

/** How many issues a one-line message lists before it says "and N more". */
const MAX_LISTED = 10;

/** `/data/brin must match pattern ...; /data/name is required` */
export function describeIssues(issues: readonly ContractIssue[]): string {
  if (issues.length === 0) return 'no details';
  const listed = issues.slice(0, MAX_LISTED).map((i) => `${i.path} ${i.message}`);
  const more = issues.length - listed.length;
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ');
}

/**
 * Ajv errors as issues whose path names the offending property itself: for
 * `required` and `additionalProperties` ajv reports the parent object, which
 * makes a dead-letter record harder to read than it needs to be.
 */
export function issuesFromAjv(
  errors: readonly ErrorObject[] | null | undefined,
  prefix = '',
): ContractIssue[] {
  if (!errors) return [];
  const issues: ContractIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const issue = toIssue(error, prefix);
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function toIssue(error: ErrorObject, prefix: string): ContractIssue {
  const at = prefix + error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        path: `${at}/${escapePointer(String(params['missingProperty']))}`,
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        path: `${at}/${escapePointer(String(params['additionalProperty']))}`,
        message: 'is not allowed (unknown property)',
      };
    case 'pattern':
      return { path: pathOrRoot(at), message: `must match pattern ${String(params['pattern'])}` };
    case 'enum':
      return {
        path: pathOrRoot(at),
        message: `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { path: pathOrRoot(at), message: `must be ${JSON.stringify(params['allowedValue'])}` };
    default:
      return { path: pathOrRoot(at), message: error.message ?? `fails ${error.keyword}` };
  }
}

function pathOrRoot(path: string): string {
  return path === '' ? '/' : path;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
