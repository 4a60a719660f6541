import { Services, Topics } from '@inspectorate/contracts';
import type { ServiceManifest } from '@inspectorate/runtime';

/** What becomes public, without personal data: files, an API and events. */
export const manifest: ServiceManifest = {
  service: Services.publication,
  defaultPort: 3006,
  produces: [Topics.publicationPublic, Topics.publicationWebhooks],
  outboxCollections: ['items', 'subscriptions'],
};
