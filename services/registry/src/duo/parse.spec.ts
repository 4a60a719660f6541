import { encodeWindows1252 } from './decode';
import { generateDuoLists, renderBoardsList, renderVestigingenList } from './generate';
import { DuoFileRejected, parseDuoFile, sniffDuoFile } from './parse';

const lists = generateDuoLists({ seed: 7, boards: 5, po: 12, vo: 8 });

function vestigingenFile(lines: string[]): Buffer {
  const header =
    'PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;ONDERWIJSSTRUCTUUR;SECTOR;AANTAL LEERLINGEN';
  return encodeWindows1252([header, ...lines].join('\r\n') + '\r\n');
}
const good =
  'Utrecht;41234;12AB;12AB00;Basisschool Mariënburg;Händelstraat;12a;3512 AB;Utrecht;344;Utrecht;Openbaar;;PO;<5';

describe('parseDuoFile: recognising the list', () => {
  it('reads a current-format vestigingen list in Windows-1252, accents intact', () => {
    const parsed = parseDuoFile(renderVestigingenList(lists.vestigingen));
    expect(parsed.kind).toBe('vestigingen');
    expect(parsed.encoding).toBe('windows-1252');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(lists.vestigingen.length);
    const names = parsed.rows.map((r) => ('vestigingsnaam' in r ? r.vestigingsnaam : '')).join(' ');
    expect(names).not.toContain('\uFFFD');
    expect(parsed.kind === 'vestigingen' && parsed.sectors).toEqual(['po', 'vo']);
  });

  it('reads the old column names (BRIN NUMMER, two-digit VESTIGINGSNUMMER) to the same codes', () => {
    const current = parseDuoFile(renderVestigingenList(lists.vestigingen, 'current'));
    const old = parseDuoFile(renderVestigingenList(lists.vestigingen, 'old'));
    expect(old.errors).toEqual([]);
    expect(old.rows.map((r) => 'vestigingCode' in r && r.vestigingCode)).toEqual(
      current.rows.map((r) => 'vestigingCode' in r && r.vestigingCode),
    );
    expect(old.rows.map((r) => 'sector' in r && r.sector)).toEqual(
      current.rows.map((r) => 'sector' in r && r.sector),
    );
  });

  it('reads a boards list', () => {
    const parsed = parseDuoFile(renderBoardsList(lists.boards));
    expect(parsed.kind).toBe('boards');
    expect(parsed.rows.map((r) => r.bevoegdGezagNummer)).toEqual(lists.boards.map((b) => b.nummer));
  });

  it.each([
    [
      'a file without DUO columns',
      'naam;adres;telefoon\r\nPiet;Straat 1;0612345678\r\n',
      /not a DUO list/,
    ],
    [
      'a comma-separated file',
      'BRIN NUMMER,VESTIGINGSNAAM,BEVOEGD GEZAG NUMMER\r\n12AB,x,41234\r\n',
      /separated by ';'/,
    ],
    ['an empty file', '', /empty/],
    [
      'a header without rows',
      'BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSNAAM;SECTOR\r\n',
      /no rows/,
    ],
  ])('refuses %s as a whole', (_label, content, message) => {
    expect(() => parseDuoFile(Buffer.from(content, 'latin1'))).toThrow(DuoFileRejected);
    expect(() => parseDuoFile(Buffer.from(content, 'latin1'))).toThrow(message);
  });

  it('refuses a list without a sector column unless told the sector', () => {
    const file = encodeWindows1252(
      'BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM\r\n41234;12AB;12AB00;De Ark\r\n',
    );
    expect(() => parseDuoFile(file)).toThrow(/no sector column/);
    const parsed = parseDuoFile(file, { sector: 'vo' });
    expect(parsed.rows[0]).toMatchObject({ vestigingCode: '12AB00', sector: 'vo' });
  });

  it('reads UTF-8 with a byte-order mark too', () => {
    const file = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(vestigingenFile([good]).toString('latin1'), 'utf8'),
    ]);
    const parsed = parseDuoFile(file);
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.rows[0]).toMatchObject({ vestigingsnaam: 'Basisschool Mariënburg' });
  });
});

describe('parseDuoFile: one row', () => {
  it('normalises the values: postcode, house number, gemeente code, masked count', () => {
    const [row] = parseDuoFile(vestigingenFile([good])).rows;
    expect(row).toMatchObject({
      line: 2,
      brin: '12AB',
      vestigingsnummer: '00',
      bevoegdGezagNummer: '41234',
      address: {
        straat: 'Händelstraat',
        huisnummer: 12,
        huisnummerToevoeging: 'a',
        postcode: '3512 AB',
        plaats: 'Utrecht',
      },
      gemeente: { nummer: '0344', naam: 'Utrecht' },
      leerlingen: null, // "<5" is unknown, never 0
    });
  });

  it.each([
    ['bad BRIN', good.replace(';12AB;12AB00;', ';1XAB;1XAB00;'), /bad BRIN '1XAB'/],
    ['missing board', good.replace(';41234;', ';;'), /missing board/],
    ['unknown sector', good.replace(';PO;', ';KINDEROPVANG;'), /unknown sector 'KINDEROPVANG'/],
    [
      'a vestiging of another BRIN',
      good.replace(';12AB00;', ';13AB00;'),
      /does not start with the row's BRIN/,
    ],
    ['too few fields', 'Utrecht;41234;12AB', /has 3 fields, the header has 15/],
    ['no name', good.replace(';Basisschool Mariënburg;', ';;'), /name .* is empty/],
  ])('reports %s with its line number and keeps the good rows', (_label, bad, reason) => {
    const other = good.replace(/12AB/g, '34CD');
    const parsed = parseDuoFile(vestigingenFile([other, bad]));
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.line).toBe(3);
    expect(parsed.errors[0]?.reason).toMatch(reason);
  });

  it('reports a vestiging that appears twice, and a BRIN with two boards', () => {
    const twice = good;
    const otherBoard = good.replace(';41234;', ';41235;').replace('12AB00', '12AB01');
    const parsed = parseDuoFile(vestigingenFile([good, twice, otherBoard]));
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.errors.map((e) => [e.line, e.reason])).toEqual([
      [3, expect.stringMatching(/12AB00 appears again \(first on line 2\)/)],
      [4, expect.stringMatching(/BRIN 12AB has board 41234 on line 2, here 41235/)],
    ]);
  });

  it('keeps a row with an unusable postcode, as unknown, with a warning', () => {
    const parsed = parseDuoFile(vestigingenFile([good.replace('3512 AB', 'B-1000')]));
    expect(parsed.rows[0]?.address).toMatchObject({ postcode: null });
    expect(parsed.warnings).toEqual([
      { line: 2, key: '12AB00', message: expect.stringMatching(/postcode 'B-1000'/) },
    ]);
  });

  it('counts lines across a quoted field with a line break', () => {
    const quoted = good.replace('Händelstraat', '"Händel\r\nstraat"');
    const parsed = parseDuoFile(vestigingenFile([quoted, 'x;y']));
    expect(parsed.rows[0]?.address.straat).toBe('Händel straat');
    expect(parsed.errors[0]?.line).toBe(4);
  });

  it('refuses a binary file from its first bytes, naming what it looks like', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(() => sniffDuoFile(zip)).toThrow(/ZIP archive or an Excel\/Word file/);
    expect(() => sniffDuoFile(Buffer.from('%PDF-1.7'))).toThrow(/a PDF/);
    expect(() => parseDuoFile(Buffer.from('PROVINCIE;BRIN\u0000;X\r\n', 'latin1'))).toThrow(
      /binary \(a NUL byte at offset 14\)/,
    );
    // DUO's own lists pass: Windows-1252 text has no NUL byte.
    expect(() =>
      sniffDuoFile(renderBoardsList(generateDuoLists({ seed: 1, boards: 2, po: 1, vo: 1 }).boards)),
    ).not.toThrow();
  });
});
