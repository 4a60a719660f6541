import createFetchClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

export type { components, operations, paths };

/** The typed client of the public API. */
export type InspectorateClient = Client<paths>;

/** The public API's problem+json error. */
export type Problem = components['schemas']['Problem'];

export interface ClientOptions {
  /** The gateway's origin, e.g. http://localhost:3000 (the paths start with /api/v1). */
  baseUrl: string;
  /** The access token to send, or a function giving the current one (refreshed by the caller). */
  token?: string | (() => string | Promise<string>);
  /** Another fetch (tests, a server-side front end). */
  fetch?: typeof globalThis.fetch;
  headers?: Record<string, string>;
}

/**
 * A typed client of the public API (the gateway): every path, parameter,
 * body and answer as the gateway's OpenAPI document describes it.
 *
 *     const api = createInspectorateClient({ baseUrl, token });
 *     const { data, error } = await api.GET('/api/v1/schools/{brin}', {
 *       params: { path: { brin: '12AB' } },
 *     });
 */
export function createInspectorateClient(options: ClientOptions): InspectorateClient {
  const client = createFetchClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  const { token } = options;
  if (token !== undefined) {
    const bearer: Middleware = {
      async onRequest({ request }) {
        const value = typeof token === 'function' ? await token() : token;
        request.headers.set('authorization', `Bearer ${value}`);
        return request;
      },
    };
    client.use(bearer);
  }
  return client;
}
