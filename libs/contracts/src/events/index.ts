import { EventCatalog } from '../catalog';
import { caseworkEvents } from './casework';
import { monitoringEvents } from './monitoring';
import { notificationsEvents } from './notifications';
import { registryEvents } from './registry';
import { publicationEvents } from './publication';
import { riskEvents } from './risk';

/** Every production event type. Add a new definition here, then run the lock script and `npm run asyncapi`. */
export const productionEvents = [
  ...registryEvents,
  ...monitoringEvents,
  ...caseworkEvents,
  ...notificationsEvents,
  ...riskEvents,
  ...publicationEvents,
] as const;

/** The catalog of all production events. Consumers that want fewer may build their own. */
export const catalog = new EventCatalog(productionEvents);
