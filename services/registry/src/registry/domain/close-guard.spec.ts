import { refuseCompleteList } from './close-guard';

describe('refuseCompleteList', () => {
  it('refuses a list that applies no row, even when nothing is open', () => {
    expect(refuseCompleteList(0, 100_000, [], 0.1)).toMatch(
      /none of the 100000 rows could be applied/,
    );
    expect(refuseCompleteList(0, 3, [{ what: 'boards', open: 8, wouldClose: 8 }], 1)).not.toBe(
      null,
    );
  });

  it('refuses a list that would close more than the allowed share of a scope, naming it', () => {
    const reason = refuseCompleteList(
      40,
      40,
      [
        { what: 'schools', open: 100, wouldClose: 5 },
        { what: 'vestigingen', open: 200, wouldClose: 150 },
      ],
      0.1,
    );
    expect(reason).toMatch(/close 150 of the 200 open vestigingen \(75%, more than the 10%/);
    expect(reason).toMatch(/REGISTRY_MAX_CLOSE_SHARE/);
  });

  it('lets through a list that closes up to the share, and a first load', () => {
    expect(refuseCompleteList(90, 90, [{ what: 'boards', open: 100, wouldClose: 10 }], 0.1)).toBe(
      null,
    );
    expect(refuseCompleteList(5, 5, [{ what: 'boards', open: 0, wouldClose: 0 }], 0.1)).toBe(null);
    expect(refuseCompleteList(1, 1, [{ what: 'boards', open: 4, wouldClose: 3 }], 1)).toBe(null);
  });
});
