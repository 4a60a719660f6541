import { BESTUURSONDERZOEK_TEMPLATES } from './bestuursonderzoek-templates';
import { KLACHT_TEMPLATES } from './klacht-templates';
import { KWALITEITSONDERZOEK_TEMPLATES } from './kwaliteitsonderzoek-templates';
import type { TemplateContent } from './template';

/**
 * The Dutch default letters of the monitoring sociale veiligheid cycle, in
 * our own words on the facts of the inspectorate's letters (DOMAIN.md, seed
 * 004). Seeded as version 1 when a template does not exist yet; the
 * inspectorate replaces them with its own through `PUT /templates/{name}`.
 */

/**
 * Signs a letter whose request names no sector; a request that names one is
 * signed by that sector's signatory from the configuration (signatories.ts).
 */
const SIGNATORY = { name: 'ir. R. Pol', role: 'Directeur toezicht voortgezet onderwijs' };

const VRAGEN = `# Vragen?
Heeft u vragen over deze brief? Neem dan contact op met Klantcontact van de inspectie, telefoon 088-6696060 (werkdagen 9.00-12.00 en 13.00-16.00 uur), of gebruik het contactformulier op onze website. Vermeld daarbij het kenmerk @kenmerk@.`;

export const DEFAULT_TEMPLATES: Record<string, TemplateContent> = {
  'herstelopdracht-monitoring': {
    description:
      'Eerste brief: geen monitoringsgegevens ontvangen; conceptrapport, hoor en wederhoor en herstelopdracht.',
    subject: 'Herstelopdracht monitoring sociale veiligheid @schoolnaam@ (@brin|vest@)',
    placeholders: [
      'bestuursnaam',
      'schoolnaam',
      'brin|vest',
      'schooljaar',
      'deadline_monitoring',
      'deadline_herstelopdracht',
      'wettelijke_grondslag',
      'termijn_zienswijze',
    ],
    signatory: SIGNATORY,
    body: `Geacht bestuur van @bestuursnaam@,

Met deze brief laten wij u weten dat de inspectie van @schoolnaam@ (@brin|vest@) geen resultaten heeft ontvangen van de monitoring sociale veiligheid van leerlingen over schooljaar @schooljaar@. Wij geven u daarom een opdracht tot herstel.

# Waarom deze brief
Vanuit de zorgplicht voor de sociale veiligheid moet iedere school minstens één keer per schooljaar meten hoe veilig leerlingen zich voelen. De school stelt de resultaten vóór @deadline_monitoring@ beschikbaar aan de inspectie, via de aanbieder van het monitoringsinstrument. De school geeft die aanbieder daarvoor opdracht of toestemming.

# Wat wij vaststellen
Uit ons bureauonderzoek blijkt dat wij de resultaten van @schoolnaam@ (@brin|vest@) over schooljaar @schooljaar@ niet hebben ontvangen. Daarmee is niet voldaan aan @wettelijke_grondslag@. Het verslag van dit onderzoek vindt u in het bijgevoegde conceptrapport.

# Hoor en wederhoor
Het rapport is nog een concept. U kunt vóór @termijn_zienswijze@ schriftelijk reageren op het conceptrapport (zienswijze). Daarna stellen wij het rapport vast.

# Opdracht tot herstel
Wij dragen u op de resultaten van de monitoring over schooljaar @schooljaar@ vóór @deadline_herstelopdracht@ alsnog aan te leveren, via de instrumentaanbieder. Ga na of uw aanbieder daarvoor opdracht en/of toestemming van de school heeft.

# Publicatie
De inspectie publiceert een lijst van besturen die deze herstelopdracht hebben gekregen, met een niet-gepersonaliseerde versie van het rapport. Daarin staat ook of de opdracht is uitgevoerd.

${VRAGEN}`,
  },

  'herstelopdracht-voldaan': {
    description:
      'Tweede brief: de gegevens zijn alsnog ontvangen; de herstelopdracht is voldaan en de zaak gesloten.',
    subject:
      'Herstelopdracht voldaan: monitoring sociale veiligheid @schoolnaam@ (@brin|vest@), schooljaar @schooljaar@',
    placeholders: [
      'bestuursnaam',
      'schoolnaam',
      'brin|vest',
      'schooljaar',
      'kenmerk_eerdere_brief',
      'wettelijke_grondslag',
    ],
    signatory: SIGNATORY,
    body: `Geacht bestuur van @bestuursnaam@,

In deze brief leest u dat wij de resultaten van de monitoring sociale veiligheid over schooljaar @schooljaar@ van @schoolnaam@ (@brin|vest@) alsnog hebben ontvangen, en dat u daarmee aan de herstelopdracht hebt voldaan.

# Aanleiding
In onze brief met kenmerk @kenmerk_eerdere_brief@ schreven wij u dat wij van @schoolnaam@ (@brin|vest@) geen resultaten van de monitoring sociale veiligheid van leerlingen over schooljaar @schooljaar@ hadden ontvangen. Bij die brief zat het conceptrapport van ons bureauonderzoek, u kreeg de gelegenheid tot hoor en wederhoor en u ontving een opdracht tot herstel.

# Herstelopdracht voldaan
De resultaten zijn inmiddels bij de inspectie binnen. Hiermee bevestig ik dat u voor @schoolnaam@ aan de herstelopdracht hebt voldaan, en daarmee ook aan @wettelijke_grondslag@.

# Vervolg
Wij hebben het onderzoek en het toezicht op dit punt afgesloten. U hoeft voor deze herstelopdracht niets meer te doen. In de lijst van besturen die deze herstelopdracht kregen, die wij op onze website publiceren, staat dat u de opdracht hebt uitgevoerd.

Denkt u eraan dat de school ook de resultaten over het lopende schooljaar op tijd, vóór de deadline van dat schooljaar, via de instrumentaanbieder moet aanleveren? Controleer of de aanbieder daarvoor opdracht en/of toestemming heeft.

${VRAGEN}`,
  },

  'herstelopdracht-niet-voldaan': {
    description:
      'Brief na de termijn: de gegevens zijn niet ontvangen; de herstelopdracht is niet voldaan en de zaak gaat naar een coördinator.',
    subject:
      'Herstelopdracht niet voldaan: monitoring sociale veiligheid @schoolnaam@ (@brin|vest@), schooljaar @schooljaar@',
    placeholders: [
      'bestuursnaam',
      'schoolnaam',
      'brin|vest',
      'schooljaar',
      'kenmerk_eerdere_brief',
      'deadline_herstelopdracht',
      'wettelijke_grondslag',
    ],
    signatory: SIGNATORY,
    body: `Geacht bestuur van @bestuursnaam@,

Met deze brief laten wij u weten dat wij de resultaten van de monitoring sociale veiligheid over schooljaar @schooljaar@ van @schoolnaam@ (@brin|vest@) ook na de herstelopdracht niet hebben ontvangen.

# Aanleiding
In onze brief met kenmerk @kenmerk_eerdere_brief@ gaven wij u de opdracht de resultaten vóór @deadline_herstelopdracht@ alsnog aan te leveren, via de instrumentaanbieder. Die termijn is verstreken zonder dat de resultaten zijn ontvangen.

# Wat dit betekent
U hebt niet voldaan aan de herstelopdracht en daarmee ook niet aan @wettelijke_grondslag@. Een coördinator van de inspectie beoordeelt welke vervolgstap nodig is; u hoort daarover van ons. In de lijst van besturen die deze herstelopdracht kregen, die wij op onze website publiceren, staat dat de opdracht niet is uitgevoerd.

Wij raden u aan de resultaten zo snel mogelijk via de instrumentaanbieder aan te leveren en na te gaan of de aanbieder daarvoor opdracht en/of toestemming heeft.

${VRAGEN}`,
  },
  'melding-ontvangstbevestiging': {
    description:
      'Ontvangstbevestiging aan wie een melding over een school deed en contactgegevens achterliet (geen vertrouwensmelding).',
    subject: 'Ontvangstbevestiging van uw melding over @schoolnaam@',
    placeholders: ['schoolnaam', 'datum_ontvangst'],
    signatory: { name: 'Klantcontact', role: 'Inspectie van het Onderwijs' },
    body: `Geachte melder,

Op @datum_ontvangst@ heeft u de inspectie een melding gedaan over @schoolnaam@. Met deze brief bevestigen wij dat wij uw melding hebben ontvangen.

# Wat wij met uw melding doen
De inspectie houdt toezicht op de kwaliteit van het onderwijs en op het bestuur van scholen. Wij nemen uw melding op als signaal over de school. Signalen wegen mee wanneer wij beoordelen of wij bij een school of bestuur nader onderzoek doen. Wij behandelen geen individuele klachten en doen geen uitspraak over uw situatie; daarom krijgt u van ons geen inhoudelijke reactie op uw melding.

# Waar u terechtkunt
Bent u er met de school nog niet uit, bespreek uw zorg dan eerst met de leraar of de schoolleiding. Lukt dat niet, dan kunt u een klacht indienen volgens de klachtenregeling van de school, of bij de klachtencommissie waarbij de school is aangesloten. Ouders & Onderwijs geeft ouders informatie en advies (telefoon 0800-5010).

Gaat uw melding over seksuele intimidatie of misbruik, geweld, discriminatie, radicalisering of pesten? Bel dan een vertrouwensinspecteur: 0900-1113111 (lokaal tarief).

${VRAGEN}`,
  },
  ...KLACHT_TEMPLATES,
  ...KWALITEITSONDERZOEK_TEMPLATES,
  ...BESTUURSONDERZOEK_TEMPLATES,
};
