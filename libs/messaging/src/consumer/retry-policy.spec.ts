import { MongoNetworkError } from 'mongodb';
import { NotYetError, isWorthWaitingFor } from './errors';
import { backoffDelay, exhausted, validateRetryPolicy } from './retry-policy';

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
    [{ attempts: 3, initialDelayMs: 1, maxDelayMs: 2, patienceMs: -1 }, 'patienceMs must be >= 0'],
  ])('refuses %j', (bad, message) => {
    expect(() => validateRetryPolicy(bad)).toThrow(message);
  });
});

describe('exhausted', () => {
  const withPatience = { ...policy, patienceMs: 60_000 };

  it('gives a poison message its attempts, however little time they took', () => {
    expect(exhausted(withPatience, 4, false, 10)).toBe(false);
    expect(exhausted(withPatience, 5, false, 10)).toBe(true);
  });

  it('waits for a late dependency or the database beyond the attempts, until the patience is used up', () => {
    expect(exhausted(withPatience, 50, true, 59_999)).toBe(false);
    expect(exhausted(withPatience, 50, true, 60_000)).toBe(true);
    // Without a patience of its own, a policy waits the default 5 minutes.
    expect(exhausted(policy, 50, true, 299_000)).toBe(false);
    expect(exhausted(policy, 50, true, 300_000)).toBe(true);
  });

  it('counts a late dependency and the database away as worth waiting for, nothing else', () => {
    expect(isWorthWaitingFor(new NotYetError('vestiging 12AB00 not known yet'))).toBe(true);
    expect(isWorthWaitingFor(new MongoNetworkError('connection refused'))).toBe(true);
    expect(isWorthWaitingFor(new Error('poison pill'))).toBe(false);
    expect(isWorthWaitingFor('a string')).toBe(false);
  });
});
