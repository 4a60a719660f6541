import {
  type EventCatalog,
  type ServiceName,
  type TopicName,
  catalog as productionCatalog,
} from '@inspectorate/contracts';

/**
 * What a service is, to the platform: its name (= database, consumer group,
 * Kafka client id and CloudEvents source), the topics it publishes to, and
 * the collections whose documents carry an outbox.
 */
export interface ServiceManifest {
  service: ServiceName;
  /** Local default; deployments set PORT. */
  defaultPort: number;
  /** Logical topics this service publishes to (created at start when missing). */
  produces: readonly TopicName[];
  /** Collections whose documents carry pending events (see libs/messaging, outbox). */
  outboxCollections: readonly string[];
  /** The events this service can read; defaults to every production event. */
  catalog?: EventCatalog;
}

/** The manifest, as a provider of PlatformModule (startService names the OpenAPI document after it). */
export const SERVICE_MANIFEST = Symbol('inspectorate:service-manifest');

export function catalogOf(manifest: ServiceManifest): EventCatalog {
  return manifest.catalog ?? productionCatalog;
}
