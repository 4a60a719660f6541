import type { TemplateContent } from './template';

/**
 * The Dutch default letters of a kwaliteitsonderzoek, in our own words: the
 * conceptrapport (hoor en wederhoor) and the vastgesteld rapport with its
 * consequences and publication date. To the board, afschrift to the directie.
 */
const SIGNATORY = { name: 'ir. R. Pol', role: 'Directeur toezicht voortgezet onderwijs' };

const VRAGEN = `# Vragen?
Heeft u vragen over deze brief? Neem dan contact op met Klantcontact van de inspectie, telefoon 088-6696060 (werkdagen 9.00-12.00 en 13.00-16.00 uur). Vermeld daarbij het kenmerk @kenmerk@.`;

export const KWALITEITSONDERZOEK_TEMPLATES: Record<string, TemplateContent> = {
  'kwaliteitsonderzoek-conceptrapport': {
    description:
      'Het conceptrapport van een kwaliteitsonderzoek, met de termijn voor een zienswijze.',
    subject: 'Conceptrapport kwaliteitsonderzoek @schoolnaam@ (@brin|vest@)',
    placeholders: ['bestuursnaam', 'schoolnaam', 'brin|vest', 'eindoordeel', 'termijn_zienswijze'],
    signatory: SIGNATORY,
    body: `Geacht bestuur van @bestuursnaam@,

Wij hebben een kwaliteitsonderzoek gedaan bij @schoolnaam@ (@brin|vest@). Bij deze brief vindt u het conceptrapport, met onze oordelen per standaard en het eindoordeel @eindoordeel@.

# Hoor en wederhoor
Het rapport is nog een concept. U kunt vóór @termijn_zienswijze@ schriftelijk reageren (zienswijze). Wij wegen uw zienswijze mee voordat wij het rapport vaststellen.

${VRAGEN}`,
  },

  'kwaliteitsonderzoek-rapport': {
    description:
      'Het vastgestelde rapport van een kwaliteitsonderzoek, met het vervolg en de publicatiedatum.',
    subject: 'Rapport kwaliteitsonderzoek @schoolnaam@ (@brin|vest@) vastgesteld',
    placeholders: [
      'bestuursnaam',
      'schoolnaam',
      'brin|vest',
      'eindoordeel',
      'vervolg',
      'publicatiedatum',
    ],
    signatory: SIGNATORY,
    body: `Geacht bestuur van @bestuursnaam@,

Wij hebben het rapport van ons kwaliteitsonderzoek bij @schoolnaam@ (@brin|vest@) vastgesteld. U vindt het bij deze brief. Het eindoordeel is @eindoordeel@.

# Vervolg
@vervolg@

# Publicatie
Wij publiceren het rapport op @publicatiedatum@ op onze website, in de vijfde week na de vaststelling.

${VRAGEN}`,
  },
};
