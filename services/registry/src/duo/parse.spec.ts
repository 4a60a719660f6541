import { encodeWindows1252 } from '@inspectorate/duo';
import { generateDuoLists, renderBoardsList, renderVestigingenList } from './generate';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuoFileRejected, parseDuoFile, readDuoList, sniffDuoFile } from './parse';
import { SHARED_DUO_DIR, findRealDuoFiles } from './real-files';

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

describe('readDuoList: the same list, streamed', () => {
  async function* inChunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
    for (let start = 0; start < bytes.length; start += size)
      yield bytes.subarray(start, start + size);
  }

  it('reads a list in chunks exactly as the whole file, bad rows with their lines', async () => {
    const file = vestigingenFile([
      good,
      good.replace(/12AB/g, '34CD').replace(';41234;', ';;'),
      good,
    ]);
    const whole = parseDuoFile(file);
    expect(whole.errors.map((e) => e.line)).toEqual([3, 4]);
    for (const size of [1, 3, 100, 64 * 1024]) {
      expect(await readDuoList(inChunks(file, size))).toEqual(whole);
    }
  });

  it('refuses a list whose quoted field never closes, whole, naming the line', async () => {
    const file = vestigingenFile([good, good.replace('Händelstraat', '"Händel')]);
    await expect(readDuoList(file)).rejects.toThrow(
      /cannot be read as a semicolon-separated list \(at line 3\): a quoted field is never closed/,
    );
  });

  it('refuses a list from its header before reading its rows', async () => {
    let rowsServed = 0;
    async function* upload(): AsyncIterable<Uint8Array> {
      yield Buffer.from('naam;adres;telefoon\r\n');
      for (let i = 0; i < 1000; i++) {
        rowsServed += 1;
        yield Buffer.from('Piet;Dorpsstraat 1;0612345678\r\n');
      }
    }
    await expect(readDuoList(upload())).rejects.toThrow(/not a DUO list/);
    expect(rowsServed).toBeLessThanOrEqual(1);
  });
});

describe('parseDuoFile: DUO lists that are not boards lists', () => {
  const finance = join(SHARED_DUO_DIR, 'po/financien/01.-po-(mab)-balans-2011-2015.csv');
  (existsSync(finance) ? it : it.skip)(
    'refuses the real po finance file (one row per board and year) as a boards list, whole',
    () => {
      expect(() => parseDuoFile(readFileSync(finance))).toThrow(DuoFileRejected);
      expect(() => parseDuoFile(readFileSync(finance))).toThrow(
        /not a DUO list of boards: its JAAR and GROEPERING columns make it figures per board and year/,
      );
    },
  );

  it('refuses a boards list without an address (PLAATSNAAM)', () => {
    const file = encodeWindows1252(
      'BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM;DENOMINATIE\r\n41234;Stichting X;Openbaar\r\n',
    );
    expect(() => parseDuoFile(file)).toThrow(
      /not a DUO list of boards: the header lacks PLAATSNAAM/,
    );
  });
});

describe('the real DUO address lists under ../shared/data/duo', () => {
  const real = findRealDuoFiles();
  it('are found in their folders, each with its sector (the finance files are not boards lists)', () => {
    expect(real.map((f) => [f.path.slice(SHARED_DUO_DIR.length + 1), f.kind, f.sector])).toEqual([
      ['po/2019-09/03-09-2019_03-alle-vestigingen-bo.csv', 'vestigingen', 'po'],
      ['po/2026-04/02.-alle-schoolvestigingen-basisonderwijs.csv', 'vestigingen', 'po'],
      ['po/2026-08/02.-alle-schoolvestigingen-basisonderwijs.csv', 'vestigingen', 'po'],
      ['vo/2020/alle-vestigingen-vo.csv', 'vestigingen', 'vo'],
    ]);
  });

  it.each(real.map((f) => [f.path.slice(SHARED_DUO_DIR.length + 1), f] as const))(
    'reads %s whole, streamed, every row applied',
    async (_name, file) => {
      const parsed = await readDuoList(readFileSync(file.path), { sector: file.sector! });
      expect(parsed).toMatchObject({ kind: 'vestigingen', encoding: 'windows-1252', errors: [] });
      expect(parsed.rows).toHaveLength(parsed.totalRows);
      expect(parsed.totalRows).toBeGreaterThan(1500);
    },
    30_000,
  );
});
