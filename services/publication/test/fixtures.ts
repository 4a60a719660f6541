import { randomUUID } from 'node:crypto';
import {
  HerstelopdrachtOutcomeDetermined,
  type HerstelopdrachtOutcomeDeterminedData,
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
