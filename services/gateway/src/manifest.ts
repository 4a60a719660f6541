import { Services } from '@inspectorate/contracts';
import type { ServiceManifest } from '@inspectorate/runtime';

/** The one HTTP API for people and partner systems, with authentication and roles. */
export const manifest: ServiceManifest = {
  service: Services.gateway,
  defaultPort: 3000,
  produces: [],
  outboxCollections: [],
};
