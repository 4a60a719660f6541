import { Services, Topics } from '@inspectorate/contracts';
import type { ServiceManifest } from '@inspectorate/runtime';

/** Official letters from templates, with kenmerken and copies, by mail and portal inbox. */
export const manifest: ServiceManifest = {
  service: Services.notifications,
  defaultPort: 3005,
  produces: [Topics.notificationsLetters],
  // A letter and its LetterIssued/LetterSent/LetterDeliveryFailed events are one document write.
  outboxCollections: ['letters'],
};
