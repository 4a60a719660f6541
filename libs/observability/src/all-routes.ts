import { RequestMethod } from '@nestjs/common';

/**
 * Every route, for middleware (Nest 11 / path-to-regexp 8 wildcard syntax).
 * With a global prefix this becomes `/<prefix>/{*path}`, which does not match
 * the bare prefix itself (`/api` exactly): keep nothing at that path.
 */
export const ALL_ROUTES = { path: '{*path}', method: RequestMethod.ALL };
