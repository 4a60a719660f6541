import { createHash } from 'node:crypto';
import type { ContractIssue } from '@inspectorate/contracts';
import type { SubmissionInput } from '../domain/submission';
import type { RevisionEntry, SubmissionDoc } from './submission.doc';

/** What a delivery of one submission came to, as the API answers it per item. */
export type ItemOutcome =
  | {
      status: 'accepted' | 'unchanged';
      httpStatus: 200 | 201;
      submissionId: string;
      revision: number;
      late: boolean;
      receivedAt: string;
    }
  | {
      status: 'rejected';
      httpStatus: 403 | 422;
      error: string;
      message: string;
      issues?: ContractIssue[];
    };

export function rejected(issues: ContractIssue[]): ItemOutcome {
  return {
    status: 'rejected',
    httpStatus: 422,
    error: 'invalid-submission',
    message: issues.map((i) => `${i.path || '/'} ${i.message}`).join('; '),
    issues,
  };
}

export function unchanged(d: SubmissionDoc): ItemOutcome {
  return {
    status: 'unchanged',
    httpStatus: 200,
    submissionId: d.submissionId,
    revision: d.revision,
    late: d.late,
    receivedAt: d.receivedAt.toISOString(),
  };
}

export function accepted(submissionId: string, e: RevisionEntry): ItemOutcome {
  return {
    status: 'accepted',
    httpStatus: 201,
    submissionId,
    revision: e.revision,
    late: e.late,
    receivedAt: e.receivedAt.toISOString(),
  };
}

/** Same content, same hash: key order in the JSON does not matter. */
export function contentHash(input: SubmissionInput): string {
  return createHash('sha256').update(canonical(input)).digest('base64url');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
