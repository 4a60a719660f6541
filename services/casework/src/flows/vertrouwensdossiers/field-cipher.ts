import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * One sealed value as it lies in the database: AES-256-GCM ciphertext with
 * its nonce and authentication tag, and the id of the key that sealed it, so
 * keys can rotate (ADR 0011). All base64.
 */
export interface Sealed {
  /** Key id. */
  k: string;
  iv: string;
  tag: string;
  ct: string;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,40}$/;

/** Why the keys in the configuration cannot be used (the service refuses to seal or open). */
export class KeyConfigError extends Error {
  override readonly name = 'KeyConfigError';
}

/**
 * Parses `VERTROUWENS_KEYS`: `id:base64,id:base64` (a key is 32 random bytes,
 * e.g. `openssl rand -base64 32`). Every problem is named, never the key.
 */
export function parseKeys(spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const [i, part] of spec.split(',').entries()) {
    const entry = part.trim();
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id))
      throw new KeyConfigError(
        `key ${i + 1}: write it as <id>:<base64 key>, the id 1-40 letters, digits, '.', '_' or '-'`,
      );
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32)
      throw new KeyConfigError(
        `key ${id}: must be 32 bytes (AES-256) in base64, got ${key.length} bytes`,
      );
    if (keys.has(id)) throw new KeyConfigError(`key ${id} is given twice`);
    keys.set(id, key);
  }
  return keys;
}

/**
 * Seals and opens the fields of a vertrouwensdossier with AES-256-GCM. A new
 * value is sealed with the active key; any configured key opens what it
 * sealed. The context (dossier id and field) is bound as additional
 * authenticated data, so a sealed value copied to another dossier or field
 * does not open.
 */
export class FieldCipher {
  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    readonly activeKeyId: string,
  ) {
    if (!keys.has(activeKeyId))
      throw new KeyConfigError(
        `the active key ${activeKeyId} is not among the configured keys (${[...keys.keys()].join(', ')})`,
      );
  }

  static fromConfig(spec: string, activeKeyId: string): FieldCipher {
    return new FieldCipher(parseKeys(spec), activeKeyId);
  }

  seal(value: unknown, context: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return {
      k: this.activeKeyId,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ct: ct.toString('base64'),
    };
  }

  open<T>(sealed: Sealed, context: string): T {
    const key = this.keys.get(sealed.k);
    if (!key)
      throw new KeyConfigError(
        `a value sealed with key ${sealed.k} cannot be opened: that key is no longer configured`,
      );
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const text = Buffer.concat([
      decipher.update(Buffer.from(sealed.ct, 'base64')),
      decipher.final(),
    ]).toString('utf8');
    return JSON.parse(text) as T;
  }

  /** Whether a value is sealed with a key other than the active one (the rotation re-seals it). */
  isStale(sealed: Sealed): boolean {
    return sealed.k !== this.activeKeyId;
  }

  reseal(sealed: Sealed, context: string): Sealed {
    return this.isStale(sealed) ? this.seal(this.open(sealed, context), context) : sealed;
  }
}

/** Where the cipher comes from: absent when no keys are configured (then nothing is sealed or opened). */
export abstract class Sealer {
  abstract cipher(): FieldCipher;
}
