import { Services, Topics } from '@inspectorate/contracts';
import type { ServiceManifest } from '@inspectorate/runtime';

/** The yearly monitoring sociale veiligheid results that survey providers deliver. */
export const manifest: ServiceManifest = {
  service: Services.monitoringIntake,
  defaultPort: 3002,
  produces: [Topics.monitoringConsents, Topics.monitoringSubmissions],
  outboxCollections: ['consents', 'submissions', 'obligations'],
};
