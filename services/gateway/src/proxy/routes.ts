import type { Permission } from '@inspectorate/auth';
import type { UpstreamService } from '../config';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One public route: `/api/v1<path>` forwarded to `<service><upstream ?? path>`
 * with the caller's token, for actors with `permission` (the authorisation
 * table of libs/auth). The gateway checks the permission before forwarding;
 * the service checks the token again and filters what the actor may see.
 */
export interface PublicRoute {
  method: Method;
  /** Public path below /api/v1, with `:param` segments as in Nest. */
  path: string;
  service: UpstreamService;
  /** The service's internal path, when it differs from `path`. */
  upstream?: string;
  permission: Permission;
  summary: string;
  /** The request has a body the service reads (JSON, or an upload). */
  body?: 'json' | 'upload';
}

const r = (
  method: Method,
  service: UpstreamService,
  path: string,
  permission: Permission,
  summary: string,
  extra: Partial<PublicRoute> = {},
): PublicRoute => ({ method, service, path, permission, summary, ...extra });

/**
 * The public API, as data: every route a person or partner system can call.
 * A route that is not here is not reachable through the gateway.
 */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  // registry
  r('POST', 'registry', '/imports', 'registry.import', 'Import a DUO list', { body: 'upload' }),
  r('GET', 'registry', '/imports', 'registry.import', 'Import reports, newest first'),
  r('GET', 'registry', '/imports/:id', 'registry.import', 'One import report'),
  r('GET', 'registry', '/boards', 'registry.read', 'Boards (bevoegde gezagen)'),
  r('GET', 'registry', '/boards/:nummer', 'registry.read', 'One board'),
  r('GET', 'registry', '/boards/:nummer/schools', 'registry.read', "A board's schools"),
  r(
    'PUT',
    'registry',
    '/boards/:nummer/contact',
    'registry.contacts.write',
    "Set a board's contact",
    { body: 'json' },
  ),
  r('GET', 'registry', '/schools', 'registry.read', 'Schools'),
  r('GET', 'registry', '/schools/:brin', 'registry.read', 'One school'),
  r('GET', 'registry', '/schools/:brin/vestigingen', 'registry.read', "A school's vestigingen"),
  r('GET', 'registry', '/schools/:brin/history', 'registry.read', 'Every change of a school'),
  r(
    'PUT',
    'registry',
    '/schools/:brin/contact',
    'registry.contacts.write',
    "Set a school's contact",
    { body: 'json' },
  ),
  r('GET', 'registry', '/vestigingen', 'registry.read', 'Vestigingen'),
  r('GET', 'registry', '/vestigingen/:code', 'registry.read', 'One vestiging'),
  r(
    'PUT',
    'registry',
    '/vestigingen/:code/contact',
    'registry.contacts.write',
    "Set a vestiging's contact",
    { body: 'json' },
  ),
  // monitoring-intake
  r(
    'POST',
    'monitoring-intake',
    '/monitoring/providers',
    'monitoring.providers.manage',
    'Register a survey provider',
    { upstream: '/providers', body: 'json' },
  ),
  r(
    'GET',
    'monitoring-intake',
    '/monitoring/providers',
    'monitoring.providers.manage',
    'Survey providers',
    { upstream: '/providers' },
  ),
  r(
    'GET',
    'monitoring-intake',
    '/monitoring/providers/:providerId',
    'monitoring.providers.manage',
    'One survey provider',
    { upstream: '/providers/:providerId' },
  ),
  r(
    'POST',
    'monitoring-intake',
    '/monitoring/providers/:providerId/keys',
    'monitoring.providers.manage',
    'A new key for a provider',
    { upstream: '/providers/:providerId/keys', body: 'json' },
  ),
  r(
    'DELETE',
    'monitoring-intake',
    '/monitoring/providers/:providerId/keys/:keyId',
    'monitoring.providers.manage',
    "Revoke a provider's key",
    { upstream: '/providers/:providerId/keys/:keyId' },
  ),
  r(
    'POST',
    'monitoring-intake',
    '/monitoring/submissions',
    'monitoring.own-submissions',
    'Deliver the results of one vestiging',
    { upstream: '/provider/submissions', body: 'json' },
  ),
  r(
    'POST',
    'monitoring-intake',
    '/monitoring/submissions/bulk',
    'monitoring.own-submissions',
    'Deliver many results at once',
    { upstream: '/provider/submissions/bulk', body: 'upload' },
  ),
  r(
    'GET',
    'monitoring-intake',
    '/monitoring/submissions',
    'monitoring.own-submissions',
    'What the calling provider delivered',
    { upstream: '/provider/submissions' },
  ),
  r(
    'GET',
    'monitoring-intake',
    '/monitoring/submissions/:schooljaar/:vestigingCode',
    'monitoring.own-submissions',
    'One delivery of the calling provider',
    { upstream: '/provider/submissions/:schooljaar/:vestigingCode' },
  ),
  r(
    'PUT',
    'monitoring-intake',
    '/monitoring/consents/:schooljaar/:vestigingCode/:providerId',
    'monitoring.own-consents',
    "Record a school's consent",
    { upstream: '/consents/:schooljaar/:vestigingCode/:providerId', body: 'json' },
  ),
  r(
    'DELETE',
    'monitoring-intake',
    '/monitoring/consents/:schooljaar/:vestigingCode/:providerId',
    'monitoring.own-consents',
    "Withdraw a school's consent",
    { upstream: '/consents/:schooljaar/:vestigingCode/:providerId' },
  ),
  r(
    'GET',
    'monitoring-intake',
    '/monitoring/consents',
    'monitoring.own-consents',
    "The calling provider's consents",
    { upstream: '/provider/consents' },
  ),
  r(
    'POST',
    'monitoring-intake',
    '/monitoring/sweeps/:schooljaar',
    'monitoring.deadlines.manage',
    'Run the deadline sweep',
    { upstream: '/sweeps/:schooljaar', body: 'json' },
  ),
  r(
    'GET',
    'monitoring-intake',
    '/monitoring/sweeps/:schooljaar/missing',
    'monitoring.read',
    'Vestigingen without a delivery',
    { upstream: '/sweeps/:schooljaar/missing' },
  ),
  r(
    'GET',
    'monitoring-intake',
    '/monitoring/deadlines/:schooljaar',
    'monitoring.read',
    "A schooljaar's deadline",
    { upstream: '/deadlines/:schooljaar' },
  ),
  r(
    'PUT',
    'monitoring-intake',
    '/monitoring/deadlines/:schooljaar',
    'monitoring.deadlines.manage',
    "Set a schooljaar's deadline",
    { upstream: '/deadlines/:schooljaar', body: 'json' },
  ),
  // casework
  r('GET', 'casework', '/case-types', 'case-types.read', 'Case types'),
  r('GET', 'casework', '/case-types/:code', 'case-types.read', 'One case type'),
  r(
    'GET',
    'casework',
    '/case-types/:code/:version',
    'case-types.read',
    'One version of a case type',
  ),
  r('PUT', 'casework', '/case-types/:code', 'case-types.manage', 'Publish a case type version', {
    body: 'json',
  }),
  r('GET', 'casework', '/cases', 'cases.read', 'Cases (a work queue)'),
  r('GET', 'casework', '/cases/:id', 'cases.read', 'One case (the read is recorded)'),
  r('GET', 'casework', '/cases/:id/timeline', 'cases.read', "A case's timeline"),
  r('GET', 'casework', '/cases/:id/reads', 'cases.read', 'Who read a case'),
  r('POST', 'casework', '/cases/:id/assign', 'cases.work', 'Assign a case', { body: 'json' }),
  r('POST', 'casework', '/cases/:id/notes', 'cases.work', 'Add a note', { body: 'json' }),
  r(
    'POST',
    'casework',
    '/cases/:id/deadlines/:kind/:action',
    'cases.work',
    'Extend or settle a deadline',
    { body: 'json' },
  ),
  r('POST', 'casework', '/cases/:id/zienswijze', 'cases.work', "Record the board's zienswijze", {
    body: 'json',
  }),
  r('POST', 'casework', '/cases/:id/report/adopt', 'cases.work', 'Adopt the final report', {
    body: 'json',
  }),
  r(
    'POST',
    'casework',
    '/deadline-checks',
    'cases.deadline-checks.run',
    'Run the deadline checks',
    { body: 'json' },
  ),
  // notifications
  r('GET', 'notifications', '/templates', 'templates.read', 'Letter templates'),
  r('GET', 'notifications', '/templates/:name', 'templates.read', 'One letter template'),
  r('PUT', 'notifications', '/templates/:name', 'templates.manage', 'Replace a letter template', {
    body: 'json',
  }),
  r('GET', 'notifications', '/letters', 'letters.read', 'Letters'),
  r('GET', 'notifications', '/letters/:kenmerk', 'letters.read', 'One letter'),
  r('GET', 'notifications', '/letters/:kenmerk/pdf', 'letters.read', "A letter's PDF"),
  r(
    'GET',
    'notifications',
    '/letters/:kenmerk/attachments/:n/pdf',
    'letters.read',
    "A letter's attachment",
  ),
  r('POST', 'notifications', '/letters/:kenmerk/resend', 'letters.resend', 'Send a letter again', {
    body: 'json',
  }),
  r('GET', 'notifications', '/inbox/board/:nummer', 'inbox.read', "A board's portal inbox"),
  r('GET', 'notifications', '/inbox/school/:brin', 'inbox.read', "A school's portal inbox"),
];

/** `/cases/:id` with `{ id: 'x' }` → `/cases/x` (each value URL-encoded). */
export function fillPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${pattern}`);
    return encodeURIComponent(value);
  });
}
