import { randomBytes } from 'node:crypto';
import { FixedClock } from '@inspectorate/scheduling';
import { InMemoryStore } from '@inspectorate/testing';
import {
  CountPublications,
  CountedMonths,
  Counts,
  Destructions,
  DossierReads,
  Dossiers,
} from './dossier';
import { VertrouwensDossiers } from './dossiers.usecase';
import { FieldCipher, Sealer } from './field-cipher';
import { AnonymousCounts, KeyRotation, Retention } from './maintenance.usecase';

export const newKey = () => randomBytes(32).toString('base64');

/** A sealer over a cipher the test may swap (a rotation). */
export class TestSealer extends Sealer {
  constructor(public current: FieldCipher) {
    super();
  }
  cipher(): FieldCipher {
    return this.current;
  }
}

/** The vertrouwensdossiers on in-memory stores, a fixed clock and one key `k1`. */
export function newVertrouwens(now = '2026-03-10T09:00:00Z', retention = 'P5Y') {
  const clock = new FixedClock(now);
  const k1 = newKey();
  const sealer = new TestSealer(FieldCipher.fromConfig(`k1:${k1}`, 'k1'));
  const stores = {
    dossiers: new InMemoryStore(Dossiers),
    reads: new InMemoryStore(DossierReads),
    counts: new InMemoryStore(Counts),
    publications: new InMemoryStore(CountPublications),
    months: new InMemoryStore(CountedMonths),
    destructions: new InMemoryStore(Destructions),
  };
  const settings = { retention };
  return {
    clock,
    k1,
    sealer,
    stores,
    dossiers: new VertrouwensDossiers(stores.dossiers, stores.reads, sealer, clock, settings),
    rotation: new KeyRotation(stores.dossiers, stores.reads, sealer),
    counts: new AnonymousCounts(
      stores.dossiers,
      stores.counts,
      stores.publications,
      stores.months,
      clock,
    ),
    retention: new Retention(
      stores.dossiers,
      stores.reads,
      stores.months,
      stores.destructions,
      clock,
      settings,
    ),
  };
}
