/*
 * The steady mix of `npm run load`: typical reads and writes through the
 * gateway, each route at its own rate (whole requests per second, autocannon's unit), as the people
 * and systems of the local realm make them. Reads outnumber writes about 5
 * to 1; every write is one a client may repeat or one that adds a little
 * (a melding opens a case), so minutes of load do not change what the reads see.
 */
import type { TestIdentity } from '@inspectorate/test-stack';
import { submission } from '../demo-monitoring';

/** What the set-up loaded: the ids the routes pick from. */
export interface LoadData {
  boards: string[];
  brins: string[];
  vestigingen: string[];
  /** Vestigingen whose monitoring results were delivered. */
  delivered: string[];
  schooljaar: string;
  provider: string;
}

export interface LoadRoute {
  /** Method and the gateway's route template, the name in the tables. */
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  /** Who calls it (null: the public, without a token). */
  as: TestIdentity | null;
  /** Requests per second at --rate=1. */
  rate: number;
  /** The statuses that are this route's success. */
  ok: number[];
  path(data: LoadData, pick: <T>(items: T[]) => T): string;
  body?(data: LoadData, pick: <T>(items: T[]) => T): unknown;
}

let sequence = 0;

export const MIX: LoadRoute[] = [
  {
    name: 'GET /schools/:brin',
    method: 'GET',
    as: 'inspecteur',
    rate: 4,
    ok: [200],
    path: (d, pick) => `/schools/${pick(d.brins)}`,
  },
  {
    name: 'GET /vestigingen/:code',
    method: 'GET',
    as: 'inspecteur',
    rate: 4,
    ok: [200],
    path: (d, pick) => `/vestigingen/${pick(d.vestigingen)}`,
  },
  {
    name: 'GET /boards/:nummer/schools',
    method: 'GET',
    as: 'inspecteur',
    rate: 2,
    ok: [200],
    path: (d, pick) => `/boards/${pick(d.boards)}/schools`,
  },
  {
    name: 'GET /vestigingen',
    method: 'GET',
    as: 'inspecteur',
    rate: 1,
    ok: [200],
    path: () => '/vestigingen',
  },
  {
    name: 'GET /cases',
    method: 'GET',
    as: 'coordinator',
    rate: 1,
    ok: [200],
    path: () => '/cases',
  },
  {
    name: 'GET /monitoring/submissions/:sj/:code',
    method: 'GET',
    as: 'client:instrumentaanbieder',
    rate: 1,
    ok: [200],
    path: (d, pick) => `/monitoring/submissions/${d.schooljaar}/${pick(d.delivered)}`,
  },
  {
    name: 'GET /public/items',
    method: 'GET',
    as: null,
    rate: 2,
    ok: [200],
    path: () => '/public/items',
  },
  {
    name: 'PUT /vestigingen/:code/contact',
    method: 'PUT',
    as: 'beheerder',
    rate: 1,
    ok: [200],
    path: (d, pick) => `/vestigingen/${pick(d.vestigingen)}/contact`,
    body: () => ({ directieEmail: `directie-${sequence++ % 50}@load.example.nl` }),
  },
  {
    name: 'PUT /monitoring/consents/:sj/:code/:provider',
    method: 'PUT',
    as: 'client:instrumentaanbieder',
    rate: 1,
    ok: [200, 201, 204],
    path: (d, pick) => `/monitoring/consents/${d.schooljaar}/${pick(d.delivered)}/${d.provider}`,
  },
  {
    name: 'POST /monitoring/submissions',
    method: 'POST',
    as: 'client:instrumentaanbieder',
    rate: 1,
    ok: [200, 201],
    path: () => '/monitoring/submissions',
    body: (d, pick) => submission(pick(d.delivered), d.schooljaar),
  },
  {
    name: 'POST /meldingen',
    method: 'POST',
    as: 'klantcontact',
    rate: 1,
    ok: [201],
    path: () => '/meldingen',
    body: (d, pick) => ({
      channel: 'telefoon',
      receivedAt: new Date().toISOString(),
      reporter: { kind: 'ouder', contact: { email: `melder-${sequence++ % 100}@load.example.nl` } },
      school: { vestigingCode: pick(d.vestigingen) },
      category: 'onderwijstijd',
      text: 'Melding van de load-run: lessen vallen uit.',
    }),
  },
];
