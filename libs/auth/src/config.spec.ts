import { Type } from '@sinclair/typebox';
import { ConfigError, defineConfig } from '@inspectorate/config';
import { oidcConfigProperties, verifierOptionsFrom } from './config';

const loader = defineConfig(Type.Object(oidcConfigProperties));

describe('the OIDC config section', () => {
  it('reads the issuer, with defaults for audience, algorithms and clock skew', () => {
    const config = loader.load({ OIDC_ISSUER: 'http://127.0.0.1:18080/realms/inspectorate' });
    expect(verifierOptionsFrom(config)).toEqual({
      issuer: 'http://127.0.0.1:18080/realms/inspectorate',
      audience: 'inspectorate-api',
      algorithms: ['RS256', 'PS256', 'ES256'],
      clockToleranceSec: 30,
    });
  });

  it('takes a JWKS URL and a list of algorithms', () => {
    const config = loader.load({
      OIDC_ISSUER: 'https://login.example.nl/realms/inspectorate',
      OIDC_JWKS_URL: 'https://login.example.nl/realms/inspectorate/protocol/openid-connect/certs',
      OIDC_ALGORITHMS: 'RS256, ES384',
    });
    expect(verifierOptionsFrom(config)).toMatchObject({
      jwksUrl: 'https://login.example.nl/realms/inspectorate/protocol/openid-connect/certs',
      algorithms: ['RS256', 'ES384'],
    });
  });

  it.each([
    [{}, 'OIDC_ISSUER'],
    [{ OIDC_ISSUER: 'http://login.example.nl/realms/x' }, 'OIDC_ISSUER'],
    [{ OIDC_ISSUER: 'https://a.nl', OIDC_ALGORITHMS: 'HS256' }, 'OIDC_ALGORITHMS'],
    [{ OIDC_ISSUER: 'https://a.nl', OIDC_ALGORITHMS: 'none' }, 'OIDC_ALGORITHMS'],
    [{ OIDC_ISSUER: 'https://a.nl', OIDC_JWKS_URL: 'ftp://a.nl/keys' }, 'OIDC_JWKS_URL'],
  ])('refuses %o, naming %s', (env, variable) => {
    let error: unknown;
    try {
      loader.load(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(variable);
  });
});
