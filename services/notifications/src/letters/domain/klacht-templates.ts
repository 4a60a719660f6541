import type { TemplateContent } from './template';

/**
 * The Dutch default letters of a complaint about the inspectorate (Awb
 * hoofdstuk 9), in our own words. They go to the complainant (a person, not
 * a board) and are signed for the inspecteur-generaal, to whom a complaint is
 * addressed. casework supplies `naam_klager` and `datum_klacht` with every
 * one of them.
 */
const SIGNATORY = { name: 'drs. H. van Dam', role: 'Inspecteur-generaal van het Onderwijs' };

const VRAGEN = `# Vragen?
Heeft u vragen over deze brief? Neem dan contact op met Klantcontact van de inspectie, telefoon 088-6696060 (werkdagen 9.00-12.00 en 13.00-16.00 uur). Vermeld daarbij het kenmerk @kenmerk@.`;

const OMBUDSMAN = `# Niet tevreden?
Bent u het niet eens met de manier waarop wij uw klacht hebben behandeld, of met de uitkomst? Dan kunt u zich wenden tot de Nationale ombudsman. Dat kan binnen een jaar na deze brief, via www.nationaleombudsman.nl of telefonisch op 0800-3354555. De Nationale ombudsman behandelt uw klacht pas nadat wij die zelf hebben afgehandeld; dat is met deze brief gebeurd.`;

export const KLACHT_TEMPLATES: Record<string, TemplateContent> = {
  'klacht-ontvangstbevestiging': {
    description:
      'Schriftelijke bevestiging van de ontvangst van een klacht over de inspectie (Awb 9:6).',
    subject: 'Ontvangstbevestiging van uw klacht van @datum_klacht@',
    placeholders: ['naam_klager', 'datum_klacht', 'deadline_afhandeling'],
    signatory: SIGNATORY,
    body: `Geachte @naam_klager@,

Op @datum_klacht@ hebben wij uw klacht over de inspectie ontvangen. Met deze brief bevestigen wij dat.

# Hoe gaat het verder?
Een onafhankelijke klachtadviescommissie bekijkt uw klacht en adviseert de inspecteur-generaal. U krijgt de gelegenheid uw klacht toe te lichten in een gesprek (hoorzitting); ook de medewerker over wie u klaagt wordt gehoord. U hoort vóór @deadline_afhandeling@ hoe wij over uw klacht oordelen. Lukt dat niet, dan laten wij u dat vóór die datum weten, met de reden.

${VRAGEN}`,
  },

  'klacht-aanvulling': {
    description:
      'Het klaagschrift is onvolledig (Awb 9:4): verzoek het binnen een termijn aan te vullen.',
    subject: 'Uw klacht van @datum_klacht@: aanvulling nodig',
    placeholders: ['naam_klager', 'datum_klacht', 'ontbreekt', 'termijn_aanvulling'],
    signatory: SIGNATORY,
    body: `Geachte @naam_klager@,

Op @datum_klacht@ hebben wij uw klacht over de inspectie ontvangen. Met deze brief bevestigen wij dat. Wij kunnen uw klacht nog niet in behandeling nemen, omdat er iets ontbreekt.

# Wat ontbreekt
Een klacht moet ondertekend zijn en ten minste uw naam en adres, de datum en een omschrijving van de gedraging bevatten (artikel 9:4 van de Algemene wet bestuursrecht). In uw klacht ontbreekt: @ontbreekt@.

# Wat wij u vragen
Stuur ons de ontbrekende gegevens vóór @termijn_aanvulling@, met vermelding van het kenmerk van deze brief. Zolang uw klacht niet volledig is, loopt de termijn waarin wij haar afhandelen niet door. Ontvangen wij de aanvulling niet op tijd, dan nemen wij uw klacht niet in behandeling (artikel 4:5 van de Algemene wet bestuursrecht).

${VRAGEN}`,
  },

  'klacht-niet-behandeld': {
    description: 'De klacht wordt niet behandeld (niet aangevuld, of Awb 9:8), met de reden.',
    subject: 'Uw klacht van @datum_klacht@ wordt niet behandeld',
    placeholders: ['naam_klager', 'datum_klacht', 'reden'],
    signatory: SIGNATORY,
    body: `Geachte @naam_klager@,

Op @datum_klacht@ hebben wij uw klacht over de inspectie ontvangen. Met deze brief laten wij u weten dat wij uw klacht niet behandelen volgens de klachtprocedure.

# Waarom niet
@reden@

# Wat u kunt doen
Hebt u nieuwe gegevens, of denkt u dat wij ons vergissen? Neem dan contact met ons op. U kunt zich ook wenden tot de Nationale ombudsman, via www.nationaleombudsman.nl of telefonisch op 0800-3354555.

${VRAGEN}`,
  },

  'klacht-verdaging': {
    description: 'De afhandeling van de klacht wordt eenmaal verdaagd (Awb 9:11, tweede lid).',
    subject: 'Uw klacht van @datum_klacht@: meer tijd nodig',
    placeholders: ['naam_klager', 'datum_klacht', 'deadline_afhandeling', 'reden_verdaging'],
    signatory: SIGNATORY,
    body: `Geachte @naam_klager@,

Op @datum_klacht@ hebben wij uw klacht over de inspectie ontvangen. Wij hebben meer tijd nodig om haar zorgvuldig af te handelen dan de tien weken die de wet daarvoor geeft.

# Waarom
@reden_verdaging@

# Nieuwe termijn
Wij verdagen de afhandeling eenmaal, met ten hoogste vier weken (artikel 9:11, tweede lid, van de Algemene wet bestuursrecht). U hoort vóór @deadline_afhandeling@ hoe wij over uw klacht oordelen. Langer uitstel is alleen mogelijk als u daar schriftelijk mee instemt.

${VRAGEN}`,
  },

  'klacht-uitkomst': {
    description:
      'De afhandeling van de klacht: het oordeel met de motivering en de route naar de Nationale ombudsman (Awb 9:12).',
    subject: 'Afhandeling van uw klacht van @datum_klacht@',
    placeholders: ['naam_klager', 'datum_klacht', 'oordeel', 'motivering', 'conclusies'],
    signatory: SIGNATORY,
    body: `Geachte @naam_klager@,

Op @datum_klacht@ hebben wij uw klacht over de inspectie ontvangen. In deze brief leest u hoe wij uw klacht hebben onderzocht en hoe wij erover oordelen.

# Ons oordeel
Wij vinden uw klacht @oordeel@.

# Waarom
@motivering@

# Conclusies
@conclusies@

${OMBUDSMAN}

${VRAGEN}`,
  },
};
