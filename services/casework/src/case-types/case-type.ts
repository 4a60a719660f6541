import { isDuration } from './duration';

/**
 * A case type as data, after the ZGW catalogue (zaaktypecatalogus): ordered
 * statuses with exactly one end status, the results a case can end with,
 * terms as ISO-8601 durations, whether deadlines may be suspended or
 * extended, the default confidentiality, and the legal basis where the type
 * imposes something. Types are versioned; a case keeps the version it was
 * opened with, so changing a type never changes running cases.
 */
export interface CaseTypeDefinition {
  code: string;
  version: number;
  name: string;
  description: string;
  /** In order; the last one is the end status. */
  statuses: { code: string; name: string }[];
  results: { code: string; name: string }[];
  /** Named terms, e.g. { zienswijze: 'P14D' }. */
  terms: Record<string, string>;
  suspendable: boolean;
  extendable: boolean;
  confidentiality: 'openbaar' | 'intern' | 'vertrouwelijk';
  /** The legal basis per sector where the type imposes something (herstelopdracht); empty otherwise. */
  legalBasis: Record<string, string>;
  /** Work queue the case lands in when the system may not decide. */
  escalationQueue: string | null;
}

export interface CaseTypeIssue {
  path: string;
  message: string;
}

/** Everything wrong with a case type definition, with a JSON-pointer-like path each. */
export function validateCaseType(t: CaseTypeDefinition): CaseTypeIssue[] {
  const issues: CaseTypeIssue[] = [];
  if (!/^[a-z0-9-]{3,80}$/.test(t.code))
    issues.push({ path: '/code', message: 'must be 3-80 lower-case letters, digits or dashes' });
  if (!Number.isInteger(t.version) || t.version < 1)
    issues.push({ path: '/version', message: 'must be an integer >= 1' });
  if (!t.name?.trim()) issues.push({ path: '/name', message: 'is required' });
  if (!Array.isArray(t.statuses) || t.statuses.length < 2) {
    issues.push({
      path: '/statuses',
      message: 'needs at least two statuses, the last one being the end status',
    });
  } else {
    const seen = new Set<string>();
    t.statuses.forEach((s, i) => {
      if (!/^[a-z0-9-]{2,60}$/.test(s.code ?? ''))
        issues.push({
          path: `/statuses/${i}/code`,
          message: 'must be 2-60 lower-case letters, digits or dashes',
        });
      if (seen.has(s.code))
        issues.push({ path: `/statuses/${i}/code`, message: `'${s.code}' appears twice` });
      seen.add(s.code);
    });
  }
  if (!Array.isArray(t.results) || t.results.length === 0)
    issues.push({ path: '/results', message: 'needs at least one result type' });
  for (const [name, term] of Object.entries(t.terms ?? {})) {
    if (!isDuration(term))
      issues.push({
        path: `/terms/${name}`,
        message: `'${term}' is not an ISO-8601 duration such as P14D or P3M`,
      });
  }
  if (!['openbaar', 'intern', 'vertrouwelijk'].includes(t.confidentiality)) {
    issues.push({ path: '/confidentiality', message: 'must be openbaar, intern or vertrouwelijk' });
  }
  return issues;
}

export function endStatus(t: CaseTypeDefinition): string {
  return t.statuses[t.statuses.length - 1]!.code;
}

export function hasStatus(t: CaseTypeDefinition, status: string): boolean {
  return t.statuses.some((s) => s.code === status);
}
