import { passesElfProef, type PiiGateInput, type PiiKind, scanForPii } from './pii-gate';

const known: PiiGateInput = {
  personNames: ['Jan de Vries', 'Ëlif Yilmaz', 'X'],
  personAddresses: [
    { street: 'Kerkstraat', houseNumber: 12, postcode: '1234 AB' },
    { street: 'Schoolweg', houseNumber: '1', postcode: '9999ZZ' }, // also the school's: allowed wins
  ],
  allowedAddresses: [{ street: 'Schoolweg', houseNumber: 1, postcode: '9999 ZZ' }],
};

const kinds = (doc: unknown): PiiKind[] => scanForPii(doc, known).map((h) => h.kind);

describe('11-proef', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['12345678a', false],
  ])('%s → %s', (digits, ok) => expect(passesElfProef(digits)).toBe(ok));
});

describe('personal data in text: each kind is found', () => {
  it.each<[string, string, PiiKind]>([
    ['a known name', 'Gesproken met Jan de Vries over de zorg.', 'person-name'],
    ['a known name in other case and spacing', 'door JAN  DE   VRIES', 'person-name'],
    ['a known name without its accents', 'melding van Elif Yilmaz', 'person-name'],
    ['an e-mail address', 'mail naar j.devries@example.nl graag', 'email'],
    ['a mobile number', 'bel 0612345678', 'phone'],
    ['a mobile number with a dash', 'bel 06-12345678', 'phone'],
    ['a mobile number in pairs', 'bel 06 12 34 56 78', 'phone'],
    ['+31 mobile', 'bel +31 6 12345678', 'phone'],
    ['+31 (0) landline', 'bel +31 (0)20 1234567', 'phone'],
    ['0031 mobile', 'bel 0031612345678', 'phone'],
    ['a landline with area code', 'tel. 020-1234567', 'phone'],
    ['a 4-digit area code', 'tel. 0591-123456', 'phone'],
    ['a BSN', 'bsn 111222333 van de leerling', 'bsn'],
    ['a BSN written with dots', 'BSN: 1112.22.333', 'bsn'],
    ['a street address', 'woont aan de Kerkstraat 12 te Urk', 'address'],
    ['a street address with a toevoeging', 'Kerkstraat 12a', 'address'],
    ['postcode and number', 'adres: 1234 AB, 12', 'address'],
    ['number and postcode', '12, 1234AB Urk', 'address'],
    ['a date after "geboren op"', 'geboren op 03-05-2012 in Urk', 'date-of-birth'],
    ['a date after "geb."', 'leerling (geb. 3 mei 2012)', 'date-of-birth'],
    ['an ISO date after "geboortedatum"', 'geboortedatum: 2012-05-03', 'date-of-birth'],
  ])('%s', (_, text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it('a plain number value is scanned too', () => {
    expect(kinds({ nummer: 111222333 })).toEqual(['bsn']);
  });
});

describe('school data is not personal data', () => {
  it.each([
    ['a BRIN code', 'school 12AB, brin 00AA'],
    ['a vestiging code', 'vestiging 12AB01 en 00AA00'],
    ['a kenmerk', 'kenmerk 2026-0000001 en 2026-1234567'],
    ['dates and timestamps', 'vastgesteld 06-12-2026 10:00, ook 2026-12-06T10:00:00Z'],
    ['a date not of birth', 'onderzoek op 03-05-2012'],
    ["the school's own address", 'Schoolweg 1, 9999 ZZ Ergens'],
    ['a nine-digit number failing the 11-proef', 'dossier 123456789'],
    ['an IBAN', 'NL91ABNA0417164300'],
    ['an amount', 'bedrag 123.456.789,00 en 1.234.567'],
    ['a postcode alone', 'regio 1234 AB'],
    ['a street without the house number', 'de Kerkstraat is lang'],
    ['a known street with another number', 'Kerkstraat 120'],
    ['a one-letter name never hits', 'X-as en Y-as'],
    ['a KvK number', 'kvk 12345678'],
  ])('%s', (_, text) => {
    expect(scanForPii(text, known)).toEqual([]);
  });
});

describe('paths and excerpts', () => {
  const doc = {
    school: { brin: '12AB', adres: { straat: 'Schoolweg', huisnummer: 1, postcode: '9999ZZ' } },
    melder: {
      naam: 'Jan de Vries',
      'e-mail': 'jan@example.nl',
      postcode: '1234AB',
      huisnummer: '12',
    },
    leerlingen: [{ geboortedatum: '2012-05-03' }, { opmerking: 'BSN 111222333, bel 0612345678' }],
  };
  const hits = scanForPii(doc, known);

  it('gives each hit its kind and JSON path', () => {
    expect(hits.map(({ kind, path }) => ({ kind, path }))).toEqual([
      { kind: 'address', path: '$.melder' },
      { kind: 'person-name', path: '$.melder.naam' },
      { kind: 'email', path: '$.melder["e-mail"]' },
      { kind: 'date-of-birth', path: '$.leerlingen[0].geboortedatum' },
      { kind: 'bsn', path: '$.leerlingen[1].opmerking' },
      { kind: 'phone', path: '$.leerlingen[1].opmerking' },
    ]);
  });

  it('never shows a full value in an excerpt, not even a neighbouring one', () => {
    const all = hits.map((h) => h.excerpt).join(' | ');
    for (const secret of [
      'Jan de Vries',
      'jan@example.nl',
      '2012-05-03',
      '111222333',
      '0612345678',
      '1234AB',
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(hits[4].excerpt).toBe('BSN 1***, bel 0***');
  });

  it('keeps enough context to see why', () => {
    const [hit] = scanForPii('Het gesprek met Jan de Vries vond plaats op school.', known);
    expect(hit.excerpt).toBe('…et gesprek met J*** vond plaats op…');
  });

  it('finds nothing in a clean document', () => {
    expect(
      scanForPii(
        { school: '12AB', oordeel: 'Voldoende', kenmerk: '2026-0000001', n: [1, null, true] },
        known,
      ),
    ).toEqual([]);
  });

  it('refuses a document that refers back to itself', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(() => scanForPii(loop, known)).toThrow('$.self refers back to itself');
  });

  it('works without any known persons', () => {
    expect(scanForPii('Jan de Vries, jan@example.nl').map((h) => h.kind)).toEqual(['email']);
  });
});

describe('scanForPii: persons the gate was not told about', () => {
  it.each([
    ['Het gesprek is gevoerd met de heer J. de Vries.', 'person-name'],
    ['Mevrouw Jansen gaf aan dat de meldcode bekend is.', 'person-name'],
    ['Volgens dhr. Bakker is alles geregeld.', 'person-name'],
    ['juf Anna heeft de klas overgenomen.', 'person-name'],
    ['De melder woont aan de Dorpsstraat 12 in Leerdam.', 'address'],
    ['woonadres Lindelaan 3a', 'address'],
  ])('finds %s', (text, kind) => {
    expect(scanForPii(text).map((h) => h.kind)).toEqual([kind]);
  });

  it.each([
    'De heer en mevrouw zijn welkom.',
    'Het bestuur van Stichting De Linge heeft voldaan.',
    'De school staat aan de Schoolstraat 1.',
    'De meester-titel is niet van toepassing.',
  ])('passes %s', (text) => {
    expect(scanForPii(text)).toEqual([]);
  });
});
