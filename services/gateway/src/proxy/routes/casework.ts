import { type PublicRoute, route } from '../route';

/** casework: case types, cases and their work queues, deadline checks. */
export const CASEWORK_ROUTES: readonly PublicRoute[] = [
  route('GET', 'casework', '/case-types', 'case-types.read', 'Case types'),
  route('GET', 'casework', '/case-types/:code', 'case-types.read', 'One case type'),
  route(
    'GET',
    'casework',
    '/case-types/:code/:version',
    'case-types.read',
    'One version of a case type',
  ),
  route(
    'PUT',
    'casework',
    '/case-types/:code',
    'case-types.manage',
    'Publish a case type version',
    {
      body: 'json',
    },
  ),
  route('GET', 'casework', '/cases', 'cases.read', 'Cases (a work queue)'),
  route('GET', 'casework', '/cases/:id', 'cases.read', 'One case (the read is recorded)'),
  route('GET', 'casework', '/cases/:id/timeline', 'cases.read', "A case's timeline"),
  route('GET', 'casework', '/cases/:id/reads', 'cases.read', 'Who read a case'),
  route('POST', 'casework', '/cases/:id/assign', 'cases.work', 'Assign a case', { body: 'json' }),
  route('POST', 'casework', '/cases/:id/notes', 'cases.work', 'Add a note', { body: 'json' }),
  route(
    'POST',
    'casework',
    '/cases/:id/deadlines/:kind/:action',
    'cases.work',
    'Extend or settle a deadline',
    { body: 'json' },
  ),
  route(
    'POST',
    'casework',
    '/cases/:id/zienswijze',
    'cases.work',
    "Record the board's zienswijze",
    {
      body: 'json',
    },
  ),
  route('POST', 'casework', '/cases/:id/report/adopt', 'cases.work', 'Adopt the final report', {
    body: 'json',
  }),
  route(
    'POST',
    'casework',
    '/deadline-checks',
    'cases.deadline-checks.run',
    'Run the deadline checks',
    { body: 'json' },
  ),
];
