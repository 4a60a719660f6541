import { readFileSync } from 'node:fs';
import { eindscoreSpec } from './eindscores';
import { examenSpec } from './examens';
import { balansSpec, batenLastenSpec } from './financien';
import { poLeerlingenSpec, voLeerlingenSpec } from './leerlingen';
import { REAL_FILES, realFile } from './real-files';
import {
  DuoFileRejected,
  readTable,
  splitRecord,
  type TableRead,
  type TableSpec,
  TableReader,
} from './table';

// The real DUO files under shared/data/duo (beside the repo clone in CI).
function real(name: keyof typeof REAL_FILES): Buffer {
  const path = realFile(name);
  if (!path)
    throw new Error(
      `real DUO file ${REAL_FILES[name]} not found beside the repo (shared/data/duo)`,
    );
  return readFileSync(path);
}

// Each file is read once for all the tests that look into it.
const cache = new Map<string, unknown>();
function read<Row, Columns>(spec: TableSpec<Row, Columns>, name: keyof typeof REAL_FILES) {
  const key = `${spec.name}:${name}`;
  if (!cache.has(key)) cache.set(key, readTable(spec, real(name)));
  return cache.get(key) as TableRead<Row> & { encoding: string };
}

describe('the real DUO files, read whole', () => {
  it.each([
    ['examens2014', examenSpec, 13986, 'windows-1252'],
    ['examens2019', examenSpec, 12782, 'utf-8'],
    ['voLeerlingen2019', voLeerlingenSpec, 24243, 'windows-1252'],
    ['eindscores2019', eindscoreSpec, 6579, 'windows-1252'],
    ['poLeerlingen', poLeerlingenSpec, 9737, 'utf-8'],
    ['balans', balansSpec, 5434, 'windows-1252'],
    ['batenLasten', batenLastenSpec, 5435, 'windows-1252'],
  ] as const)('%s: every row (%i) read, as %s', (name, spec, rows, encoding) => {
    const result = read(spec as TableSpec<unknown, unknown>, name);
    expect(result.errors).toEqual([]);
    expect(result.totalRows).toBe(rows);
    expect(result.rows).toHaveLength(rows);
    expect(result.encoding).toBe(encoding);
  });
});

describe('vo examenkandidaten en geslaagden, both column generations', () => {
  const old = read(examenSpec, 'examens2014').rows;
  const recent = read(examenSpec, 'examens2019').rows;
  const find = (rows: typeof old, vestiging: string, opleiding: string) =>
    rows.find((r) => r.vestiging === vestiging && r.opleiding === opleiding)!;

  it.each([
    // vestiging, opleiding, schooljaar, kandidaten, geslaagden, percentage
    ['old', '00AH00', 'HAVO - N&T', '2014-2015', 6, 6, 100],
    ['old', '00AH00', 'HAVO - N&T', '2018-2019', 7, 6, 85.7],
    ['old', '00AH00', 'HAVO - N&T / N&G', '2015-2016', 18, 12, 66.7],
    ['new', '00AH00', 'HAVO - N&T', '2019-2020', 6, 6, 100],
    ['new', '00AH00', 'HAVO - N&T', '2020-2021', 5, null, 60],
    ['new', '00AH00', 'HAVO - N&T', '2022-2023', 15, 14, 93.3],
    ['new', '00AH00', 'HAVO - N&T', '2023-2024', null, null, 100],
  ] as const)(
    '%s file: %s %s in %s: %p kandidaten, %p geslaagden, %p%%',
    (gen, v, opl, jaar, k, g, p) => {
      const row = find(gen === 'old' ? old : recent, v, opl);
      expect(row.onderwijstype).toBe('HAVO');
      expect(row.years.find((y) => y.schooljaar === jaar)).toEqual({
        schooljaar: jaar,
        kandidaten: k,
        geslaagden: g,
        slaagpercentage: p,
      });
    },
  );

  it('masked counts are unknown, never 0', () => {
    const masked = recent.flatMap((r) => r.years).filter((y) => y.kandidaten === null);
    expect(masked.length).toBeGreaterThan(1000);
    expect(
      recent.flatMap((r) => r.years).some((y) => y.kandidaten === 0 && y.slaagpercentage === 100),
    ).toBe(false);
  });
});

describe('po eindscores, leerlingen and vo leerlingen', () => {
  it('reads a vestiging its eindtoets average, toets and schooljaar', () => {
    const rows = read(eindscoreSpec, 'eindscores2019').rows;
    expect(rows.find((r) => r.vestiging === '00AP00')).toEqual({
      vestiging: '00AP00',
      brin: '00AP',
      bevoegdGezag: '41646',
      naam: 'Wereldwijs',
      provincie: 'Zuid-Holland',
      soortPo: 'Bo',
      schooljaar: '2018-2019',
      leerjaar8: 11,
      scores: [{ toets: 'CET', aantal: 11, gemiddelde: 538.636363636364 }],
    });
    // Windows-1252 names and doubled quotes.
    expect(rows.find((r) => r.vestiging === '03MJ00')!.naam).toBe('Eben-Haëzerschool');
    expect(rows.find((r) => r.vestiging === '00AR00')!.naam).toBe('BS "De Maasparel"');
  });

  it('reads pupils per po vestiging per year, <5 as unknown', () => {
    const rows = read(poLeerlingenSpec, 'poLeerlingen').rows;
    const bolster = rows.find((r) => r.vestiging === '00AO00')!;
    expect(bolster.bevoegdGezag).toBe('40631');
    expect(bolster.perYear[0]).toEqual({ year: 1996, leerlingen: 31 });
    expect(bolster.perYear.at(-1)).toEqual({ year: 2025, leerlingen: 86 });
    const brigantijn = rows.find((r) => r.vestiging === '02RL00')!;
    expect(brigantijn.perYear[0]).toEqual({ year: 1996, leerlingen: null });
    expect(brigantijn.perYear[1]).toEqual({ year: 1997, leerlingen: 5 });
    // Board 0 is DUO's "no known board", not a board number.
    expect(rows.find((r) => r.vestiging === '50AB00')!.bevoegdGezag).toBeNull();
  });

  it('sums vo pupils over leerjaren and sexes, with the two-digit VESTIGINGSNUMMER', () => {
    const rows = read(voLeerlingenSpec, 'voLeerlingen2019').rows;
    const row = rows.find((r) => r.vestiging === '00AH00' && r.onderwijstype === 'Brugjaar 1-2')!;
    expect(row).toMatchObject({ provincie: 'Overijssel', leerlingen: 89 + 105 + 83 + 134 });
  });
});

describe('board financials', () => {
  it.each([
    // board, year, eigen vermogen, voorzieningen, kortlopende schulden, totaal passiva, vlottende activa
    ['10249', 2011, 7524765, 347760, 5759893, 13632418, 2247530],
    ['10249', 2013, 9486400, 348439, 7054919, 16889758, 3228357],
    ['27067', 2015, 971290, 37501, 200057, 1208848, 936620],
  ])('balans of board %s in %i', (board, jaar, ev, vz, kls, tp, tvla) => {
    const row = read(balansSpec, 'balans').rows.find(
      (r) => r.bevoegdGezag === board && r.jaar === jaar,
    )!;
    expect(row.posten).toMatchObject({
      eigenVermogen: ev,
      voorzieningen: vz,
      kortlopendeSchulden: kls,
      totaalPassiva: tp,
      totaalVlottendeActiva: tvla,
      voorraden: null, // empty is missing, not 0
    });
  });

  it('baten en lasten of board 10249 in 2011, a negative result included', () => {
    const row = read(batenLastenSpec, 'batenLasten').rows.find(
      (r) => r.bevoegdGezag === '10249' && r.jaar === 2011,
    )!;
    expect(row.posten).toMatchObject({
      totaalBaten: 32254653,
      totaalLasten: 32644096,
      resultaat: -118284,
      huisvestingslasten: 2965467,
    });
  });
});

describe('refusing and reporting', () => {
  it.each([
    [examenSpec, 'balans', /not a vo examenkandidaten en geslaagden list: the header lacks/],
    [
      balansSpec,
      'batenLasten',
      /not a balans per bevoegd gezag list: the header lacks '1.1 - ...'/,
    ],
    [batenLastenSpec, 'balans', /the header lacks '3.1 - ...'/],
    [poLeerlingenSpec, 'eindscores2019', /the header has no LEERLINGEN_yyyy columns/],
    [eindscoreSpec, 'poLeerlingen', /the header lacks PEILDATUM_LEERLINGEN/],
    [voLeerlingenSpec, 'examens2019', /the header lacks PROVINCIE VESTIGING/],
  ] as const)('refuses a file that is not the expected list, whole (%#)', (spec, name, message) => {
    expect(() => readTable(spec as TableSpec<unknown, unknown>, real(name))).toThrow(
      DuoFileRejected,
    );
    expect(() => readTable(spec as TableSpec<unknown, unknown>, real(name))).toThrow(message);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(() => readTable(balansSpec, Buffer.from(''))).toThrow('the file is empty');
    const header = real('balans').toString('latin1').split('\n')[0];
    expect(() => readTable(balansSpec, Buffer.from(header, 'latin1'))).toThrow(
      'has a header but no rows',
    );
  });

  it('reports a bad row with its line and reads the others', () => {
    const lines = real('balans').toString('latin1').split('\n');
    lines[2] = lines[2].replace(/;2012;/, ';twintig;');
    lines[4] = lines[4].replace(/^10249;/, '10249;extra;');
    lines[6] = lines[6].replace(/;[0-9]+\.[0-9.]+;/, ';12abc;');
    const result = readTable(balansSpec, Buffer.from(lines.join('\n'), 'latin1'));
    expect(result.errors).toEqual([
      { line: 3, message: "JAAR 'twintig' is not a year" },
      { line: 5, message: 'the row has 20 fields, the header has 19' },
      { line: 7, message: expect.stringMatching(/'12abc' is not a number/) },
    ]);
    expect(result.rows).toHaveLength(5434 - 3);
  });

  it('reads line by line, so an import can stream a file', () => {
    const seen: number[] = [];
    const reader = new TableReader(balansSpec, (_row, line) => seen.push(line));
    const text = real('balans').toString('latin1');
    for (const line of text.split('\n')) reader.push(line);
    const result = reader.finish();
    expect(seen).toHaveLength(5434);
    expect(seen[0]).toBe(2);
    expect(result.rows).toEqual([]);
  });

  it('splits quoted fields with doubled quotes and keeps empty ones', () => {
    expect(splitRecord('"a;b";"BS ""X""";;" 637"')).toEqual(['a;b', 'BS "X"', '', ' 637']);
  });
});
