/**
 * How a failing handler is retried before its message is dead-lettered.
 *
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential
 * Backoff And Jitter"): a transient fault (database failover, broker
 * re-election) usually clears within seconds, and jitter keeps replicas that
 * failed together from retrying in lock step.
 */
export interface RetryPolicy {
  /** Total tries, the first included. 1 = no retry. */
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * How long a handler failing with something worth waiting for (a
   * NotYetError, the database unreachable: isWorthWaitingFor) is retried,
   * from its first failure, before the message is dead-lettered. The
   * partition waits meanwhile, as it must: its later messages may depend on
   * this one. Default 5 minutes.
   */
  readonly patienceMs?: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  initialDelayMs: 200,
  maxDelayMs: 5_000,
  patienceMs: 300_000,
};

/**
 * Whether a handler that failed `attempt` times, the first `failingForMs`
 * ago, has had its chance: a poison message after its attempts, something
 * worth waiting for only once the patience is used up.
 */
export function exhausted(
  policy: RetryPolicy,
  attempt: number,
  worthWaiting: boolean,
  failingForMs: number,
): boolean {
  if (worthWaiting) return failingForMs >= (policy.patienceMs ?? DEFAULT_RETRY_POLICY.patienceMs!);
  return attempt >= policy.attempts;
}

/**
 * Delay before try number `nextAttempt` (2 for the first retry).
 * `random` is injectable so tests are deterministic.
 */
export function backoffDelay(
  policy: RetryPolicy,
  nextAttempt: number,
  random: () => number = Math.random,
): number {
  if (nextAttempt < 2) return 0;
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (nextAttempt - 2));
  // Never below half the ceiling: full jitter can pick ~0 ms, which makes a
  // retry against a database that is still failing over useless.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function validateRetryPolicy(policy: RetryPolicy): void {
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new Error(`retry policy: attempts must be a whole number >= 1, got ${policy.attempts}`);
  }
  if (policy.patienceMs !== undefined && !(policy.patienceMs >= 0)) {
    throw new Error(`retry policy: patienceMs must be >= 0, got ${policy.patienceMs}`);
  }
  if (policy.initialDelayMs < 0 || policy.maxDelayMs < policy.initialDelayMs) {
    throw new Error(
      `retry policy: need 0 <= initialDelayMs <= maxDelayMs, got ${policy.initialDelayMs} and ${policy.maxDelayMs}`,
    );
  }
}
