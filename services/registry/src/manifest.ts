import { Services, Topics } from '@inspectorate/contracts';
import type { ServiceManifest } from '@inspectorate/runtime';

/** Boards, schools, vestigingen and afdelingen, imported from DUO's public lists. */
export const manifest: ServiceManifest = {
  service: Services.registry,
  defaultPort: 3001,
  produces: [Topics.registryBoards, Topics.registrySchools, Topics.registryVestigingen],
  outboxCollections: ['boards', 'schools', 'vestigingen'],
};
