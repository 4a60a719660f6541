import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('keeps waiting while the probe finds nothing (null, as findOne says it), and returns what it finds', async () => {
    const answers: Array<{ _id: string } | null> = [null, null, { _id: '11AA00' }];
    let calls = 0;
    const found = await waitFor(() => answers[Math.min(calls++, answers.length - 1)], {
      intervalMs: 1,
      timeoutMs: 5_000,
    });
    expect(found).toEqual({ _id: '11AA00' });
    expect(calls).toBe(3);
  });

  it('gives up on a probe that keeps finding nothing, saying what it waited for', async () => {
    await expect(
      waitFor(async () => null, { intervalMs: 1, timeoutMs: 20, description: 'vestiging 11AA00' }),
    ).rejects.toThrow('waitFor: vestiging 11AA00 not met within 20 ms; last value: null');
  });

  it('keeps waiting while the probe throws or returns undefined or false', async () => {
    let calls = 0;
    const value = await waitFor(
      () => {
        calls += 1;
        if (calls === 1) throw new Error('not yet');
        if (calls === 2) return undefined;
        if (calls === 3) return false;
        return 0;
      },
      { intervalMs: 1 },
    );
    expect(value).toBe(0);
    expect(calls).toBe(4);
  });
});
