import { untilAll } from './api';

describe('waiting for a count in the chaos scenario', () => {
  it('keeps waiting while the count grows, longer than the wait for a new one', async () => {
    // One more every third poll: 10 take about 150 ms, past the 40 ms a fixed
    // wait would allow (the national run gave up at ~560 of 614 cases).
    let polls = 0;
    const started = Date.now();
    const n = await untilAll('10 cases', async () => Math.floor(polls++ / 3), 10, 40, 5);
    expect(n).toBe(10);
    expect(Date.now() - started).toBeGreaterThan(40);
  });

  it('gives up when the count stops short, saying how far it got', async () => {
    let polls = 0;
    await expect(untilAll('10 cases', async () => Math.min(7, polls++), 10, 40, 5)).rejects.toThrow(
      'gave up waiting for 10 cases: 7 of 10, none more in 0.04 s',
    );
  });

  it('counts a failing probe as no progress', async () => {
    await expect(
      untilAll('3 cases', async () => Promise.reject(new Error('database away')), 3, 30, 5),
    ).rejects.toThrow('0 of 3, none more in 0.03 s (last error: database away)');
  });
});
