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
    const db = this.connection.db;
    if (this.connection.readyState !== CONNECTED || db === undefined) {
      throw new Error(`mongoose connection is ${describeState(this.connection.readyState)}`);
    }
    await withTimeout(db.admin().ping(), MongoReadiness.timeoutMs, 'mongodb ping');
  }
}

function describeState(state: number): string {
  return ['disconnected', 'connected', 'connecting', 'disconnecting'][state] ?? `in state ${state}`;
}
