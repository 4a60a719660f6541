import { type PublicRoute, route } from '../route';

const json = { body: 'json' } as const;
const internal = (path: string) => ({ upstream: path.replace(/^\/publication/, '') });
/** Webhook subscriptions: a beheerder all, a partner system its own (publication filters). */
const managedBy = (path: string) =>
  path.startsWith('/publication/webhooks/') ? 'webhooks.manage' : 'publication.manage';

/**
 * publication: the public read API and open data (no login; the gateway
 * limits each address, rate-limit/public-bucket.ts), and the beheerder's
 * management of items, the personal-data gate's review queue and webhook
 * subscriptions (publication.manage), under /publication so their short
 * internal names (/items, /review) do not take general public paths.
 */
export const PUBLICATION_ROUTES: readonly PublicRoute[] = [
  route('GET', 'publication', '/public/items', 'public', 'Published items'),
  route('GET', 'publication', '/public/items/:itemId', 'public', 'One published item'),
  route(
    'GET',
    'publication',
    '/public/items/:itemId/report.pdf',
    'public',
    "A published report's non-personalised PDF",
  ),
  route(
    'GET',
    'publication',
    '/public/toezichtresultaten',
    'public',
    'Toezichtresultaten per school, vestiging or (vo) afdeling',
  ),
  route(
    'GET',
    'publication',
    '/public/herstelopdrachten/:schooljaar',
    'public',
    'The boards that received the monitoring herstelopdracht in a schooljaar',
  ),
  route(
    'GET',
    'publication',
    '/public/changes',
    'public',
    'What was published, updated or withdrawn since a cursor',
  ),
  route('GET', 'publication', '/public/datasets', 'public', 'The open data sets and their files'),
  route(
    'GET',
    'publication',
    '/public/datasets/:dataset/dictionary',
    'public',
    "A data set's data dictionary",
  ),
  route(
    'GET',
    'publication',
    '/public/datasets/:file',
    'public',
    'An open data file (CSV or JSON)',
  ),
  ...(
    [
      ['GET', '/publication/items', 'Every item and its state'],
      ['GET', '/publication/items/:itemId', 'One item with its history'],
      ['POST', '/publication/items/:itemId/hold', 'Hold an item before its date'],
      ['POST', '/publication/items/:itemId/release-hold', 'Release a hold'],
      ['POST', '/publication/items/:itemId/withdraw', 'Withdraw a published item'],
      ['GET', '/publication/review', "The personal-data gate's review queue"],
      ['POST', '/publication/review/:itemId/release', 'Release a blocked item'],
      ['POST', '/publication/review/:itemId/reject', 'Reject a blocked item'],
      ['POST', '/publication/webhooks/subscriptions', 'Register a webhook subscriber'],
      ['GET', '/publication/webhooks/subscriptions', 'Webhook subscriptions'],
      ['GET', '/publication/webhooks/subscriptions/:subscriptionId', 'One subscription'],
      [
        'GET',
        '/publication/webhooks/subscriptions/:subscriptionId/deliveries',
        "A subscription's delivery log",
      ],
      [
        'POST',
        '/publication/webhooks/subscriptions/:subscriptionId/rotate-secret',
        "Rotate a subscription's secret",
      ],
      [
        'POST',
        '/publication/webhooks/subscriptions/:subscriptionId/disable',
        'Disable a subscription',
      ],
      [
        'POST',
        '/publication/webhooks/subscriptions/:subscriptionId/enable',
        'Enable a subscription',
      ],
      [
        'POST',
        '/publication/webhooks/subscriptions/:subscriptionId/replay',
        'Replay a time range to a subscription',
      ],
    ] as const
  ).map(([method, path, summary]) =>
    route(method, 'publication', path, managedBy(path), summary, {
      ...internal(path),
      ...(method === 'POST' ? json : {}),
    }),
  ),
];
