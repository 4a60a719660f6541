import { Logger, ServiceUnavailableException } from '@nestjs/common';
import { ConfiguredSealer } from './sealer';
import { FieldCipher, KeyConfigError, parseKeys } from './field-cipher';
import { newKey } from './testing';

describe('the field cipher of vertrouwensdossiers (AES-256-GCM)', () => {
  const k1 = newKey();
  const k2 = newKey();

  it('seals a value so that neither it nor its parts show, and opens it again', () => {
    const cipher = FieldCipher.fromConfig(`k1:${k1}`, 'k1');
    const sealed = cipher.seal({ name: 'Sanne Jansen', text: 'gepest in groep 7' }, 'd1:reporter');
    expect(sealed.k).toBe('k1');
    expect(JSON.stringify(sealed)).not.toMatch(/Sanne|Jansen|gepest/);
    expect(cipher.open(sealed, 'd1:reporter')).toEqual({
      name: 'Sanne Jansen',
      text: 'gepest in groep 7',
    });
    // A fresh nonce every time: the same value never seals the same way twice.
    const [a, b] = [cipher.seal('x', 'c'), cipher.seal('x', 'c')];
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it('refuses a value moved to another dossier or field, and a tampered one', () => {
    const cipher = FieldCipher.fromConfig(`k1:${k1}`, 'k1');
    const sealed = cipher.seal('geheim', 'd1:narrative');
    expect(() => cipher.open(sealed, 'd2:narrative')).toThrow();
    const ct = Buffer.from(sealed.ct, 'base64');
    ct[0] = ct[0]! ^ 1;
    expect(() => cipher.open({ ...sealed, ct: ct.toString('base64') }, 'd1:narrative')).toThrow();
  });

  it('opens what an older key sealed and re-seals it with the active key', () => {
    const old = FieldCipher.fromConfig(`k1:${k1}`, 'k1');
    const sealed = old.seal('verhaal', 'ctx');
    const rotated = FieldCipher.fromConfig(`k1:${k1},k2:${k2}`, 'k2');
    expect(rotated.isStale(sealed)).toBe(true);
    const resealed = rotated.reseal(sealed, 'ctx');
    expect(resealed.k).toBe('k2');
    expect(FieldCipher.fromConfig(`k2:${k2}`, 'k2').open(resealed, 'ctx')).toBe('verhaal');
    expect(() => FieldCipher.fromConfig(`k2:${k2}`, 'k2').open(sealed, 'ctx')).toThrow(
      'a value sealed with key k1 cannot be opened: that key is no longer configured',
    );
  });

  it('names what is wrong with the configured keys, never the key itself', () => {
    expect(() => parseKeys('k1')).toThrow(KeyConfigError);
    expect(() => parseKeys(`k1:${Buffer.alloc(16).toString('base64')}`)).toThrow(
      'key k1: must be 32 bytes (AES-256) in base64, got 16 bytes',
    );
    expect(() => parseKeys(`k1:${k1},k1:${k2}`)).toThrow('key k1 is given twice');
    expect(() => FieldCipher.fromConfig(`k1:${k1}`, 'k9')).toThrow(
      'the active key k9 is not among the configured keys (k1)',
    );
    try {
      parseKeys(`bad id:${k1}`);
    } catch (error) {
      expect(String(error)).not.toContain(k1);
    }
  });
});

describe('the configured sealer', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn']));

  it('stops the service at start on a bad key, and answers 503 without keys rather than store in clear', () => {
    expect(() => new ConfiguredSealer('k1:c2hvcnQ=', 'k1')).toThrow(KeyConfigError);
    const none = new ConfiguredSealer(undefined, undefined);
    expect(() => none.cipher()).toThrow(ServiceUnavailableException);
    expect(() => none.cipher()).toThrow('set VERTROUWENS_KEYS and VERTROUWENS_ACTIVE_KEY');
    expect(new ConfiguredSealer(`k1:${newKey()}`, 'k1').cipher().activeKeyId).toBe('k1');
  });
});
