import { DEFAULT_TEMPLATES } from './default-templates';
import { DEFAULT_SIGNATORIES, signatoriesFrom, signatoryFor } from './signatories';

describe('signatories per sector', () => {
  const defaults = signatoriesFrom({});
  const template = DEFAULT_TEMPLATES['herstelopdracht-monitoring']!;

  it('signs a po letter as the director of primary education, not of secondary', () => {
    expect(signatoryFor('po', defaults, template).role).toBe(
      'Directeur toezicht primair onderwijs en expertisecentra',
    );
    expect(signatoryFor('vo', defaults, template)).toEqual({
      name: 'ir. R. Pol',
      role: 'Directeur toezicht voortgezet onderwijs',
    });
  });

  it('takes the configured signatory of a sector, and the template’s when the request names none', () => {
    const configured = signatoriesFrom({ SIGNATORY_PO: ' dr. A. Jansen | Directeur PO ' });
    expect(signatoryFor('po', configured, template)).toEqual({
      name: 'dr. A. Jansen',
      role: 'Directeur PO',
    });
    expect(signatoryFor('mbo', configured, template).name).toBe(
      DEFAULT_SIGNATORIES.mbo.split('|')[0]!.trim(),
    );
    expect(signatoryFor(undefined, configured, template)).toEqual(template.signatory);
  });
});
