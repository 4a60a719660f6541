import {
  Controller,
  Delete,
  Get,
  Inject,
  Post,
  Put,
  Req,
  Res,
  type Type as ClassType,
} from '@nestjs/common';
import {
  BOARD_SCOPED,
  BoardOfResource,
  OwnBoard,
  Public,
  RequirePermission,
} from '@inspectorate/auth';
import { Api, BodyLimit } from '@inspectorate/http';
import { Type } from '@sinclair/typebox';
import type { Request, Response } from 'express';
import { forwardedBody, forwardedHeaders, relay, Upstreams } from './forwarder';
import { fillPath, type Method, type PublicRoute, PUBLIC_ROUTES } from './routes';

export const API_PREFIX = '/api/v1';

/** Uploads (a DUO list, a bulk delivery) stream through; the service applies its own limit. */
const UPLOAD_LIMIT = 50 * 1024 * 1024;

const VERBS: Record<Method, (path: string) => MethodDecorator> = {
  GET: Get,
  POST: Post,
  PUT: Put,
  DELETE: Delete,
};

const paramNames = (path: string) => [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);

/** `GET /cases/:id/timeline` → `getCasesIdTimeline`, `/klachten/register.csv` → `…RegisterCsv`: the handler's name and operationId. */
export function handlerName(route: PublicRoute): string {
  const words = route.path
    .split(/[/:.-]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
  return `${route.method.toLowerCase()}${words.join('')}`;
}

/** What a route's caller needs, for its description. */
export function needs(route: PublicRoute): string {
  if (route.permission === 'public')
    return 'Public: no token needed; rate-limited per client address.';
  const scoped = BOARD_SCOPED[route.permission] ?? [];
  const limit =
    scoped.length === 0
      ? ''
      : route.ownBoard
        ? ` For ${scoped.join(', ')}: only the boards in the token's \`bevoegd_gezag\` claim.`
        : route.boardOfResource
          ? ` For ${scoped.join(', ')}: only what belongs to the boards in the token's \`bevoegd_gezag\` claim (${route.service} answers 404 for anything else).`
          : ` Not for ${scoped.join(', ')} (they hold it only for their own boards, and this route names none).`;
  return `Needs permission \`${route.permission}\`.${limit}`;
}

/**
 * One controller with a handler per public route, built from the route table
 * (so the table is the one place a route is added): each handler has the
 * route's permission (checked by the global guard before anything is
 * forwarded) and an @Api spec for the OpenAPI document.
 */
export function forwardController(routes: readonly PublicRoute[] = PUBLIC_ROUTES): ClassType {
  @Controller(API_PREFIX.slice(1))
  class ForwardController {
    constructor(@Inject(Upstreams) readonly upstreams: Upstreams) {}
  }
  const proto = ForwardController.prototype as unknown as Record<string, unknown>;
  for (const route of routes) {
    const name = handlerName(route);
    if (name in proto) throw new Error(`two public routes are named ${name}`);
    const target = route.upstream ?? route.path;
    async function handler(this: ForwardController, req: Request, res: Response): Promise<void> {
      const query = req.originalUrl.indexOf('?');
      const path =
        fillPath(target, req.params as Record<string, string>) +
        (query >= 0 ? req.originalUrl.slice(query) : '');
      const headers = forwardedHeaders(req);
      const body = forwardedBody(req, headers);
      const answer = await this.upstreams.call({
        service: route.service,
        path,
        method: route.method,
        headers,
        body,
        timeoutMs: this.upstreams.forwardTimeoutMs,
      });
      await relay(answer, res);
    }
    Object.defineProperty(handler, 'name', { value: name });
    proto[name] = handler;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
    const params = paramNames(route.path);
    const decorators: MethodDecorator[] = [
      VERBS[route.method](route.path),
      route.permission === 'public' ? Public() : RequirePermission(route.permission),
      Api({
        summary: route.summary,
        description: `Forwarded to ${route.service} (${route.method} ${target}). ${needs(route)}`,
        tags: [route.service],
        ...(params.length > 0
          ? {
              params: Type.Object(
                Object.fromEntries(params.map((p) => [p, Type.String({ minLength: 1 })])),
              ),
            }
          : {}),
        responses: { 200: { description: `The answer of ${route.service}, as it gave it` } },
      }),
      ...(route.body === 'upload' ? [BodyLimit(UPLOAD_LIMIT)] : []),
      ...(route.ownBoard ? [OwnBoard(route.ownBoard)] : []),
      ...(route.boardOfResource ? [BoardOfResource()] : []),
    ];
    for (const decorate of decorators) decorate(proto, name, descriptor);
    Object.defineProperty(proto, name, descriptor);
    Req()(proto, name, 0);
    Res()(proto, name, 1);
    Reflect.defineMetadata('design:paramtypes', [Object, Object], proto, name);
  }
  return ForwardController;
}
