import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { type Permission, RequirePermission } from '@inspectorate/auth';
import { Api, type ApiSpec } from '@inspectorate/http';
import type { TObject, TSchema } from '@sinclair/typebox';

/**
 * The commands of one flow's controller on one case (`POST <path>` with the
 * case id in it): each route is the same stack of the method, its answer's
 * status, its permission in libs/auth's table and its OpenAPI (the flow's
 * tag, the path's schema, the body, the responses). `flowCommands` fixes
 * what the flow shares; each route then names its path, permission, summary
 * and body, and its responses when it answers other than 204 Done (the
 * status is the one response given).
 */
export function flowCommands(flow: { tag: string; params: TObject }) {
  return (
    path: string,
    permission: Permission,
    summary: string,
    body: TSchema,
    responses: ApiSpec['responses'] = { 204: { description: 'Done' } },
  ) =>
    applyDecorators(
      Post(path),
      HttpCode(Number(Object.keys(responses)[0])),
      RequirePermission(permission),
      Api({ summary, tags: [flow.tag], params: flow.params, body, responses }),
    );
}
