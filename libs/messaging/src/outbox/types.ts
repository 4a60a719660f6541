export type { CloudEvent } from '@inspectorate/contracts';

/** The parts of an event definition the outbox needs. */
export interface EventDefinitionLike {
  readonly type: string;
  readonly topic: string;
}
