import { warnErrorTail } from './log-tail';

/** A failed chaos run prints each replica's warnings and errors (log-tail.ts): short, repeats counted. */
const started = Date.parse('2026-12-07T05:30:00.000Z');
const line = (o: Record<string, unknown>) => JSON.stringify({ service: 'casework', pid: 1, ...o });

describe('warnErrorTail', () => {
  it('keeps warnings and errors with their time since the start, context and error message', () => {
    const text = [
      line({ level: 'info', time: '2026-12-07T05:30:01.000Z', msg: 'started' }),
      line({ level: 'warn', time: '2026-12-07T05:30:02.500Z', context: 'Relay', msg: 'slow' }),
      line({
        level: 'error',
        time: '2026-12-07T05:30:10.000Z',
        context: 'Consumer',
        msg: 'handler failed',
        err: { type: 'Error', message: 'kenmerk unknown', stack: 'Error: kenmerk unknown\n at x' },
      }),
      line({ level: 30, time: '2026-12-07T05:30:11.000Z', msg: 'numeric info' }),
      line({ level: 50, time: '2026-12-07T05:30:12.000Z', msg: 'numeric error' }),
    ].join('\n');
    expect(warnErrorTail(text, started)).toEqual([
      '+2.5 s warn Relay: slow',
      '+10.0 s error Consumer: handler failed | kenmerk unknown',
      '+12.0 s error numeric error',
    ]);
  });

  it('counts repeats of one message (other numbers, ids, kafkajs details) on its last line', () => {
    const kafka = (i: number) =>
      line({
        level: 'error',
        time: `2026-12-07T05:30:0${i}.000Z`,
        context: 'kafkajs',
        msg: `Connection error: connect ECONNREFUSED 127.0.0.1:29092 {"timestamp":"2026-12-07T05:30:0${i}.000Z","logger":"kafkajs","retryCount":${i},"stack":"Error: connect\\n at x"}`,
      });
    const health = (i: number) =>
      line({
        level: 'error',
        time: `2026-12-07T05:30:0${i}.500Z`,
        msg: `Health Check has failed! request 01a24efb-d2d7-751c-8dac-02${i}f86f1b3a8 attempt ${i}`,
      });
    const request = line({
      level: 'warn',
      time: '2026-12-07T05:30:09.000Z',
      msg: 'request completed',
      req: { method: 'PUT', url: '/consents/2025-2026/06ZA00/x', headers: { a: 'b' } },
      res: { statusCode: 422, headers: {} },
      responseTime: 175,
    });
    const text = [kafka(1), health(1), kafka(2), health(2), kafka(3), request].join('\n');
    expect(warnErrorTail(text, started)).toEqual([
      '+2.5 s error Health Check has failed! request 01a24efb-d2d7-751c-8dac-022f86f1b3a8 attempt 2 (×2 since +1.5 s)',
      '+3.0 s error kafkajs: Connection error: connect ECONNREFUSED 127.0.0.1:29092 (×3 since +1.0 s)',
      '+9.0 s warn request completed PUT /consents/2025-2026/06ZA00/x → 422 in 175 ms',
    ]);
  });

  it('keeps only the last messages, shortens long ones and takes plain lines that say error', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      line({ level: 'warn', time: '2026-12-07T05:31:00.000Z', msg: `distinct ${'x'.repeat(i)}` }),
    );
    const text = [
      ...many,
      line({ level: 'error', time: '2026-12-07T05:31:00.000Z', msg: 'y'.repeat(400) }),
      'TypeError: cannot read properties of undefined',
      '    at somewhere (main.js:1:1)',
    ].join('\n');
    const tail = warnErrorTail(text, started, 40);
    expect(tail).toHaveLength(40);
    expect(tail[37]).toMatch(/^\+60\.0 s warn distinct x{59}$/);
    expect(tail[38]!.length).toBeLessThan(300);
    expect(tail[38]).toMatch(/^\+60\.0 s error y+…$/);
    expect(tail[39]).toBe('error TypeError: cannot read properties of undefined');
  });
});
