import { expectedVestigingen, failed, tally, vestigingKey } from './tally';

const quiet = { events: { unconsumed: [] }, halfWritten: [] };

describe('the chaos check compares with the exact expected set', () => {
  // The national run's read models: April's vestigingen, August's list with
  // one new and one closed (kept with its end date, as it must be).
  const open = ['10AA00', '11AA00', '14NN00'];
  const closed = ['13AA00'];
  const intake = (docs: { _id: string; status: string; closedOn: string | null }[]) =>
    tally(
      'read model monitoring-intake.vestigingen',
      expectedVestigingen(open, closed, '2026-12-07'),
      docs.map(vestigingKey),
    );
  const asExpected = [
    { _id: '10AA00', status: 'open', closedOn: null },
    { _id: '11AA00', status: 'open', closedOn: null },
    { _id: '14NN00', status: 'open', closedOn: null },
    { _id: '13AA00', status: 'closed', closedOn: '2026-12-07' },
  ];

  it('passes a read model that holds the closed ones with their end date', () => {
    const row = intake(asExpected);
    expect(row).toMatchObject({ expected: 4, found: 4, duplicates: 0, losses: 0, extras: 0 });
    expect(failed({ rows: [row], ...quiet }, [])).toBe(false);
  });

  it('fails a run whose read model holds a record that should not exist', () => {
    // Not a duplicate and nothing lost: before, only the counts differed (6,122 vs 6,120).
    const row = intake([...asExpected, { _id: '99ZZ00', status: 'open', closedOn: null }]);
    expect(row).toMatchObject({ expected: 4, found: 5, duplicates: 0, losses: 0, extras: 1 });
    expect(row.note).toContain('99ZZ00');
    expect(failed({ rows: [row], ...quiet }, [])).toBe(true);
  });

  it('fails a closed one kept without its end date, or still open', () => {
    for (const wrong of [
      { _id: '13AA00', status: 'closed', closedOn: null },
      { _id: '13AA00', status: 'open', closedOn: null },
    ]) {
      const row = intake([...asExpected.slice(0, 3), wrong]);
      expect(row).toMatchObject({ losses: 1, extras: 1 });
      expect(failed({ rows: [row], ...quiet }, [])).toBe(true);
    }
  });

  it('expects a status only where the read model keeps no end date', () => {
    const row = tally(
      'read model casework.registry_vestigingen',
      expectedVestigingen(open, closed, null),
      [
        { _id: '10AA00', status: 'open' },
        { _id: '11AA00', status: 'open' },
        { _id: '14NN00', status: 'open' },
        { _id: '13AA00', status: 'closed' },
      ].map(vestigingKey),
    );
    expect(row).toMatchObject({ expected: 4, duplicates: 0, losses: 0, extras: 0 });
  });

  it('counts an unexpected record as extra, an expected one found twice as a duplicate', () => {
    const row = tally('monitoring cases', ['A', 'B'], ['A', 'A', 'B', 'C', 'C']);
    expect(row).toMatchObject({ expected: 2, found: 5, duplicates: 1, losses: 0, extras: 2 });
  });
});
