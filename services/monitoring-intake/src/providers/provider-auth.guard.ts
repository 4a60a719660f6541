import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import type { Actor } from '@inspectorate/auth';
import type { Request } from 'express';
import { fingerprint, parseKey, verifySecret } from '../domain/api-key';
import { ProvidersStore } from './providers.store';

export interface AuthenticatedProvider {
  providerId: string;
  /** The API key used, or null for an access token of the provider's OAuth client. */
  keyId: string | null;
  /** Who acted, for the records: `client:<client id>`, or `api-key:<key id>`. */
  by: string;
}

type WithProvider = Request & { provider?: AuthenticatedProvider; actor?: Actor };

/** How many verified keys a replica remembers (fingerprint per key id). */
const CACHE_MAX = 1000;

/**
 * Which provider is calling (used with libs/auth's `TokenOrOwnCredential`).
 * An access token of the provider's OAuth client (client credentials, role
 * instrumentaanbieder) was verified by the global guard: the provider is the
 * one registered with that client. Otherwise (ADR 0008's transition) the
 * request carries the provider's API key: `Authorization: Bearer <key>`
 * or `X-Api-Key: <key>`. The key record is read on EVERY request, so a
 * revocation takes effect at once on every replica; only the expensive
 * scrypt check is skipped for a key this replica has verified before (it
 * remembers a SHA-256 fingerprint of the full key, never the key).
 */
@Injectable()
export class ProviderAuthGuard implements CanActivate {
  private readonly verified = new Map<string, string>();

  constructor(private readonly store: ProvidersStore) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<WithProvider>();
    if (req.actor) {
      const client = req.actor.clientId;
      const mapping = client ? await this.store.clients.findById(client) : null;
      if (!mapping)
        throw new ForbiddenException({
          code: 'not-a-provider',
          message: `the client ${client ?? '(none)'} is not registered as a survey provider`,
        });
      req.provider = { providerId: mapping.providerId, keyId: null, by: `client:${client}` };
      return true;
    }
    const presented = keyFrom(req);
    if (!presented) {
      throw unauthorized(
        'missing-api-key',
        "provider requests need the provider client's access token or an API key: Authorization: Bearer <token or key>, or X-Api-Key: <key>",
      );
    }
    const parsed = parseKey(presented);
    if (!parsed) throw unauthorized('invalid-api-key', 'the API key is not valid');
    const record = await this.store.keys.findById(parsed.keyId);
    if (!record) throw unauthorized('invalid-api-key', 'the API key is not valid');
    if (record.revokedAt) throw unauthorized('revoked-api-key', 'the API key has been revoked');
    const print = fingerprint(presented);
    if (this.verified.get(record._id) !== print) {
      // The same message as an unknown key: no hint which part was wrong.
      if (!(await verifySecret(parsed.secret, record.hash)))
        throw unauthorized('invalid-api-key', 'the API key is not valid');
      if (this.verified.size >= CACHE_MAX) this.verified.clear();
      this.verified.set(record._id, print);
    }
    req.provider = {
      providerId: record.providerId,
      keyId: record._id,
      by: `api-key:${record._id}`,
    };
    return true;
  }
}

function keyFrom(req: Request): string | null {
  const auth = req.headers.authorization;
  if (auth) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return match ? match[1]! : null;
  }
  const header = req.headers['x-api-key'];
  return typeof header === 'string' && header.trim() !== '' ? header.trim() : null;
}

function unauthorized(error: string, message: string): UnauthorizedException {
  return new UnauthorizedException({ error, message });
}

/** The provider the guard authenticated. */
export const CurrentProvider = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedProvider => {
    const provider = context.switchToHttp().getRequest<WithProvider>().provider;
    if (!provider) throw new Error('CurrentProvider used on a route without ProviderAuthGuard');
    return provider;
  },
);
