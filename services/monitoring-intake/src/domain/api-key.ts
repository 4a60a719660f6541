import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Provider API keys: `mip_<keyId>_<secret>`. The key id is public and is how
 * a key is looked up (by _id, no scan over hashes); only a scrypt hash of the
 * secret is stored, so a database leak does not leak usable keys. The whole
 * key is shown once, when it is issued.
 */
export const KEY_PREFIX = 'mip';
const KEY_ID_BYTES = 8;
const SECRET_BYTES = 32;
// N=2^14, r=8: about 16 MiB and tens of milliseconds per check; the guard
// caches a verified key's fingerprint so a bulk client pays it once.
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const HASH_BYTES = 32;

export interface IssuedKey {
  keyId: string;
  /** The full key, to hand to the provider once. */
  apiKey: string;
  /** `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>` */
  hash: string;
}

export interface ParsedKey {
  keyId: string;
  secret: string;
}

export async function issueKey(): Promise<IssuedKey> {
  const keyId = randomBytes(KEY_ID_BYTES).toString('hex');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { keyId, apiKey: `${KEY_PREFIX}_${keyId}_${secret}`, hash: await hashSecret(secret) };
}

/** null when the text is not shaped like one of our keys. */
export function parseKey(text: string): ParsedKey | null {
  const match = /^mip_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/.exec(text.trim());
  return match ? { keyId: match[1]!, secret: match[2]! } : null;
}

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt, HASH_BYTES);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(secret, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

/** A fast fingerprint of a key already verified by scrypt, for the in-memory cache. */
export function fingerprint(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('base64');
}

function scryptAsync(
  secret: string,
  salt: Buffer,
  length: number,
  params: { N: number; r: number; p: number } = SCRYPT,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, length, { ...params, maxmem: SCRYPT.maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
