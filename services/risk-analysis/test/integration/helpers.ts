import type { RunningService } from '@inspectorate/testing';
import request from 'supertest';
import { type REAL_FILES, realBytes } from '../../src/duo/real-files';

export { STATISTICS_FILES as STATISTICS, realBytes } from '../../src/duo/real-files';

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
