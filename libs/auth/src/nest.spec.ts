import {
  type CanActivate,
  Controller,
  type ExecutionContext,
  Get,
  type INestApplication,
  Param,
  UnauthorizedException,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  AUDIENCE,
  ISSUER,
  JwksServer,
  makeKey,
  sign,
  type TestKey,
} from '../test/support/jwks-server';
import type { Actor } from './actor';
import { boardsAllowed } from './authorization';
import {
  Authenticated,
  AuthModule,
  BoardOfResource,
  CurrentActor,
  OwnBoard,
  Public,
  RequirePermission,
  Roles,
  TokenOrOwnCredential,
} from './nest';

/** A route's own credential check (as monitoring-intake's API keys). */
class KeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string> }>();
    if ((req as { actor?: Actor }).actor) return true;
    if (req.headers['authorization'] === 'Bearer mip_good') return true;
    throw new UnauthorizedException({ code: 'invalid-api-key' });
  }
}

@Controller()
class ProbeController {
  @Public()
  @Get('open')
  open() {
    return { ok: true };
  }

  @Roles('beheerder')
  @Get('beheer')
  beheer(@CurrentActor() actor: Actor) {
    return { name: actor.name, roles: actor.roles };
  }

  @RequirePermission('cases.coordinators-queue')
  @Get('queue')
  queue(@CurrentActor() actor: Actor) {
    return { subject: actor.subject };
  }

  @Authenticated()
  @Get('me')
  me(@CurrentActor() actor: Actor) {
    return actor;
  }

  @RequirePermission('monitoring.own-submissions')
  @TokenOrOwnCredential(KeyGuard)
  @Get('provider')
  provider() {
    return { reached: true };
  }

  // As publication's webhook subscriptions: beheerders by permission, partner systems by role.
  @RequirePermission('publication.manage')
  @Roles('partner')
  @Get('subscriptions')
  subscriptions() {
    return { ok: true };
  }

  @RequirePermission('inbox.read')
  @OwnBoard('nummer')
  @Get('inbox/board/:nummer')
  boardInbox(@Param('nummer') nummer: string) {
    return { nummer };
  }

  @RequirePermission('inbox.read')
  @Get('inbox/school/:brin')
  schoolInbox(@Param('brin') brin: string) {
    return { brin };
  }

  // As notifications' letter PDFs: the letter's board, known to the handler only.
  @RequirePermission('letters.pdf')
  @BoardOfResource()
  @Get('letters/:kenmerk/pdf')
  letterPdf(@CurrentActor() actor: Actor) {
    return { boards: boardsAllowed(actor, 'letters.pdf') };
  }

  @Get('forgotten')
  forgotten() {
    return { reached: true };
  }
}

describe('AuthGuard (global, deny by default)', () => {
  let jwks: JwksServer;
  let key: TestKey;
  let app: INestApplication;

  beforeAll(async () => {
    key = await makeKey('k1');
    jwks = await new JwksServer().start();
    jwks.keys = [key];
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule.forRoot({
          issuer: ISSUER,
          audience: AUDIENCE,
          jwksUrl: `${jwks.url}/certs`,
          timeoutMs: 500,
          cacheMaxAgeMs: 0, // every request asks the JWKS: lets the test take it away
        }),
      ],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await jwks.stop();
  });

  const as = (roles: string[]) => sign(key, { realm_access: { roles } });

  it('lets anyone reach a @Public() route', async () => {
    await request(app.getHttpServer()).get('/open').expect(200, { ok: true });
  });

  it('answers 401 without a token, or with one that is not Bearer', async () => {
    const res = await request(app.getHttpServer()).get('/me').expect(401);
    expect(res.body).toMatchObject({ code: 'missing-token' });
    await request(app.getHttpServer())
      .get('/me')
      .set('Authorization', 'Basic dXNlcjpwdw==')
      .expect(401);
  });

  it('answers 401 with the reason for a token that does not verify', async () => {
    const expired = await sign(key, { exp: Math.floor(Date.now() / 1000) - 120 });
    const res = await request(app.getHttpServer())
      .get('/me')
      .set('Authorization', `Bearer ${expired}`)
      .expect(401);
    expect(res.body).toMatchObject({ code: 'expired' });
  });

  it('hands the verified actor to the handler', async () => {
    const res = await request(app.getHttpServer())
      .get('/me')
      .set('Authorization', `Bearer ${await as(['inspecteur'])}`)
      .expect(200);
    expect(res.body).toMatchObject({ kind: 'person', subject: 'user-1', roles: ['inspecteur'] });
  });

  it('checks @Roles: 403 without the role, 200 with it', async () => {
    await request(app.getHttpServer())
      .get('/beheer')
      .set('Authorization', `Bearer ${await as(['inspecteur'])}`)
      .expect(403);
    await request(app.getHttpServer())
      .get('/beheer')
      .set('Authorization', `Bearer ${await as(['beheerder'])}`)
      .expect(200, { name: 'Ilse de Inspecteur', roles: ['beheerder'] });
  });

  it('checks @RequirePermission against the authorisation table', async () => {
    await request(app.getHttpServer())
      .get('/queue')
      .set('Authorization', `Bearer ${await as(['inspecteur'])}`)
      .expect(403);
    await request(app.getHttpServer())
      .get('/queue')
      .set('Authorization', `Bearer ${await as(['coordinator'])}`)
      .expect(200);
  });

  it("lets a partner system read only its own boards' inbox (bevoegd_gezag), others any", async () => {
    const get = async (path: string, claims: Record<string, unknown>, status: number) =>
      request(app.getHttpServer())
        .get(path)
        .set('Authorization', `Bearer ${await sign(key, claims)}`)
        .expect(status);
    const partner = { realm_access: { roles: ['partner'] }, bevoegd_gezag: ['41234', '41235'] };
    expect((await get('/inbox/board/41234', partner, 200)).body).toEqual({ nummer: '41234' });
    await get('/inbox/board/41235', partner, 200);
    const other = await get('/inbox/board/49999', partner, 403);
    expect(other.body).toMatchObject({ code: 'not-own-board' });
    expect(JSON.stringify(other.body)).toContain('41234, 41235');
    // One number as a string counts too; a token without the claim has no boards.
    await get('/inbox/board/41234', { ...partner, bevoegd_gezag: '41234' }, 200);
    await get('/inbox/board/41234', { realm_access: { roles: ['partner'] } }, 403);
    // A route that names no board: refused to the partner (deny by default).
    const school = await get('/inbox/school/12AB', partner, 403);
    expect(school.body).toMatchObject({ code: 'not-own-board' });
    // Roles that hold inbox.read without the limit read any board and school.
    const inspecteur = { realm_access: { roles: ['inspecteur'] } };
    await get('/inbox/board/49999', inspecteur, 200);
    await get('/inbox/school/12AB', inspecteur, 200);
    // A route that admits the partner by @Roles is not limited to its boards.
    await get('/subscriptions', { realm_access: { roles: ['partner'] } }, 200);
    await get('/subscriptions', inspecteur, 403);
    const both = { ...partner, realm_access: { roles: ['partner', 'coordinator'] } };
    await get('/inbox/board/49999', both, 200);
  });

  it('lets a partner with a board reach a route whose handler checks the board of what it serves', async () => {
    const get = async (claims: Record<string, unknown>, status: number) =>
      request(app.getHttpServer())
        .get('/letters/2026-0001/pdf')
        .set('Authorization', `Bearer ${await sign(key, claims)}`)
        .expect(status);
    const partner = { realm_access: { roles: ['partner'] }, bevoegd_gezag: '41234' };
    // Through, with its boards for the handler to hold the letter's against.
    expect((await get(partner, 200)).body).toEqual({ boards: ['41234'] });
    // A token without the claim: nothing it could be given, refused at the door.
    const none = await get({ realm_access: { roles: ['partner'] } }, 403);
    expect(none.body).toMatchObject({ code: 'not-own-board' });
    expect(none.body.detail ?? none.body.message).toMatch(/names none \(claim bevoegd_gezag\)/);
    expect((await get({ realm_access: { roles: ['coordinator'] } }, 200)).body).toEqual({
      boards: 'all',
    });
    await get({ realm_access: { roles: ['analist'] } }, 403);
  });

  it('refuses a route without a rule, even to a valid token (deny by default)', async () => {
    const res = await request(app.getHttpServer())
      .get('/forgotten')
      .set('Authorization', `Bearer ${await as(['beheerder'])}`)
      .expect(403);
    expect(res.body).toMatchObject({ code: 'no-rule' });
  });

  it('leaves a credential that is not a JWT to the route’s own guard, and checks a JWT as ever', async () => {
    const at = (authorization?: string) => {
      const r = request(app.getHttpServer()).get('/provider');
      return authorization ? r.set('Authorization', authorization) : r;
    };
    await at('Bearer mip_good').expect(200);
    expect((await at('Bearer mip_bad').expect(401)).body).toMatchObject({
      code: 'invalid-api-key',
    });
    expect((await at().expect(401)).body).toMatchObject({ code: 'invalid-api-key' });
    await at(`Bearer ${await as(['instrumentaanbieder'])}`).expect(200);
    await at(`Bearer ${await as(['inspecteur'])}`).expect(403);
    const expired = await sign(key, { exp: Math.floor(Date.now() / 1000) - 120 });
    expect((await at(`Bearer ${expired}`).expect(401)).body).toMatchObject({ code: 'expired' });
  });

  it('answers 503 when the identity provider is unreachable, never 200', async () => {
    const token = await as(['beheerder']);
    jwks.status = 500;
    try {
      const res = await request(app.getHttpServer())
        .get('/beheer')
        .set('Authorization', `Bearer ${token}`)
        .expect(503);
      expect(res.body).toMatchObject({ code: 'identity-provider-unavailable' });
      // Public routes still answer.
      await request(app.getHttpServer()).get('/open').expect(200);
    } finally {
      jwks.status = 200;
    }
  });
});
