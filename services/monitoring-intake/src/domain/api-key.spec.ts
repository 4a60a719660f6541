import { fingerprint, issueKey, parseKey, verifySecret } from './api-key';

describe('provider API keys', () => {
  it('issues mip_<keyId>_<secret>, stores only a scrypt hash, and verifies the secret', async () => {
    const key = await issueKey();
    expect(key.apiKey).toMatch(/^mip_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(key.hash.startsWith('scrypt$')).toBe(true);
    expect(key.hash).not.toContain(key.apiKey.slice(21));
    const parsed = parseKey(key.apiKey)!;
    expect(parsed.keyId).toBe(key.keyId);
    expect(await verifySecret(parsed.secret, key.hash)).toBe(true);
    expect(
      await verifySecret(
        parsed.secret.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        key.hash,
      ),
    ).toBe(false);
  });

  it('salts: two keys never share a hash', async () => {
    const [a, b] = await Promise.all([issueKey(), issueKey()]);
    expect(a.hash).not.toBe(b.hash);
    expect(fingerprint(a.apiKey)).not.toBe(fingerprint(b.apiKey));
  });

  it.each([
    '',
    'nonsense',
    'mip_xyz_abc',
    'mip_0123456789abcdef_short',
    'sk_0123456789abcdef_' + 'a'.repeat(43),
  ])('does not parse %j', (text) => {
    expect(parseKey(text)).toBeNull();
  });

  it('keeps a secret that contains underscores intact', () => {
    const secret = 'a_b-c'.padEnd(43, '_');
    expect(parseKey(`mip_0123456789abcdef_${secret}`)).toEqual({
      keyId: '0123456789abcdef',
      secret,
    });
  });

  it('refuses a stored hash in another scheme', async () => {
    expect(await verifySecret('x', 'bcrypt$whatever')).toBe(false);
  });
});
