import { addresseeLines, resolveRecipients } from './recipients';

describe('recipients of a letter to a person', () => {
  const person = {
    name: 'Mevrouw A. Jansen',
    addressLines: ['Dorpsstraat 1', '1234 AB  Ergens'],
    email: 'a.jansen@example.nl',
  };
  const board = {
    bevoegdGezagNummer: '41234',
    name: 'Stichting X',
    contactEmail: 'bestuur@example.nl',
    address: {
      straat: null,
      huisnummer: null,
      huisnummerToevoeging: null,
      postcode: null,
      plaats: null,
    },
  };

  it('goes to the person only, never to the board or as an afschrift to a directie', () => {
    const r = resolveRecipients({
      bevoegdGezagNummer: '41234',
      addressee: person,
      vestigingCode: '12AB00',
      afschriftAanDirectie: true,
      board: board as never,
      vestiging: { directieEmail: 'directie@example.nl' } as never,
    });
    expect(r).toEqual({ to: 'a.jansen@example.nl', cc: [], blockedReason: null, warnings: [] });
    expect(addresseeLines('41234', board as never, person)).toEqual([
      'Mevrouw A. Jansen',
      'Dorpsstraat 1',
      '1234 AB  Ergens',
    ]);
  });

  it('is held for the post when the person gave no e-mail address', () => {
    const r = resolveRecipients({
      bevoegdGezagNummer: null,
      addressee: { ...person, email: null },
      vestigingCode: null,
      afschriftAanDirectie: false,
      board: null,
      vestiging: null,
    });
    expect(r.to).toBeNull();
    expect(r.blockedReason).toMatch(/^post: Mevrouw A. Jansen gave no e-mail address/);
  });
});
