export interface WaitForOptions {
  /** Give up after this long. */
  timeoutMs?: number;
  intervalMs?: number;
  /** Says what was awaited when it times out. */
  description?: string;
}

/**
 * Polls until `probe` returns something other than undefined, null or false
 * (or stops throwing), and returns it. Broker round trips take a variable
 * time to settle: tests wait for a condition with a deadline, never sleep a
 * fixed time.
 *
 * null is "not yet": it is what `findOne` and the stores answer for a
 * document that is not there. (Taking it for an answer let a test go on
 * before the read model it waited for existed.)
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  options: WaitForOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const intervalMs = options.intervalMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  let lastValue: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
      lastValue = value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const what = options.description ?? 'condition';
      const detail =
        lastError !== undefined
          ? `; last error: ${String(lastError)}`
          : `; last value: ${String(lastValue)}`;
      throw new Error(`waitFor: ${what} not met within ${timeoutMs} ms${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Asserts that a condition stays true for a while (e.g. "no second letter
 * arrives"). Only for negative checks: positive ones use waitFor.
 */
export async function holdsFor(
  probe: () => Promise<boolean> | boolean,
  durationMs: number,
  intervalMs = 100,
): Promise<void> {
  const until = Date.now() + durationMs;
  while (Date.now() < until) {
    if (!(await probe())) throw new Error('holdsFor: condition stopped holding');
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
