import { Services, Topics } from '@inspectorate/contracts';
import type { ServiceManifest } from '@inspectorate/runtime';

/** The yearly performance and risk analysis of every school. */
export const manifest: ServiceManifest = {
  service: Services.riskAnalysis,
  defaultPort: 3003,
  produces: [Topics.riskAssessments],
  outboxCollections: ['run_events', 'samples', 'assessments'],
};
