import { Injectable } from '@nestjs/common';

/**
 * Whether this replica is shutting down. Set when SIGTERM arrives (by
 * `startService`); from then on `/health/ready` answers 503, so the load
 * balancer stops sending requests while the relay and consumers wind down
 * and the HTTP server still finishes what it has.
 */
@Injectable()
export class ShutdownState {
  private since: Date | null = null;

  startDraining(at = new Date()): void {
    this.since ??= at;
  }

  get drainingSince(): Date | null {
    return this.since;
  }
}
