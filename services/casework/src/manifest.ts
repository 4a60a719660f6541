import { Services, Topics } from '@inspectorate/contracts';
import type { ServiceManifest } from '@inspectorate/runtime';

/** Cases: desk investigations, herstelopdrachten, meldingen, complaints, dossiers. */
export const manifest: ServiceManifest = {
  service: Services.casework,
  defaultPort: 3004,
  produces: [Topics.caseworkCases, Topics.notificationsCommands],
  outboxCollections: ['cases', 'vertrouwens_count_publications'],
};
