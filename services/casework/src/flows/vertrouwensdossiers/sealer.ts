import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { type FieldCipher, FieldCipher as Cipher, Sealer } from './field-cipher';

/**
 * The cipher from the configuration (VERTROUWENS_KEYS, VERTROUWENS_ACTIVE_KEY).
 * Without keys the service runs, but nothing is sealed or opened: registering
 * or reading a vertrouwensdossier answers 503 saying what is missing, rather
 * than storing content in clear.
 */
@Injectable()
export class ConfiguredSealer extends Sealer {
  private readonly log = new Logger(ConfiguredSealer.name);
  private readonly configured: FieldCipher | null;

  constructor(keys: string | undefined, activeKeyId: string | undefined) {
    super();
    this.configured = keys && activeKeyId ? Cipher.fromConfig(keys, activeKeyId) : null;
    if (!this.configured)
      this.log.warn(
        'VERTROUWENS_KEYS/VERTROUWENS_ACTIVE_KEY not set: vertrouwensdossiers are unavailable',
      );
  }

  cipher(): FieldCipher {
    if (!this.configured)
      throw new ServiceUnavailableException(
        'vertrouwensdossiers are unavailable: the service has no encryption key (set VERTROUWENS_KEYS and VERTROUWENS_ACTIVE_KEY)',
      );
    return this.configured;
  }
}
