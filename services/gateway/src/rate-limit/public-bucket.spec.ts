import { AddressBuckets } from './public-bucket';

describe('token buckets per address (the public read API)', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('allows a burst, then refuses with the seconds until the next token', () => {
    const buckets = new AddressBuckets(3, 0.5, 100, clock);
    const answers = [1, 2, 3, 4].map(() => buckets.take('10.0.0.1'));
    expect(answers.map((a) => a.allowed)).toEqual([true, true, true, false]);
    expect(answers.map((a) => a.remaining)).toEqual([2, 1, 0, 0]);
    // One token per two seconds.
    expect(answers[3]).toMatchObject({ retryAfterS: 2, resetS: 6 });
    now += 2000;
    expect(buckets.take('10.0.0.1')).toMatchObject({ allowed: true, remaining: 0 });
    expect(buckets.take('10.0.0.1').allowed).toBe(false);
  });

  it('counts each address on its own and refills no further than the burst', () => {
    const buckets = new AddressBuckets(2, 1, 100, clock);
    buckets.take('a');
    buckets.take('a');
    expect(buckets.take('a').allowed).toBe(false);
    expect(buckets.take('b')).toMatchObject({ allowed: true, remaining: 1 });
    now += 3600_000;
    expect(buckets.take('a')).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('keeps at most maxAddresses buckets, forgetting the least recently seen', () => {
    const buckets = new AddressBuckets(1, 0.001, 2, clock);
    buckets.take('a');
    buckets.take('b');
    buckets.take('a'); // a seen again: b is now the oldest
    buckets.take('c');
    expect(buckets.size).toBe(2);
    // a is remembered (still empty), b was forgotten (starts full).
    expect(buckets.take('a').allowed).toBe(false);
    expect(buckets.take('b').allowed).toBe(true);
  });
});
