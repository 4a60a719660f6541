import type { TemplateContent } from './template';

/**
 * The Dutch default letters of a bestuursonderzoek, in our own words: the
 * announcement with the kader's board standards, the conceptrapport (hoor en
 * wederhoor) and the vastgesteld rapport with its vervolgtoezicht. To the
 * board; a bestuursonderzoek has no directie to send an afschrift to.
 */
const SIGNATORY = { name: 'ir. R. Pol', role: 'Directeur toezicht besturen' };

const VRAGEN = `# Vragen?
Heeft u vragen over deze brief? Neem dan contact op met Klantcontact van de inspectie, telefoon 088-6696060 (werkdagen 9.00-12.00 en 13.00-16.00 uur). Vermeld daarbij het kenmerk @kenmerk@.`;

export const BESTUURSONDERZOEK_TEMPLATES: Record<string, TemplateContent> = {
  'bestuursonderzoek-aankondiging': {
    description: 'De aankondiging van het vierjaarlijkse bestuursonderzoek, met de standaarden.',
    subject: 'Aankondiging bestuursonderzoek @bestuursnaam@ (@bestuursnummer@)',
    placeholders: ['bestuursnaam', 'bestuursnummer', 'kader', 'standaarden'],
    signatory: SIGNATORY,
    body: `Geacht bestuur van @bestuursnaam@,

Eens in de vier jaar onderzoeken wij elk bestuur. Met deze brief kondigen wij het bestuursonderzoek bij uw bestuur (@bestuursnummer@) aan.

# Wat wij onderzoeken
Wij onderzoeken of u de kwaliteit van het onderwijs op uw scholen goed bewaakt en verbetert, en of het financieel beheer op orde is. Wij beoordelen dat volgens het @kader@, op de standaarden @standaarden@.

# Verificatie op scholen
Op een aantal van uw scholen gaan wij na of het beeld dat u van de kwaliteit heeft klopt. Welke scholen dat zijn, bespreken wij met u in het eerste gesprek.

${VRAGEN}`,
  },

  'bestuursonderzoek-conceptrapport': {
    description:
      'Het conceptrapport van een bestuursonderzoek, met de termijn voor een zienswijze.',
    subject: 'Conceptrapport bestuursonderzoek @bestuursnaam@ (@bestuursnummer@)',
    placeholders: ['bestuursnaam', 'bestuursnummer', 'eindoordeel', 'termijn_zienswijze'],
    signatory: SIGNATORY,
    body: `Geacht bestuur van @bestuursnaam@,

Wij hebben het bestuursonderzoek bij uw bestuur afgerond. Bij deze brief vindt u het conceptrapport, met onze oordelen per standaard en het eindoordeel @eindoordeel@.

# Hoor en wederhoor
Het rapport is nog een concept. U kunt vóór @termijn_zienswijze@ schriftelijk reageren (zienswijze). Wij wegen uw zienswijze mee voordat wij het rapport vaststellen.

${VRAGEN}`,
  },

  'bestuursonderzoek-rapport': {
    description:
      'Het vastgestelde rapport van een bestuursonderzoek, met het vervolgtoezicht en de publicatiedatum.',
    subject: 'Rapport bestuursonderzoek @bestuursnaam@ (@bestuursnummer@) vastgesteld',
    placeholders: ['bestuursnaam', 'bestuursnummer', 'eindoordeel', 'vervolg', 'publicatiedatum'],
    signatory: SIGNATORY,
    body: `Geacht bestuur van @bestuursnaam@,

Wij hebben het rapport van het bestuursonderzoek bij uw bestuur vastgesteld. U vindt het bij deze brief. Het eindoordeel is @eindoordeel@.

# Vervolg
@vervolg@

# Publicatie
Wij publiceren het rapport op @publicatiedatum@ op onze website, in de vijfde week na de vaststelling.

${VRAGEN}`,
  },
};
