/** One thing wrong with one environment variable. */
export interface ConfigProblem {
  /** The environment variable, e.g. `PORT`. */
  variable: string;
  /** What is wrong, e.g. `is required but not set`. */
  problem: string;
  /** What was given, already masked when the variable holds a secret; absent when unset. */
  given?: string;
  /** The form the variable must have, e.g. `an integer from 1 to 65535`. */
  expected: string;
}

/**
 * Thrown by a config loader when the environment does not fit the schema. The
 * message lists every problem at once, so an operator fixes a deployment in
 * one round instead of one variable per crash loop.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly ConfigProblem[]) {
    super(formatProblems(problems));
  }
}

function formatProblems(problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((p) => {
    const given = p.given === undefined ? '' : `; given ${p.given}`;
    return `  - ${p.variable}: ${p.problem}${given}; expected ${p.expected}`;
  });
  return [`Invalid configuration (${count}):`, ...lines].join('\n');
}
