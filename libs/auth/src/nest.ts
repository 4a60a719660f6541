import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type DynamicModule,
  type ExecutionContext,
  ForbiddenException,
  HttpException,
  Inject,
  Injectable,
  Module,
  SetMetadata,
  ServiceUnavailableException,
  type Type,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { type Actor, hasAnyRole, type Role } from './actor';
import { boardsAllowed, isPermission, type Permission, rolesFor } from './authorization';
import { IdentityProviderUnavailableError, InvalidTokenError } from './errors';
import { TokenVerifier, type TokenVerifierOptions } from './token-verifier';

const PUBLIC = 'inspectorate:auth:public';
const AUTHENTICATED = 'inspectorate:auth:authenticated';
const ROLES_KEY = 'inspectorate:auth:roles';
const PERMISSION = 'inspectorate:auth:permission';
const OWN_CREDENTIAL = 'inspectorate:auth:own-credential';
const OWN_BOARD = 'inspectorate:auth:own-board';
const BOARD_OF_RESOURCE = 'inspectorate:auth:board-of-resource';

/** No token needed (health, metrics, public reads). */
export const Public = () => SetMetadata(PUBLIC, true);
/** Any valid token, whatever its roles. */
export const Authenticated = () => SetMetadata(AUTHENTICATED, true);
/** A valid token with at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** A valid token with a role that the authorisation table gives this permission. */
export const RequirePermission = (permission: Permission) => {
  if (!isPermission(permission)) throw new Error(`unknown permission ${String(permission)}`);
  return SetMetadata(PERMISSION, permission);
};

/**
 * The route's `param` names a board (bevoegd gezag nummer): actors who hold
 * the route's permission only for their own boards (BOARD_SCOPED, e.g. a
 * partner system) get through only for those.
 */
export const OwnBoard = (param: string) => SetMetadata(OWN_BOARD, param);

/**
 * The route names no board, but what it serves belongs to one (a letter's
 * PDF): actors who hold the route's permission only for their own boards get
 * past the guard when their token names at least one board, and the handler
 * MUST then check the resource's board against `boardsAllowed(actor,
 * permission)` before it answers.
 */
export const BoardOfResource = () => SetMetadata(BOARD_OF_RESOURCE, true);

/**
 * The route also takes a credential that is not an access token, checked by
 * `guard` (survey providers' API keys, for a transition: ADR 0008). An access
 * token (a JWT) is verified and its rule checked as on every route; any other
 * credential, or none, is left to `guard`, which must then refuse or
 * authenticate the request itself.
 */
export const TokenOrOwnCredential = (guard: Type<CanActivate>) =>
  applyDecorators(SetMetadata(OWN_CREDENTIAL, true), UseGuards(guard));

type WithActor = {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string>;
  actor?: Actor;
};

/** The verified actor of the request, in a handler: `@CurrentActor() actor: Actor`. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const actor = ctx.switchToHttp().getRequest<WithActor>().actor;
  // Only reachable on a route marked @Public() (the guard sets it everywhere else).
  if (!actor)
    throw new UnauthorizedException({ code: 'missing-token', message: 'no bearer token' });
  return actor;
});

export const TOKEN_VERIFIER = Symbol('inspectorate:auth:token-verifier');

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
/** Three base64url parts: what a JWS access token looks like (an API key does not). */
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

function bearerOf(req: WithActor): string | undefined {
  const header = req.headers['authorization'];
  return (typeof header === 'string' ? BEARER.exec(header) : null)?.[1];
}

/**
 * The global guard: every HTTP route needs a valid bearer token and a rule
 * (@Roles, @RequirePermission or @Authenticated) unless it is @Public().
 * Deny by default: a route with none of these is refused (403), so a new route
 * without a rule cannot be reached by accident.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Kafka consumers are Nest handlers too (rpc); events are not requests from people.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const meta = <T>(key: string) => this.reflector.getAllAndOverride<T | undefined>(key, targets);
    if (meta<boolean>(PUBLIC)) return true;

    const req = context.switchToHttp().getRequest<WithActor>();
    if (meta<boolean>(OWN_CREDENTIAL) && !JWT.test(bearerOf(req) ?? '')) return true;
    const actor = await this.authenticate(req);
    req.actor = actor;

    const permission = meta<Permission>(PERMISSION);
    const roles = meta<Role[]>(ROLES_KEY);
    if (permission !== undefined || roles !== undefined) {
      const allowed = [...(roles ?? []), ...(permission ? rolesFor(permission) : [])];
      if (hasAnyRole(actor, allowed)) {
        if (permission)
          this.checkBoard(actor, permission, roles ?? [], req, {
            param: meta<string>(OWN_BOARD),
            ofResource: meta<boolean>(BOARD_OF_RESOURCE) === true,
          });
        return true;
      }
      throw new ForbiddenException({
        code: 'forbidden',
        message: `${permission ? `permission ${permission} needs` : 'this route needs'} one of the roles ${allowed.join(', ')}`,
      });
    }
    if (meta<boolean>(AUTHENTICATED)) return true;
    throw new ForbiddenException({
      code: 'no-rule',
      message: 'this route has no authorisation rule, so nobody may use it (deny by default)',
    });
  }

  /** A permission held only for the actor's own boards: the route's board must be one of them. */
  private checkBoard(
    actor: Actor,
    permission: Permission,
    admitted: readonly Role[],
    req: WithActor,
    route: { param: string | undefined; ofResource: boolean },
  ): void {
    const boards = boardsAllowed(actor, permission, admitted);
    if (boards === 'all') return;
    // The handler checks the resource's board; without any board there is nothing it could serve.
    if (route.ofResource && boards.length > 0) return;
    const board = route.param ? req.params?.[route.param] : undefined;
    if (board !== undefined && boards.includes(board)) return;
    throw new ForbiddenException({
      code: 'not-own-board',
      message: route.ofResource
        ? `with your roles, permission ${permission} is only for your own boards, and your token names none (claim bevoegd_gezag)`
        : board === undefined
          ? `with your roles, permission ${permission} is only for your own boards, and this route names none`
          : `with your roles, permission ${permission} is only for your own boards (${boards.join(', ') || 'none in your token'}), not ${board}`,
    });
  }

  private async authenticate(req: WithActor): Promise<Actor> {
    const token = bearerOf(req);
    if (!token) {
      throw new UnauthorizedException({
        code: 'missing-token',
        message: 'send an access token: Authorization: Bearer <token>',
      });
    }
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      throw toHttp(error);
    }
  }
}

/** Our auth errors as Nest's HTTP exceptions (401, 403, 503 with a code). */
export function toHttp(error: unknown): HttpException {
  if (error instanceof InvalidTokenError) {
    return new UnauthorizedException({ code: error.code, message: error.message });
  }
  if (error instanceof IdentityProviderUnavailableError) {
    return new ServiceUnavailableException({
      code: 'identity-provider-unavailable',
      message: 'tokens cannot be checked right now; try again later',
    });
  }
  if (error instanceof HttpException) return error;
  // Anything else: refuse rather than let the request through.
  return new ServiceUnavailableException({
    code: 'identity-provider-unavailable',
    message: 'tokens cannot be checked right now; try again later',
  });
}

/**
 * `AuthModule.forRoot(verifierOptionsFrom(config))` in a service's root module:
 * the TokenVerifier and AuthGuard as the global guard.
 */
@Module({})
export class AuthModule {
  static forRoot(options: TokenVerifierOptions | TokenVerifier): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        {
          provide: TOKEN_VERIFIER,
          useValue: options instanceof TokenVerifier ? options : new TokenVerifier(options),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TOKEN_VERIFIER],
    };
  }
}
