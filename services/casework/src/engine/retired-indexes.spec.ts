import { Cases } from './collections';
import { RETIRED_CASE_INDEXES } from './retired-indexes';

describe('retired indexes of cases', () => {
  it('lists no index the collection still declares (it would be dropped and built at every start)', () => {
    const declared = Cases.schema.indexes().map(([keys]) => JSON.stringify(Object.entries(keys)));
    expect(RETIRED_CASE_INDEXES.length).toBeGreaterThan(0);
    for (const keys of RETIRED_CASE_INDEXES)
      expect(declared).not.toContain(JSON.stringify(Object.entries(keys)));
  });
});
