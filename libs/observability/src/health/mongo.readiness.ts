import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { type ReadinessCheck, withTimeout } from './readiness';

const CONNECTED = 1;

/** The service's MongoDB (the default mongoose connection) answers a ping. */
@Injectable()
export class MongoReadiness implements ReadinessCheck {
  readonly name = 'mongodb';
  /** Short: a probe that hangs is worse than one that says "not ready". */
  static timeoutMs = 1_000;

  constructor(@InjectConnection() private readonly connection: Connection) {}

  async check(): Promise<void> {
    if (this.connection.readyState !== CONNECTED) {
      throw new Error(`mongoose connection is ${describeState(this.connection.readyState)}`);
    }
    // Through the connection's driver client: the ping is a server command,
    // not a read of the service's database (that goes through libs/persistence).
    const ping = this.connection.getClient().db('admin').command({ ping: 1 });
    await withTimeout(ping, MongoReadiness.timeoutMs, 'mongodb ping');
  }
}

function describeState(state: number): string {
  return ['disconnected', 'connected', 'connecting', 'disconnecting'][state] ?? `in state ${state}`;
}
