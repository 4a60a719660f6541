import { backoffDelay, validateRetryPolicy } from './retry-policy';

const policy = { attempts: 5, initialDelayMs: 200, maxDelayMs: 1_000 };

describe('backoffDelay', () => {
  it('does not wait before the first try', () => {
    expect(backoffDelay(policy, 1, () => 0.5)).toBe(0);
  });

  it.each([
    // attempt, random, expected: ceiling = min(max, initial * 2^(attempt-2)); delay = ceiling/2 + random*ceiling/2
    [2, 0, 100],
    [2, 1, 200],
    [3, 0, 200],
    [3, 1, 400],
    [4, 0.5, 600],
    [5, 1, 1000],
    [9, 1, 1000],
  ])('try %i with random %p waits %i ms', (attempt, random, expected) => {
    expect(backoffDelay(policy, attempt, () => random)).toBe(expected);
  });
});

describe('validateRetryPolicy', () => {
  it('accepts a sane policy', () => {
    expect(() => validateRetryPolicy(policy)).not.toThrow();
  });
  it.each([
    [{ attempts: 0, initialDelayMs: 1, maxDelayMs: 2 }, 'attempts must be a whole number >= 1'],
    [{ attempts: 1.5, initialDelayMs: 1, maxDelayMs: 2 }, 'attempts must be a whole number >= 1'],
    [{ attempts: 3, initialDelayMs: 10, maxDelayMs: 2 }, 'need 0 <= initialDelayMs <= maxDelayMs'],
  ])('refuses %j', (bad, message) => {
    expect(() => validateRetryPolicy(bad)).toThrow(message);
  });
});
