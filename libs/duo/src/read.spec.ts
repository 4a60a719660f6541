import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDuo, encodeWindows1252 } from './decode';
import { type DuoRecord, RecordSplitter, splitRecord } from './records';
import { type RecordSink, readDuoBytes, readDuoStream } from './read';
import { DuoFileRejected } from './rejected';
import { sharedDuoDir } from './shared-data';

/** A sink that keeps every record, refusing a header without `;`. */
const collect = (): RecordSink<DuoRecord[]> => {
  const records: DuoRecord[] = [];
  return {
    record(record) {
      if (records.length === 0 && record.cells.length < 2) throw new DuoFileRejected('not a list');
      records.push(record);
    },
    finish: () => records,
  };
};

async function* inChunks(bytes: Uint8Array, sizes: number[]): AsyncIterable<Uint8Array> {
  let i = 0;
  for (let start = 0; start < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield bytes.subarray(start, start + size);
    start += size;
  }
}

const sample = [
  'NAAM;PLAATS;OPMERKING',
  'Basisschool Mariënburg;Utrecht;"zegt ""hoi"""',
  '',
  '"De Ark; locatie\r\nZuid";Zuïd;x',
  'Café ‘t Hoekje;Súdwest-Fryslân;€ 5',
].join('\r\n');

describe('RecordSplitter', () => {
  it('gives each record the line it starts on, across quoted line breaks and blank lines', () => {
    const out: DuoRecord[] = [];
    const splitter = new RecordSplitter();
    splitter.push('a;b;c\r\n\r\n"x\r\ny";2;3\rlast;"open\n', out);
    splitter.end(out);
    expect(out).toEqual([
      { cells: ['a', 'b', 'c'], line: 1 },
      { cells: ['x\ny', '2', '3'], line: 3 },
      { cells: ['last', 'open'], line: 5, unclosedQuote: true },
    ]);
  });

  it('splits quoted cells with doubled quotes and keeps quotes inside plain text', () => {
    expect(splitRecord('"a;b";"BS ""X""";;" 637"')).toEqual(['a;b', 'BS "X"', '', ' 637']);
    expect(splitRecord('5" scherm;"x"y;z')).toEqual(['5" scherm', 'xy', 'z']);
  });
});

describe('readDuoStream', () => {
  it.each([
    ['Windows-1252', encodeWindows1252(sample), 'windows-1252'],
    ['UTF-8', Buffer.from(sample, 'utf8'), 'utf-8'],
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]),
      'utf-8',
    ],
  ])(
    'reads %s in chunks of any size as the whole file is read',
    async (_label, bytes, encoding) => {
      const whole = readDuoBytes(bytes, collect());
      expect(whole.encoding).toBe(encoding);
      expect(whole.result.map((r) => r.cells[0])).toEqual([
        'NAAM',
        'Basisschool Mariënburg',
        'De Ark; locatie\nZuid',
        'Café ‘t Hoekje',
      ]);
      for (const sizes of [[1], [2, 3], [7], [64 * 1024]]) {
        expect(await readDuoStream(inChunks(bytes, sizes), collect)).toEqual(whole);
      }
    },
  );

  it('reads a file again as Windows-1252 when a late byte is not UTF-8, with a fresh sink', async () => {
    // Valid UTF-8 (ë as C3 AB) in the first lines, a lone Windows-1252 é (E9) at the end.
    const bytes = Buffer.concat([
      Buffer.from('NAAM;X\nMariënburg;1\n', 'utf8'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x32, 0x0a]),
    ]);
    let sinks = 0;
    const read = await readDuoStream(inChunks(bytes, [5]), () => {
      sinks += 1;
      return collect();
    });
    expect(sinks).toBe(2);
    expect(read.encoding).toBe('windows-1252');
    expect(read).toEqual({
      ...readDuoBytes(bytes, collect()),
      encoding: decodeDuo(bytes).encoding,
    });
    expect(read.result.map((r) => r.cells[0])).toEqual(['NAAM', 'MariÃ«nburg', 'Café']);
  });

  it('refuses a file from its header without reading the rest', async () => {
    let served = 0;
    async function* endless(): AsyncIterable<Uint8Array> {
      yield Buffer.from('no delimiter here\n');
      for (;;) {
        served += 1;
        yield Buffer.from('row;row\n'.repeat(1000));
      }
    }
    await expect(readDuoStream(endless(), collect)).rejects.toThrow('not a list');
    expect(served).toBeLessThanOrEqual(1);
    await expect(readDuoStream(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]), collect)).rejects.toThrow(
      /ZIP archive/,
    );
  });

  it('lets the event loop run while it reads a large file', async () => {
    const big = Buffer.from(`A;B;C\n${'1;2;3\n'.repeat(300_000)}`);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    try {
      const read = await readDuoStream(big, collect);
      expect(read.result).toHaveLength(300_001);
    } finally {
      clearInterval(timer);
    }
    // Read in one go (as before), the timer could not fire until the end.
    expect(ticks).toBeGreaterThan(1);
  });

  // The real files with the quirks: every field quoted (UTF-8, CRLF), a BOM, Windows-1252 with CRLF.
  const dir = sharedDuoDir();
  const realFiles = [
    'vo/examens/duo_examen_raw_all.csv',
    'po/leerlingen/06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv',
    'po/2026-04/02.-alle-schoolvestigingen-basisonderwijs.csv',
  ].filter((name) => existsSync(join(dir, name)));
  (realFiles.length > 0 ? it : it.skip)(
    'reads real DUO files under shared/data/duo streamed exactly as whole',
    async () => {
      for (const name of realFiles) {
        const bytes = readFileSync(join(dir, name));
        const whole = readDuoBytes(bytes, collect());
        const streamed = await readDuoStream(inChunks(bytes, [4093, 65536, 17]), collect);
        // Compared as text: jest's deep equality on 25,000 records is slow.
        expect(`${name}: ${JSON.stringify(streamed)}`).toBe(`${name}: ${JSON.stringify(whole)}`);
      }
    },
    60_000,
  );
});
