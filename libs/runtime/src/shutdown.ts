import { Logger } from '@nestjs/common';

/** What graceful shutdown needs of its surroundings; the process in production, fakes in tests. */
export interface ShutdownDeps {
  /** Closes the app: shutdown hooks (relay, consumers), then the HTTP server. */
  close(): Promise<void>;
  /** Marks the replica as shutting down (readiness 503). */
  startDraining(): void;
  exit(code: number): void;
  signals: Pick<NodeJS.Process, 'on' | 'off'>;
  logger?: Pick<Logger, 'log' | 'error'>;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Graceful shutdown on SIGTERM/SIGINT, bounded in time: readiness turns 503
 * at once, the app closes (the outbox relay finishes its batch, consumers
 * leave their groups, the HTTP server finishes open requests), and the
 * process exits 0. If closing takes longer than `timeoutMs`
 * (SHUTDOWN_TIMEOUT_MS) the process exits 1 instead of hanging until the
 * kubelet kills it: nothing is lost either way (ADR 0002, ADR 0005), but the
 * log says what happened. Returns the function that removes the handlers.
 */
export function handleShutdownSignals(timeoutMs: number, deps: ShutdownDeps): () => void {
  const log = deps.logger ?? new Logger('Shutdown');
  let started = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (started) return;
    started = true;
    deps.startDraining();
    log.log(`${signal} received: readiness is now 503; closing within ${timeoutMs} ms`);
    const timer = setTimeout(() => {
      log.error(`shutdown did not finish within ${timeoutMs} ms (SHUTDOWN_TIMEOUT_MS); exiting`);
      deps.exit(1);
    }, timeoutMs);
    timer.unref?.();
    deps.close().then(
      () => {
        clearTimeout(timer);
        deps.exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        log.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        deps.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) deps.signals.on(signal, onSignal);
  return () => {
    for (const signal of SIGNALS) deps.signals.off(signal, onSignal);
  };
}
