// For unit tests: keys made here and a JWKS served on loopback, so the real
// jose remote key set (fetching, caching, rotation, timeouts) is exercised.
// Integration tests use the real Keycloak instead.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT, type JWTPayload } from 'jose';

export const ISSUER = 'https://idp.test/realms/inspectorate';
export const AUDIENCE = 'inspectorate-api';

export interface TestKey {
  kid: string;
  alg: 'RS256' | 'ES256' | 'PS256';
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  publicJwk: JWK;
}

export async function makeKey(kid: string, alg: TestKey['alg'] = 'RS256'): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, privateKey, publicJwk };
}

const now = () => Math.floor(Date.now() / 1000);

/** A signed access token like Keycloak's, with claims overridable. */
export async function sign(key: TestKey, claims: JWTPayload = {}): Promise<string> {
  return new SignJWT({
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'user-1',
    iat: now(),
    exp: now() + 300,
    preferred_username: 'inspecteur',
    name: 'Ilse de Inspecteur',
    azp: 'inspectorate-frontend',
    realm_access: { roles: ['inspecteur', 'default-roles-inspectorate'] },
    ...claims,
  })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .sign(key.privateKey);
}

/** A JWKS endpoint whose keys, status and delay a test can change. */
export class JwksServer {
  keys: TestKey[] = [];
  status = 200;
  delayMs = 0;
  requests = 0;
  discovery: Record<string, unknown> | null = null;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests += 1;
      setTimeout(() => {
        if (req.url === '/.well-known/openid-configuration' && this.discovery) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(this.discovery));
          return;
        }
        res.writeHead(this.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: this.keys.map((k) => k.publicJwk) }));
      }, this.delayMs);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
