import type { Provider, Type } from '@nestjs/common';
import type { CaseFlow } from '../engine/flow';

/**
 * What a flow folder gives the service: its flow (registered with the
 * engine by case-type code), the controllers that are its adapters (Kafka
 * consumers, HTTP routes) and the providers of its use cases.
 */
export interface FlowPackage {
  flow: Type<CaseFlow>;
  controllers: Type<unknown>[];
  providers: Provider[];
}
