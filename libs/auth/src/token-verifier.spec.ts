import { createHmac } from 'node:crypto';
import {
  AUDIENCE,
  ISSUER,
  JwksServer,
  makeKey,
  sign,
  type TestKey,
} from '../test/support/jwks-server';
import { IdentityProviderUnavailableError, InvalidTokenError } from './errors';
import { TokenVerifier, type TokenVerifierOptions } from './token-verifier';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the token to be refused, but it verified');
}

async function expectInvalid(promise: Promise<unknown>, code: string) {
  const error = await refusal(promise);
  expect(error).toBeInstanceOf(InvalidTokenError);
  expect((error as InvalidTokenError).code).toBe(code);
  expect((error as InvalidTokenError).status).toBe(401);
}

async function expectUnavailable(promise: Promise<unknown>) {
  const error = await refusal(promise);
  expect(error).toBeInstanceOf(IdentityProviderUnavailableError);
  expect((error as IdentityProviderUnavailableError).status).toBe(503);
}

describe('TokenVerifier', () => {
  let jwks: JwksServer;
  let key: TestKey;
  const verifier = (extra: Partial<TokenVerifierOptions> = {}) =>
    new TokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: `${jwks.url}/certs`,
      timeoutMs: 500,
      ...extra,
    });

  beforeAll(async () => {
    key = await makeKey('k1');
  });
  beforeEach(async () => {
    jwks = await new JwksServer().start();
    jwks.keys = [key];
  });
  afterEach(() => jwks.stop());

  it('turns a valid token into the actor: subject, name, roles it knows', async () => {
    const actor = await verifier().verify(await sign(key));
    expect(actor).toMatchObject({
      kind: 'person',
      subject: 'user-1',
      name: 'Ilse de Inspecteur',
      username: 'inspecteur',
      clientId: 'inspectorate-frontend',
      roles: ['inspecteur'],
      issuer: ISSUER,
    });
    expect(actor.expiresAt).toBeInstanceOf(Date);
  });

  it('accepts ES256 and PS256 keys too, and an aud list containing the audience', async () => {
    const es = await makeKey('es', 'ES256');
    const ps = await makeKey('ps', 'PS256');
    jwks.keys = [key, es, ps];
    const v = verifier();
    await expect(v.verify(await sign(es))).resolves.toMatchObject({ subject: 'user-1' });
    await expect(v.verify(await sign(ps, { aud: ['account', AUDIENCE] }))).resolves.toMatchObject({
      subject: 'user-1',
    });
  });

  it('makes a machine client (Keycloak service account) an actor of kind client', async () => {
    const token = await sign(key, {
      sub: 'f1d2-service-account-id',
      preferred_username: 'service-account-partner-demo',
      client_id: 'partner-demo',
      azp: 'partner-demo',
      name: undefined,
      realm_access: { roles: ['partner'] },
    });
    await expect(verifier().verify(token)).resolves.toMatchObject({
      kind: 'client',
      name: 'partner-demo',
      clientId: 'partner-demo',
      roles: ['partner'],
    });
  });

  it('refuses an expired token, and accepts one expired within the clock tolerance', async () => {
    await expectInvalid(
      verifier().verify(await sign(key, { iat: now() - 400, exp: now() - 60 })),
      'expired',
    );
    await expect(
      verifier().verify(await sign(key, { iat: now() - 400, exp: now() - 10 })),
    ).resolves.toBeDefined();
    await expectInvalid(
      verifier({ clockToleranceSec: 0 }).verify(await sign(key, { exp: now() - 10 })),
      'expired',
    );
  });

  it('refuses a token not valid yet (nbf beyond the tolerance)', async () => {
    await expectInvalid(verifier().verify(await sign(key, { nbf: now() + 120 })), 'not-yet-valid');
  });

  it('refuses a token from another issuer', async () => {
    await expectInvalid(
      verifier().verify(await sign(key, { iss: 'https://idp.test/realms/other' })),
      'wrong-issuer',
    );
  });

  it('refuses a token for another audience, or without one', async () => {
    await expectInvalid(
      verifier().verify(await sign(key, { aud: 'some-other-api' })),
      'wrong-audience',
    );
    await expectInvalid(verifier().verify(await sign(key, { aud: undefined })), 'missing-claim');
  });

  it('refuses a token without sub or exp', async () => {
    await expectInvalid(verifier().verify(await sign(key, { sub: undefined })), 'missing-claim');
    await expectInvalid(verifier().verify(await sign(key, { exp: undefined })), 'missing-claim');
  });

  it('refuses a tampered token: claims changed after signing', async () => {
    const [header, , signature] = (await sign(key)).split('.');
    const forged = b64({
      iss: ISSUER,
      aud: AUDIENCE,
      sub: 'user-1',
      exp: now() + 300,
      realm_access: { roles: ['beheerder'] },
    });
    await expectInvalid(verifier().verify(`${header}.${forged}.${signature}`), 'bad-signature');
  });

  it('refuses alg none (an unsigned token)', async () => {
    const payload = b64({ iss: ISSUER, aud: AUDIENCE, sub: 'user-1', exp: now() + 300 });
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    await expectInvalid(verifier().verify(token), 'algorithm-not-allowed');
    await expectInvalid(
      verifier().verify(`${b64({ alg: 'none', kid: 'k1' })}.${payload}.`),
      'algorithm-not-allowed',
    );
  });

  it('refuses HS256 "signed" with the provider’s public key', async () => {
    const payload = b64({
      iss: ISSUER,
      aud: AUDIENCE,
      sub: 'user-1',
      exp: now() + 300,
      realm_access: { roles: ['beheerder'] },
    });
    const header = b64({ alg: 'HS256', kid: 'k1', typ: 'JWT' });
    // Every form of the public key an attacker might use as the HMAC secret.
    for (const secret of [JSON.stringify(key.publicJwk), key.publicJwk.n!]) {
      const mac = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
      await expectInvalid(
        verifier().verify(`${header}.${payload}.${mac}`),
        'algorithm-not-allowed',
      );
    }
  });

  it('refuses to be configured with HMAC or none', () => {
    for (const alg of ['HS256', 'none']) {
      expect(
        () =>
          new TokenVerifier({
            issuer: ISSUER,
            audience: AUDIENCE,
            algorithms: [alg as 'RS256'],
          }),
      ).toThrow(/asymmetric/);
    }
  });

  it('refuses a token signed with a key the provider does not publish', async () => {
    const stranger = await makeKey('k1'); // same kid, other key
    await expectInvalid(verifier().verify(await sign(stranger)), 'bad-signature');
    const unknown = await makeKey('k-unknown');
    await expectInvalid(verifier().verify(await sign(unknown)), 'unknown-key');
  });

  it('refuses garbage and oversized tokens as malformed', async () => {
    await expectInvalid(verifier().verify('not-a-jwt'), 'malformed');
    await expectInvalid(verifier().verify('a'.repeat(20_000)), 'malformed');
    await expectInvalid(verifier().verify(''), 'missing-token');
  });

  it('fails closed when the JWKS is unreachable: 503, never an actor', async () => {
    const token = await sign(key);
    await jwks.stop();
    await expectUnavailable(verifier().verify(token));
  });

  it('fails closed when the JWKS answers an error or too slowly', async () => {
    const token = await sign(key);
    jwks.status = 500;
    await expectUnavailable(verifier().verify(token));
    jwks.status = 200;
    jwks.delayMs = 1500;
    await expectUnavailable(verifier({ timeoutMs: 200 }).verify(token));
  });

  it('caches the keys: many tokens, one fetch', async () => {
    const v = verifier();
    for (let i = 0; i < 5; i++) await v.verify(await sign(key, { sub: `u${i}` }));
    expect(jwks.requests).toBe(1);
  });

  it('picks up a rotated key: a new kid makes it fetch the key set again', async () => {
    const v = verifier({ cooldownMs: 0 });
    await v.verify(await sign(key));
    const next = await makeKey('k2');
    jwks.keys = [key, next];
    await expect(v.verify(await sign(next))).resolves.toMatchObject({ subject: 'user-1' });
    expect(jwks.requests).toBe(2);
    // The old key retired: its tokens are refused once the set is fetched again.
    jwks.keys = [next];
    const v2 = verifier({ cooldownMs: 0 });
    await expectInvalid(v2.verify(await sign(key)), 'unknown-key');
  });

  it('does not refetch for unknown kids within the cooldown', async () => {
    const v = verifier(); // 30 s cooldown
    await v.verify(await sign(key));
    await expectInvalid(v.verify(await sign(await makeKey('k9'))), 'unknown-key');
    expect(jwks.requests).toBe(1);
  });

  describe('without OIDC_JWKS_URL: the jwks_uri from the discovery document', () => {
    const discovering = (issuer = ISSUER) =>
      new TokenVerifier({ issuer, audience: AUDIENCE, timeoutMs: 500 });

    it('reads the discovery document of the issuer and verifies against its jwks_uri', async () => {
      const issuer = jwks.url;
      jwks.discovery = { issuer, jwks_uri: `${jwks.url}/certs` };
      await expect(
        discovering(issuer).verify(await sign(key, { iss: issuer })),
      ).resolves.toMatchObject({
        subject: 'user-1',
      });
    });

    it('fails closed when the discovery names another issuer, and tries again later', async () => {
      const issuer = jwks.url;
      jwks.discovery = { issuer: 'https://elsewhere', jwks_uri: `${jwks.url}/certs` };
      const v = discovering(issuer);
      const token = await sign(key, { iss: issuer });
      await expectUnavailable(v.verify(token));
      jwks.discovery = { issuer, jwks_uri: `${jwks.url}/certs` };
      await expect(v.verify(token)).resolves.toBeDefined();
    });

    it('fails closed when the discovery document cannot be read', async () => {
      const issuer = jwks.url;
      const token = await sign(key, { iss: issuer });
      await jwks.stop();
      await expectUnavailable(discovering(issuer).verify(token));
    });
  });
});
