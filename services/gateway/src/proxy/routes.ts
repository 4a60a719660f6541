import { type PublicRoute } from './route';
import { CASEWORK_ROUTES } from './routes/casework';
import { CASEWORK_FLOW_ROUTES } from './routes/casework-flows';
import { MONITORING_ROUTES } from './routes/monitoring';
import { NOTIFICATIONS_ROUTES } from './routes/notifications';
import { PUBLICATION_ROUTES } from './routes/publication';
import { REGISTRY_ROUTES } from './routes/registry';
import { RISK_ROUTES } from './routes/risk-analysis';

export * from './route';

/**
 * The public API, as data: every route a person or partner system can call,
 * one table per service (routes/). A route that is not here is not reachable
 * through the gateway.
 */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  ...REGISTRY_ROUTES,
  ...MONITORING_ROUTES,
  ...RISK_ROUTES,
  ...CASEWORK_ROUTES,
  ...CASEWORK_FLOW_ROUTES,
  ...NOTIFICATIONS_ROUTES,
  ...PUBLICATION_ROUTES,
];
