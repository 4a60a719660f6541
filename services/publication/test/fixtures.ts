import { randomUUID } from 'node:crypto';
import {
  HerstelopdrachtOutcomeDetermined,
  type HerstelopdrachtOutcomeDeterminedData,
  RapportVastgesteld,
  type RapportVastgesteldData,
} from '@inspectorate/contracts';

/** A herstelopdracht outcome as casework publishes it; override what a test is about. */
export function outcome(
  overrides: Partial<HerstelopdrachtOutcomeDeterminedData> = {},
): HerstelopdrachtOutcomeDeterminedData {
  return {
    caseId: randomUUID(),
    caseType: { code: 'bureauonderzoek-monitoring-sociale-veiligheid', version: 1 },
    bevoegdGezagNummer: '41234',
    boardName: 'Stichting Openbaar Onderwijs Aan De Linge',
    brin: '12AB',
    schoolName: 'Openbare Basisschool De Schakel',
    vestigingCode: '12AB00',
    schooljaar: '2025-2026',
    outcome: 'voldaan',
    decidedOn: '2026-11-02',
    report: {
      title: 'Herstelopdracht monitoring sociale veiligheid 2025-2026',
      paragraphs: [
        'Het bestuur heeft de monitoringgegevens van schooljaar 2025-2026 na de herstelopdracht alsnog aangeleverd.',
      ],
    },
    ...overrides,
  };
}

export const outcomeEvent = (data: HerstelopdrachtOutcomeDeterminedData, id?: string) => ({
  definition: HerstelopdrachtOutcomeDetermined,
  subject: data.caseId,
  data,
  ...(id ? { id } : {}),
});

/** A vastgesteld report of a kwaliteitsonderzoek as casework publishes it (vo, two afdelingen). */
export function rapport(overrides: Partial<RapportVastgesteldData> = {}): RapportVastgesteldData {
  return {
    caseId: randomUUID(),
    caseType: { code: 'kwaliteitsonderzoek', version: 1 },
    bevoegdGezagNummer: '41234',
    boardName: 'Stichting Voortgezet Onderwijs De Linge',
    brin: '22XY',
    schoolName: 'Lingecollege',
    vestigingCode: '22XY00',
    sector: 'vo',
    aanleiding: 'risico',
    kader: { id: '2021-vo-v2', naam: 'Onderzoekskader 2021 voortgezet onderwijs', version: 2 },
    oordelen: [
      { afdeling: 'havo', standaard: 'OP3', naam: 'Didactisch handelen', oordeel: 'Onvoldoende' },
      { afdeling: 'havo', standaard: 'SK1', naam: 'Veiligheid', oordeel: 'Voldoende' },
      { afdeling: 'vwo', standaard: 'OP3', naam: 'Didactisch handelen', oordeel: 'Voldoende' },
    ],
    eindoordeel: 'Onvoldoende',
    vastgesteldOp: '2026-10-01',
    publicatiedatum: '2026-10-29',
    rapport: {
      title: 'Rapport kwaliteitsonderzoek Lingecollege',
      paragraphs: [
        'De inspectie onderzocht de kwaliteit van het onderwijs op de havo- en vwo-afdeling.',
        'Het didactisch handelen op de havo-afdeling is onvoldoende.',
      ],
    },
    zienswijze: null,
    ...overrides,
  };
}

export const rapportEvent = (data: RapportVastgesteldData, id?: string) => ({
  definition: RapportVastgesteld,
  subject: data.caseId,
  data,
  ...(id ? { id } : {}),
});
