// libs/auth against the real Keycloak of the local stack: tokens the provider
// issued (password grant on the test client, client credentials on the
// confidential clients), verified through its real JWKS. No fake provider.
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  type Actor,
  AuthModule,
  CurrentActor,
  IdentityProviderUnavailableError,
  InvalidTokenError,
  RequirePermission,
  ROLES,
  TokenVerifier,
} from '../../src';
import {
  clientCredentialsToken,
  DEMO_CLIENTS,
  oidcEnv,
  passwordToken,
} from '@inspectorate/test-stack';

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal, but the token verified');
}

describe('TokenVerifier on tokens of the real Keycloak', () => {
  const env = oidcEnv();
  const verifier = new TokenVerifier({
    issuer: env.issuer,
    audience: env.audience,
    jwksUrl: env.jwksUrl,
  });

  it.each(ROLES)('verifies the demo user %s and gives the actor that role', async (role) => {
    const actor = await verifier.verify((await passwordToken(role)).access_token);
    expect(actor).toMatchObject({
      kind: 'person',
      username: role,
      roles: [role],
      issuer: env.issuer,
      clientId: 'inspectorate-test',
    });
    expect(actor.name).not.toBe(role); // the person's name from the realm, not the login
    expect(actor.subject).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['partner-demo', DEMO_CLIENTS.partner, 'partner'],
    ['instrumentaanbieder-demo', DEMO_CLIENTS.instrumentaanbieder, 'instrumentaanbieder'],
  ])('verifies client credentials of %s as a machine actor', async (_n, client, role) => {
    const token = (await clientCredentialsToken(client.clientId, client.secret)).access_token;
    await expect(verifier.verify(token)).resolves.toMatchObject({
      kind: 'client',
      name: client.clientId,
      clientId: client.clientId,
      roles: [role],
    });
  });

  it('refuses a token of the realm issued for another audience', async () => {
    const { clientId, secret } = DEMO_CLIENTS.otherApi;
    const token = (await clientCredentialsToken(clientId, secret)).access_token;
    const error = await refusal(verifier.verify(token));
    expect(error).toBeInstanceOf(InvalidTokenError);
    expect((error as InvalidTokenError).code).toBe('wrong-audience');
  });

  it('refuses the realm’s tokens where another issuer is expected', async () => {
    const other = new TokenVerifier({
      issuer: `${env.issuer}-other`,
      audience: env.audience,
      jwksUrl: env.jwksUrl,
    });
    const error = await refusal(other.verify((await passwordToken('inspecteur')).access_token));
    expect((error as InvalidTokenError).code).toBe('wrong-issuer');
  });

  it('refuses a Keycloak token whose roles were edited', async () => {
    const [header, payload, signature] = (await passwordToken('inspecteur')).access_token.split(
      '.',
    );
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    claims.realm_access = { roles: ['beheerder'] };
    const forged = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const error = await refusal(verifier.verify(`${header}.${forged}.${signature}`));
    expect((error as InvalidTokenError).code).toBe('bad-signature');
  });

  it('finds the JWKS through the discovery document when no JWKS URL is set', async () => {
    const discovering = new TokenVerifier({ issuer: env.issuer, audience: env.audience });
    await expect(
      discovering.verify((await passwordToken('analist')).access_token),
    ).resolves.toMatchObject({ roles: ['analist'] });
  });

  it('fails closed when the JWKS cannot be reached', async () => {
    const cut = new TokenVerifier({
      issuer: env.issuer,
      audience: env.audience,
      jwksUrl: 'http://127.0.0.1:9/certs', // discard port: nothing listens
      timeoutMs: 1000,
    });
    const error = await refusal(cut.verify((await passwordToken('beheerder')).access_token));
    expect(error).toBeInstanceOf(IdentityProviderUnavailableError);
  });
});

@Controller()
class ProbeController {
  @RequirePermission('templates.manage')
  @Get('templates-admin')
  manage(@CurrentActor() actor: Actor) {
    return { name: actor.name, kind: actor.kind };
  }
}

describe('AuthGuard with the real Keycloak', () => {
  let app: INestApplication;
  beforeAll(async () => {
    const env = oidcEnv();
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule.forRoot({ issuer: env.issuer, audience: env.audience, jwksUrl: env.jwksUrl }),
      ],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(() => app.close());

  const get = (token?: string) => {
    const req = request(app.getHttpServer()).get('/templates-admin');
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  it('lets the beheerder in, refuses the inspecteur, a partner system and no token', async () => {
    const beheerder = (await passwordToken('beheerder')).access_token;
    await get(beheerder).expect(200, { name: 'Bea Beheer', kind: 'person' });
    await get((await passwordToken('inspecteur')).access_token).expect(403);
    const { clientId, secret } = DEMO_CLIENTS.partner;
    await get((await clientCredentialsToken(clientId, secret)).access_token).expect(403);
    await get().expect(401);
  });
});
