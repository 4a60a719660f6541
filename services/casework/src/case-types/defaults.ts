import type { CaseTypeDefinition } from './case-type';

export const BUREAUONDERZOEK_MSV = 'bureauonderzoek-monitoring-sociale-veiligheid';

/** Status codes of the monitoring bureauonderzoek, used by the flow. */
export const MsvStatus = {
  opened: 'geopend',
  hoorEnWederhoor: 'hoor-en-wederhoor',
  reportAdopted: 'rapport-vastgesteld',
  escalated: 'geescaleerd',
  closed: 'afgesloten',
} as const;

/**
 * The case types casework starts with. Loaded into the catalogue at start
 * when that version is missing; the inspectorate adds versions (and types)
 * through the API, never by editing these.
 */
export const DEFAULT_CASE_TYPES: CaseTypeDefinition[] = [
  {
    code: BUREAUONDERZOEK_MSV,
    version: 1,
    name: 'Bureauonderzoek monitoring sociale veiligheid',
    description:
      "Desk investigation opened when a vestiging's monitoring results did not arrive before the deadline; " +
      'leads to a herstelopdracht to the board to deliver them.',
    statuses: [
      { code: MsvStatus.opened, name: 'Geopend' },
      { code: MsvStatus.hoorEnWederhoor, name: 'Conceptrapport verstuurd, hoor en wederhoor' },
      { code: MsvStatus.reportAdopted, name: 'Rapport vastgesteld, herstelopdracht loopt' },
      { code: MsvStatus.escalated, name: 'Herstelopdracht niet voldaan, bij coördinator' },
      { code: MsvStatus.closed, name: 'Afgesloten' },
    ],
    results: [
      { code: 'voldaan', name: 'Herstelopdracht voldaan' },
      { code: 'niet-voldaan', name: 'Herstelopdracht niet voldaan' },
      { code: 'ingetrokken', name: 'Ingetrokken' },
    ],
    terms: { zienswijze: 'P14D' },
    suspendable: true,
    extendable: true,
    confidentiality: 'intern',
    legalBasis: {
      po: 'artikel 4c, eerste lid, Wet op het primair onderwijs',
      so: 'artikel 4a, eerste lid, Wet op de expertisecentra',
      vso: 'artikel 4a, eerste lid, Wet op de expertisecentra',
      vo: 'artikel 3.40, eerste lid onder b en vierde lid, Wet voortgezet onderwijs 2020',
    },
    escalationQueue: 'coordinators',
  },
  {
    code: 'melding',
    version: 1,
    name: 'Melding',
    description: 'A signal about a school from a parent, pupil, staff member or citizen.',
    statuses: [
      { code: 'ontvangen', name: 'Ontvangen' },
      { code: 'in-behandeling', name: 'In behandeling' },
      { code: 'afgehandeld', name: 'Afgehandeld' },
    ],
    results: [
      { code: 'doorgezet', name: 'Doorgezet naar toezicht' },
      { code: 'geregistreerd', name: 'Geregistreerd als signaal' },
    ],
    terms: { afhandeling: 'P6W' },
    suspendable: false,
    extendable: true,
    confidentiality: 'intern',
    legalBasis: {},
    escalationQueue: null,
  },
  {
    code: 'klacht',
    version: 1,
    name: 'Klacht over de inspectie',
    description: 'A complaint about the inspectorate itself (Awb hoofdstuk 9).',
    statuses: [
      { code: 'ontvangen', name: 'Ontvangen' },
      { code: 'hoorzitting', name: 'Hoorzitting' },
      { code: 'afgehandeld', name: 'Afgehandeld' },
    ],
    results: [
      { code: 'gegrond', name: 'Gegrond' },
      { code: 'ongegrond', name: 'Ongegrond' },
    ],
    terms: { afhandeling: 'P6W', verdaging: 'P4W' },
    suspendable: false,
    extendable: true,
    confidentiality: 'intern',
    legalBasis: {},
    escalationQueue: null,
  },
  {
    code: 'vertrouwensdossier',
    version: 1,
    name: 'Vertrouwensdossier',
    description:
      'A report to a vertrouwensinspecteur (sexual abuse, radicalisation, discrimination, bullying).',
    statuses: [
      { code: 'ontvangen', name: 'Ontvangen' },
      { code: 'in-behandeling', name: 'In behandeling' },
      { code: 'gesloten', name: 'Gesloten' },
    ],
    results: [{ code: 'afgehandeld', name: 'Afgehandeld' }],
    terms: {},
    suspendable: true,
    extendable: true,
    confidentiality: 'vertrouwelijk',
    legalBasis: {},
    escalationQueue: null,
  },
  {
    // Version 2 replaces the placeholder of version 1 with the Awb chapter 9
    // procedure (flows/klacht): the 10-week term of 9:11 with an advisory
    // committee, the one adjournment of at most 4 weeks, the completion term.
    code: 'klacht',
    version: 2,
    name: 'Klacht over de inspectie',
    description:
      "A complaint about the inspectorate's own conduct, addressed to the inspecteur-generaal (Awb hoofdstuk 9).",
    statuses: [
      { code: 'ontvangen', name: 'Ontvangen' },
      { code: 'aanvulling-gevraagd', name: 'Onvolledig, aanvulling gevraagd (Awb 9:4, 4:5)' },
      { code: 'in-behandeling', name: 'In behandeling bij de klachtadviescommissie' },
      { code: 'hoorzitting-gepland', name: 'Hoorzitting gepland (Awb 9:10)' },
      { code: 'termijn-verstreken', name: 'Afhandeltermijn verstreken, bij coördinator' },
      { code: 'afgehandeld', name: 'Afgehandeld' },
    ],
    results: [
      { code: 'gegrond', name: 'Gegrond' },
      { code: 'deels-gegrond', name: 'Deels gegrond' },
      { code: 'ongegrond', name: 'Ongegrond' },
      { code: 'niet-aangevuld', name: 'Niet behandeld: niet tijdig aangevuld (Awb 4:5)' },
      {
        code: 'niet-behandeld-9-8',
        name: 'Niet behandeld: Awb 9:8 (ouder dan een jaar, of bezwaar of beroep open)',
      },
      { code: 'ingetrokken', name: 'Ingetrokken of naar tevredenheid opgelost (Awb 9:5)' },
    ],
    terms: {
      ontvangstbevestiging: 'P2W',
      aanvulling: 'P2W',
      afhandeling: 'P10W',
      verdaging: 'P4W',
    },
    suspendable: false,
    extendable: false,
    confidentiality: 'intern',
    legalBasis: {},
    escalationQueue: 'coordinators',
  },
  {
    code: 'kwaliteitsonderzoek',
    version: 1,
    name: 'Kwaliteitsonderzoek',
    description:
      'A quality investigation of a school (bij risico, steekproef, na signalen, herstelonderzoek): judgments per standard of the onderzoekskader, conceptrapport, hoor en wederhoor, vastgesteld rapport and its consequences (flows/kwaliteitsonderzoek).',
    statuses: [
      { code: 'onderzoek', name: 'Onderzoek loopt' },
      { code: 'hoor-en-wederhoor', name: 'Conceptrapport verstuurd, hoor en wederhoor' },
      { code: 'herstelopdracht', name: 'Rapport vastgesteld, herstelopdracht loopt' },
      { code: 'verscherpt-toezicht', name: 'Rapport vastgesteld, verscherpt toezicht' },
      { code: 'vervolg', name: 'Termijn verstreken: herstelonderzoek of vervolg nodig' },
      { code: 'afgesloten', name: 'Afgesloten' },
    ],
    results: [
      { code: 'afgerond', name: 'Rapport vastgesteld, geen vervolg nodig' },
      { code: 'herstelonderzoek', name: 'Vervolg in een herstelonderzoek' },
      { code: 'ingetrokken', name: 'Ingetrokken' },
    ],
    terms: { zienswijze: 'P2W', herstelopdracht: 'P1Y', 'verscherpt-toezicht': 'P1Y' },
    suspendable: true,
    extendable: false,
    confidentiality: 'intern',
    legalBasis: {},
    escalationQueue: 'inspecteurs',
  },
  {
    code: 'bestuursonderzoek',
    version: 1,
    name: 'Bestuursonderzoek',
    description:
      "The four-yearly investigation of a board (seed 001): its steering on quality and financial management against the kader's board standards (BKA), with verificatie-activiteiten at some of its schools (each a linked kwaliteitsonderzoek), conceptrapport, hoor en wederhoor, vastgesteld rapport and vervolgtoezicht where something must be repaired (flows/bestuursonderzoek).",
    statuses: [
      { code: 'onderzoek', name: 'Aangekondigd, onderzoek loopt' },
      { code: 'hoor-en-wederhoor', name: 'Conceptrapport verstuurd, hoor en wederhoor' },
      {
        code: 'herstelopdracht',
        name: 'Rapport vastgesteld, vervolgtoezicht (herstelopdracht) loopt',
      },
      { code: 'verscherpt-toezicht', name: 'Rapport vastgesteld, verscherpt toezicht' },
      { code: 'vervolg', name: 'Termijn verstreken: vervolgonderzoek nodig' },
      { code: 'afgesloten', name: 'Afgesloten' },
    ],
    results: [
      { code: 'afgerond', name: 'Rapport vastgesteld, geen vervolgtoezicht nodig' },
      { code: 'herstelonderzoek', name: 'Vervolg in een herstelonderzoek' },
      { code: 'ingetrokken', name: 'Ingetrokken' },
    ],
    terms: { zienswijze: 'P2W', herstelopdracht: 'P1Y', 'verscherpt-toezicht': 'P1Y' },
    suspendable: true,
    extendable: false,
    confidentiality: 'intern',
    legalBasis: {},
    escalationQueue: 'inspecteurs',
  },
  {
    code: 'handmatige-analyse',
    version: 1,
    name: 'Handmatige analyse',
    description:
      "A manual analysis of a vestiging or board that risk-analysis's yearly analysis flagged (RiskFlagged), with its explanation; the analyst decides what follows (flows/handmatige-analyse).",
    statuses: [
      { code: 'te-analyseren', name: 'Te analyseren (coördinatoren)' },
      { code: 'afgesloten', name: 'Besloten' },
    ],
    results: [
      { code: 'geen-vervolg', name: 'Geen vervolg' },
      { code: 'gesprek-bestuur', name: 'Gesprek met het bestuur' },
      { code: 'onderzoek', name: 'Onderzoek geopend (kwaliteitsonderzoek of bestuursonderzoek)' },
    ],
    terms: { analyse: 'P6W' },
    suspendable: true,
    extendable: true,
    confidentiality: 'intern',
    legalBasis: {},
    escalationQueue: 'coordinators',
  },
];
