import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RunningService } from '@inspectorate/testing';
import request from 'supertest';
import { REAL_FILES, realFile } from '../../src/duo/real-files';

export { STATISTICS_FILES as STATISTICS } from '../../src/duo/real-files';

export function realBytes(name: keyof typeof REAL_FILES): { bytes: Buffer; fileName: string } {
  const path = realFile(name);
  if (!path) throw new Error(`real DUO file ${REAL_FILES[name]} is missing (shared/data/duo)`);
  return { bytes: readFileSync(path), fileName: basename(path) };
}

export type Auth = { authorization: string };

/** Requests with a bearer token (the routes need role analist to run, a reader's role to read). */
export function as(service: RunningService, auth: Auth) {
  return {
    get: (path: string) => request(service.http).get(path).set(auth),
    post: (path: string) => request(service.http).post(path).set(auth),
  };
}

/** Uploads a file as the raw body, as a script would. */
export function upload(
  service: RunningService,
  auth: Auth,
  bytes: Buffer | string,
  query: Record<string, string> = {},
) {
  return as(service, auth)
    .post('/imports')
    .query(query)
    .set('content-type', 'text/csv')
    .send(bytes);
}

export async function importReal(
  service: RunningService,
  auth: Auth,
  names: readonly (keyof typeof REAL_FILES)[],
) {
  const reports = [];
  for (const name of names) {
    const { bytes, fileName } = realBytes(name);
    const res = await upload(service, auth, bytes, { fileName });
    if (res.status !== 201)
      throw new Error(`import of ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    reports.push(res.body);
  }
  return reports;
}
