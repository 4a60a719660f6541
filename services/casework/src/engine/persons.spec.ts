import type { Actor as TokenActor } from '@inspectorate/auth';
import { currentPerson, homeAddressOf, knownPersonsOf, withRequestActor } from './persons';
import { tokenPerson as person } from './testing/token-person';

describe('persons known to a case (for the personal-data gate)', () => {
  it('knows the person of the request by the name of their token, not a machine or a nameless token', () => {
    expect(currentPerson()).toBeUndefined();
    const femke = person('fdijkstra', 'Femke Dijkstra', ['inspecteur']);
    expect(withRequestActor(() => femke, currentPerson)).toEqual({
      username: 'fdijkstra',
      name: 'Femke Dijkstra',
      role: 'inspecteur',
    });
    const klant = person('kc1', 'Kees Klant', ['klantcontact']);
    expect(withRequestActor(() => klant, currentPerson)?.role).toBe('overig');
    // Without a name claim the actor's name is its user name: no name to keep.
    expect(withRequestActor(() => person('x1', 'x1', ['inspecteur']), currentPerson)).toBe(
      undefined,
    );
    const client: TokenActor = { ...femke, kind: 'client', clientId: 'partner-demo' };
    expect(withRequestActor(() => client, currentPerson)).toBeUndefined();
  });

  it('lists who acted, the reporter and the complainant, each name once', () => {
    expect(
      knownPersonsOf({
        persons: [
          { username: 'fdijkstra', name: 'Femke Dijkstra', role: 'inspecteur' },
          { username: 'fd2', name: 'Femke Dijkstra', role: 'inspecteur' },
        ],
        facts: { reporterName: 'Piet Melder', klagerNaam: ' Joke de Wit ', category: 'x' },
      }),
    ).toEqual([
      { role: 'inspecteur', name: 'Femke Dijkstra' },
      { role: 'melder', name: 'Piet Melder' },
      { role: 'klager', name: 'Joke de Wit' },
    ]);
    expect(knownPersonsOf({})).toEqual([]);
  });

  it("gives the complainant's home address from the lines the case keeps for letters", () => {
    expect(
      knownPersonsOf({
        facts: { klagerNaam: 'Joke de Wit', klagerAdres: 'Lindelaan 7 bis\n3581 kb  Utrecht' },
      }),
    ).toEqual([
      {
        role: 'klager',
        name: 'Joke de Wit',
        address: { street: 'Lindelaan', houseNumber: '7', postcode: '3581KB' },
      },
    ]);
    // No address kept, or none that is a home: the name alone.
    expect(knownPersonsOf({ facts: { klagerNaam: 'Joke de Wit', klagerAdres: '' } })).toEqual([
      { role: 'klager', name: 'Joke de Wit' },
    ]);
    expect(homeAddressOf(['Postbus 2730', '3500 GS Utrecht'])).toBeUndefined();
    expect(homeAddressOf(['Utrecht'])).toBeUndefined();
    expect(homeAddressOf(['Laan van Meerdervoort 1200-b', '2555 AB Den Haag'])).toEqual({
      street: 'Laan van Meerdervoort',
      houseNumber: '1200',
      postcode: '2555AB',
    });
    expect(homeAddressOf(['Kerkweg 3'])).toEqual({ street: 'Kerkweg', houseNumber: '3' });
    expect(homeAddressOf(['2e Hugo de Grootstraat 12 hs'])).toMatchObject({
      street: '2e Hugo de Grootstraat',
      houseNumber: '12',
    });
  });
});
