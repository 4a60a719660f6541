import { defineCollection } from '@inspectorate/persistence';
import { Cases } from './collections';
import { RETIRED_CASE_INDEXES } from './retired-indexes';

describe('retired indexes of cases', () => {
  it('are the ones cases drops at start, none of them still declared', () => {
    expect(RETIRED_CASE_INDEXES.length).toBeGreaterThan(0);
    expect(Cases.retiredIndexes).toEqual(RETIRED_CASE_INDEXES);
    const declared = Cases.schema.indexes().map(([keys]) => JSON.stringify(Object.entries(keys)));
    for (const keys of RETIRED_CASE_INDEXES)
      expect(declared).not.toContain(JSON.stringify(Object.entries(keys)));
  });

  it('cannot be declared and retired at once (it would be dropped and built at every start)', () => {
    expect(() =>
      defineCollection({
        name: 'cases',
        fields: { _id: String },
        indexes: [{ queue: 1, _id: 1 }],
        retiredIndexes: [{ queue: 1, _id: 1 }],
      }),
    ).toThrow('collection cases: index {"queue":1,"_id":1} is both declared and retired');
  });
});
