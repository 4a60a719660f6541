import { newTestEngine } from '../../engine/testing/fakes';
import { newVertrouwens } from '../vertrouwensdossiers/testing';
import { MeldingFlow } from './flow';
import { RegisterMelding } from './register-melding.usecase';
import { MeldingSchools } from './schools';

/** Two schools, one with a vestiging, as the registry read model would know them. */
export class FakeSchools extends MeldingSchools {
  async school(brin: string) {
    return brin === '12AB'
      ? { brin, name: 'De Schakel', bevoegdGezagNummer: '41234', sector: 'po' }
      : null;
  }
  async vestiging(code: string) {
    return code === '12AB00' ? { brin: '12AB', name: 'De Schakel, locatie Noord' } : null;
  }
}

/** Meldingen on the in-memory engine and in-memory vertrouwensdossiers. */
export function newMeldingen() {
  const t = newTestEngine([new MeldingFlow()], { now: '2026-03-10T09:00:00Z' });
  const v = newVertrouwens('2026-03-10T09:00:00Z');
  return { ...t, v, register: new RegisterMelding(t.engine, new FakeSchools(), v.dossiers) };
}
