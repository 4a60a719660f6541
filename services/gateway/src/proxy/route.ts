import type { Permission } from '@inspectorate/auth';
import type { UpstreamService } from '../config';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Who may call a route: a permission of the authorisation table of libs/auth,
 * or `public` (no token at all: publication's public read API, rate-limited
 * per address). Only paths under `/public/` may be public (routes.spec).
 */
export type Access = Permission | 'public';

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
  permission: Access;
  summary: string;
  /** The request has a body the service reads (JSON, or an upload). */
  body?: 'json' | 'upload';
  /**
   * The path parameter naming a board: roles that hold the permission only for
   * their own boards (libs/auth's BOARD_SCOPED: a partner and its inbox) pass
   * only for those; on a route without it they are refused.
   */
  ownBoard?: string;
  /**
   * The path names no board, but what the route serves belongs to one (a
   * letter's PDF): board-limited roles whose token names a board are
   * forwarded, and the service checks the resource's board (libs/auth's
   * @BoardOfResource).
   */
  boardOfResource?: true;
}

/** One row of the route table. */
export const route = (
  method: Method,
  service: UpstreamService,
  path: string,
  permission: Access,
  summary: string,
  extra: Partial<PublicRoute> = {},
): PublicRoute => ({ method, service, path, permission, summary, ...extra });

/** `/cases/:id` with `{ id: 'x' }` → `/cases/x` (each value URL-encoded). */
export function fillPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${pattern}`);
    return encodeURIComponent(value);
  });
}
