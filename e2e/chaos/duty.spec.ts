import { dutiesOf } from './duty';

describe('who owes the monitoring results in the chaos run', () => {
  it("lets only April's open vestigingen stay silent, and counts the ones closed in August as missing", () => {
    const duties = dutiesOf(
      ['10AA00', '11AA00', '12AA00', '13AA00'],
      ['10AA00', '11AA00', '12AA00', '14NN00'],
    );
    expect(duties.owing).toEqual(['10AA00', '11AA00', '12AA00']);
    // Registered on the run's day, after the deadline: owes nothing that year.
    expect(duties.exempt).toEqual(['14NN00']);
    // Closed on the run's day, after the deadline: still owed, and delivers nothing.
    expect(duties.closedOwing).toEqual(['13AA00']);
  });
});
