import type { CaseTypeDefinition } from '../case-types/case-type';
import { CaseRuleError } from './case';

/**
 * The one transition rule of every case type: a case moves forward through
 * its type's ordered statuses (it may skip some), never back, and never out
 * of the end status. A flow asks for a transition; the aggregate refuses one
 * that breaks this rule.
 */
export function transitionProblem(
  type: CaseTypeDefinition,
  from: string,
  to: string,
): string | null {
  const codes = type.statuses.map((s) => s.code);
  const target = codes.indexOf(to);
  if (target < 0)
    return `case type ${type.code}@${type.version} has no status '${to}' (it has ${codes.join(', ')})`;
  const current = codes.indexOf(from);
  if (current === codes.length - 1) return `the case has ended (status ${from})`;
  if (target <= current)
    return `a case of type ${type.code} moves forward through its statuses; '${from}' → '${to}' goes back`;
  return null;
}

export class TransitionError extends CaseRuleError {
  constructor(message: string) {
    super(message, 409);
  }
}
