import { type PublicRoute, route } from '../route';

/** registry: boards, schools, vestigingen, the DUO imports and contacts. */
export const REGISTRY_ROUTES: readonly PublicRoute[] = [
  route('POST', 'registry', '/imports', 'registry.import', 'Import a DUO list', { body: 'upload' }),
  route('GET', 'registry', '/imports', 'registry.import', 'Import reports, newest first'),
  route('GET', 'registry', '/imports/:id', 'registry.import', 'One import report'),
  route('GET', 'registry', '/boards', 'registry.read', 'Boards (bevoegde gezagen)'),
  route('GET', 'registry', '/boards/:nummer', 'registry.read', 'One board'),
  route('GET', 'registry', '/boards/:nummer/schools', 'registry.read', "A board's schools"),
  route(
    'PUT',
    'registry',
    '/boards/:nummer/contact',
    'registry.contacts.write',
    "Set a board's contact",
    { body: 'json' },
  ),
  route('GET', 'registry', '/schools', 'registry.read', 'Schools'),
  route('GET', 'registry', '/schools/:brin', 'registry.read', 'One school'),
  route('GET', 'registry', '/schools/:brin/vestigingen', 'registry.read', "A school's vestigingen"),
  route('GET', 'registry', '/schools/:brin/history', 'registry.read', 'Every change of a school'),
  route(
    'PUT',
    'registry',
    '/schools/:brin/contact',
    'registry.contacts.write',
    "Set a school's contact",
    { body: 'json' },
  ),
  route('GET', 'registry', '/vestigingen', 'registry.read', 'Vestigingen'),
  route('GET', 'registry', '/vestigingen/:code', 'registry.read', 'One vestiging'),
  route(
    'PUT',
    'registry',
    '/vestigingen/:code/contact',
    'registry.contacts.write',
    "Set a vestiging's contact",
    { body: 'json' },
  ),
];
