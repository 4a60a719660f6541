import { produceRequests } from './relay';

describe('produceRequests', () => {
  const message = (topic: string, key: string, bytes: number) => ({
    topic,
    message: { key, value: 'v'.repeat(bytes) },
  });

  it('keeps each request under the limit and every topic in its order', () => {
    const messages = [
      message('a', 'k1', 400),
      message('b', 'k2', 400),
      message('a', 'k1', 400),
      message('a', 'k3', 400),
    ];
    const requests = produceRequests(messages, 1000);
    expect(requests.map((r) => r.map((t) => [t.topic, t.messages.length]))).toEqual([
      [
        ['a', 1],
        ['b', 1],
      ],
      [['a', 2]],
    ]);
    const sent = requests.flatMap((r) => r.flatMap((t) => t.messages));
    expect(sent.map((m) => m.key)).toEqual(['k1', 'k2', 'k1', 'k3']);
  });

  it('sends a message larger than the limit alone, and nothing when there is nothing', () => {
    const requests = produceRequests(
      [message('a', 'small', 10), message('a', 'huge', 5000), message('a', 'small', 10)],
      1000,
    );
    expect(requests.map((r) => r[0].messages.map((m) => m.key))).toEqual([
      ['small'],
      ['huge'],
      ['small'],
    ]);
    expect(produceRequests([], 1000)).toEqual([]);
  });
});
