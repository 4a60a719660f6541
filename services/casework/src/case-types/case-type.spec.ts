import { type CaseTypeDefinition, endStatus, validateCaseType } from './case-type';
import { BUREAUONDERZOEK_MSV, DEFAULT_CASE_TYPES } from './defaults';

describe('case types', () => {
  it('ships valid defaults, including the monitoring bureauonderzoek with a legal basis per sector', () => {
    for (const t of DEFAULT_CASE_TYPES) expect(validateCaseType(t)).toEqual([]);
    const msv = DEFAULT_CASE_TYPES.find((t) => t.code === BUREAUONDERZOEK_MSV)!;
    expect(endStatus(msv)).toBe('afgesloten');
    expect(msv.legalBasis['vo']).toMatch(/3\.40/);
  });

  it('lists every problem of a bad definition with its path', () => {
    const bad = {
      ...DEFAULT_CASE_TYPES[0]!,
      code: 'X',
      statuses: [
        { code: 'open', name: 'Open' },
        { code: 'open', name: 'Open again' },
      ],
      terms: { zienswijze: 'two weeks' },
      confidentiality: 'geheim',
    } as unknown as CaseTypeDefinition;
    expect(validateCaseType(bad).map((i) => i.path)).toEqual([
      '/code',
      '/statuses/1/code',
      '/terms/zienswijze',
      '/confidentiality',
    ]);
  });
});
