import { EventEmitter } from 'node:events';
import { handleShutdownSignals } from './shutdown';

function setUp(close: () => Promise<void>) {
  const signals = new EventEmitter();
  const events: string[] = [];
  const exit = jest.fn((code: number) => void events.push(`exit ${code}`));
  const unsubscribe = handleShutdownSignals(1_000, {
    close: async () => {
      events.push('close');
      await close();
    },
    startDraining: () => void events.push('draining'),
    exit,
    signals: signals as unknown as NodeJS.Process,
    logger: { log: jest.fn(), error: jest.fn() },
  });
  return { signals, events, exit, unsubscribe };
}

describe('handleShutdownSignals', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('turns readiness off first, closes the app, then exits 0', async () => {
    const { signals, events } = setUp(async () => undefined);
    signals.emit('SIGTERM', 'SIGTERM');
    await jest.runAllTimersAsync();
    expect(events).toEqual(['draining', 'close', 'exit 0']);
  });

  it('exits 1 when closing takes longer than the timeout', async () => {
    const { signals, events } = setUp(() => new Promise(() => undefined));
    signals.emit('SIGTERM', 'SIGTERM');
    await jest.advanceTimersByTimeAsync(999);
    expect(events).toEqual(['draining', 'close']);
    await jest.advanceTimersByTimeAsync(1);
    expect(events).toEqual(['draining', 'close', 'exit 1']);
  });

  it('exits 1 when closing fails', async () => {
    const { signals, events } = setUp(() => Promise.reject(new Error('broker gone')));
    signals.emit('SIGINT', 'SIGINT');
    await jest.runAllTimersAsync();
    expect(events).toEqual(['draining', 'close', 'exit 1']);
  });

  it('shuts down once however many signals arrive, and not at all once unsubscribed', async () => {
    const first = setUp(async () => undefined);
    first.signals.emit('SIGTERM', 'SIGTERM');
    first.signals.emit('SIGINT', 'SIGINT');
    await jest.runAllTimersAsync();
    expect(first.exit).toHaveBeenCalledTimes(1);

    const second = setUp(async () => undefined);
    second.unsubscribe();
    second.signals.emit('SIGTERM', 'SIGTERM');
    await jest.runAllTimersAsync();
    expect(second.events).toEqual([]);
  });
});
