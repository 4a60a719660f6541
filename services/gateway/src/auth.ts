import {
  type DynamicModule,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Module,
  UnauthorizedException,
} from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import {
  AuthGuard,
  isAllowed,
  type Permission,
  rolesFor,
  TOKEN_VERIFIER,
  toHttp,
  TokenVerifier,
  verifierOptionsFrom,
} from '@inspectorate/auth';
import { HealthController, MetricsController } from '@inspectorate/observability';
import { OpsController } from '@inspectorate/runtime';
import type { Config } from './config';

/** Probes and scrapes come from the cluster, without a token. */
const OPEN_CONTROLLERS: ReadonlySet<unknown> = new Set([HealthController, MetricsController]);

/** The platform's dead-letter endpoints (libs/runtime) carry no rule of their own. */
const OPS_PERMISSION: Permission = 'dead-letters.replay';

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * libs/auth's deny-by-default guard, with the platform's own controllers
 * (libs/observability and libs/runtime know nothing of tokens) given their
 * rule here: health and metrics open, the ops routes for a beheerder.
 * Everything else needs a valid token and the rule on its route.
 */
@Injectable()
export class GatewayAuthGuard extends AuthGuard {
  constructor(
    reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
  ) {
    super(reflector, tokens);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return super.canActivate(context);
    const type = context.getClass();
    if (OPEN_CONTROLLERS.has(type)) return true;
    if (type === OpsController) return this.ops(context);
    return super.canActivate(context);
  }

  private async ops(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>();
    const header = req.headers['authorization'];
    const match = typeof header === 'string' ? BEARER.exec(header) : null;
    if (!match) {
      throw new UnauthorizedException({
        code: 'missing-token',
        message: 'send an access token: Authorization: Bearer <token>',
      });
    }
    const actor = await this.tokens.verify(match[1]!).catch((error: unknown) => {
      throw toHttp(error);
    });
    if (isAllowed(actor, OPS_PERMISSION)) return true;
    throw new ForbiddenException({
      code: 'forbidden',
      message: `permission ${OPS_PERMISSION} needs one of the roles ${rolesFor(OPS_PERMISSION).join(', ')}`,
    });
  }
}

@Module({})
export class GatewayAuthModule {
  static forRoot(config: Config, verifier?: TokenVerifier): DynamicModule {
    return {
      module: GatewayAuthModule,
      global: true,
      providers: [
        {
          provide: TOKEN_VERIFIER,
          useValue: verifier ?? new TokenVerifier(verifierOptionsFrom(config)),
        },
        { provide: APP_GUARD, useClass: GatewayAuthGuard },
      ],
      exports: [TOKEN_VERIFIER],
    };
  }
}
