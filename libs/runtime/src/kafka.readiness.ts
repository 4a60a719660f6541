import { Injectable } from '@nestjs/common';
import { KafkaConnection } from '@inspectorate/messaging';
import type { ReadinessCheck } from '@inspectorate/observability';

/** Ready when the producer is connected and the cluster answers a metadata request. */
@Injectable()
export class KafkaReadiness implements ReadinessCheck {
  readonly name = 'kafka';

  constructor(private readonly connection: KafkaConnection) {}

  check(): Promise<void> {
    return this.connection.ping();
  }
}
