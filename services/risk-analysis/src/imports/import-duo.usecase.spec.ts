import { newTestService } from '@inspectorate/testing';
import { realBytes } from '../duo/real-files';
import { DuoFileRejected } from '../duo/table';
import { Chunks, Datasets, Imports } from '../persistence/collections';
import { ImportDuoUseCase } from './import-duo.usecase';
import { detectList, headerOf, yearFromFileName } from './lists';

const BALANS_HEADER =
  'BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM;GROEPERING;JAAR;1.1 - IMMATERIELE VASTE ACTIVA;1.2 - MVA;1.3 - FVA;1.4 - VOORRADEN;1.5 - VORDERINGEN;1.6 - EFFECTEN;1.7 - LIQUIDE MIDDELEN;2.1 - EIGEN VERMOGEN;2.2 - VOORZIENINGEN;2.3 - LANGLOPENDE SCHULDEN;2.4 - KORTLOPENDE SCHULDEN;TA - TOTAAL ACTIVA;TP - TOTAAL PASSIVA;TVA - TOTAAL VASTE ACTIVA;TVLA - TOTAAL VLOTTENDE ACTIVA';
const row = (board: string, jaar: string, ev = '100') =>
  `${board};Stichting ${board};PO;${jaar};0;10;0;0;5;0;5;${ev};0;0;5;20;20;10;10`;
const file = (...rows: string[]) => Buffer.from([BALANS_HEADER, ...rows].join('\r\n'), 'latin1');

async function setup() {
  return newTestService(ImportDuoUseCase, { collections: [Imports, Datasets, Chunks] });
}

describe('which list a DUO file is', () => {
  it('comes from the header alone, and a file that is no list is refused whole', () => {
    expect(detectList(headerOf(BALANS_HEADER))).toBe('balans');
    expect(() => detectList(headerOf('BRIN NUMMER;NAAM;PLAATS;POSTCODE'))).toThrow(
      /not one of the lists risk-analysis imports/,
    );
    expect(() => detectList(headerOf(BALANS_HEADER), 'batenLasten')).toThrow(
      /not a staat van baten en lasten .* list \(batenLasten\): the header lacks '3\.1 - \.\.\.'/,
    );
  });

  it('takes the year of a vo pupils file from its name', () => {
    expect(yearFromFileName('leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv')).toBe(2019);
    expect(yearFromFileName('leerlingen.csv')).toBeNull();
  });
});

describe('ImportDuoUseCase', () => {
  it('stores the good rows under its list and period and reports bad rows with their line', async () => {
    const t = await setup();
    const report = await t.sut.execute(
      file(row('10249', '2015'), row('10250', '20x5'), row('10251', '2014', '')),
      { fileName: 'balans.csv' },
    );
    expect(report).toMatchObject({
      list: 'balans',
      period: '2014..2015',
      status: 'completed',
      totalRows: 3,
      importedRows: 2,
      errorCount: 1,
      errors: [{ line: 3, message: "JAAR '20x5' is not a year" }],
    });
    const chunks = await t.store(Chunks).find({});
    const rows = chunks.flatMap((c) => JSON.parse(c.rows)) as {
      posten: { eigenVermogen: number | null };
    }[];
    // An empty amount is missing, not 0.
    expect(rows.map((r) => r.posten.eigenVermogen)).toEqual([100, null]);
    expect(await t.store(Datasets).findById('balans:2014..2015')).toMatchObject({
      importId: report._id,
      rows: 2,
    });
  });

  it('replaces the rows of the same list and period, and keeps other periods', async () => {
    const t = await setup();
    const first = await t.sut.execute(file(row('10249', '2015')));
    const other = await t.sut.execute(file(row('10249', '2016')));
    const again = await t.sut.execute(file(row('10249', '2015', '200')));
    expect(again.replaced).toBe(first._id);
    const importIds = (await t.store(Chunks).find({})).map((c) => c.importId).sort();
    expect(importIds).toEqual([other._id, again._id].sort());
    expect((await t.store(Datasets).find({})).map((d) => d._id).sort()).toEqual([
      'balans:2015',
      'balans:2016',
    ]);
  });

  it('refuses a file none of whose rows can be used, storing nothing', async () => {
    const t = await setup();
    await expect(t.sut.execute(file(row('10249', 'nope')))).rejects.toThrow(DuoFileRejected);
    expect(await t.store(Chunks).count()).toBe(0);
    expect(await t.store(Imports).count()).toBe(0);
  });
});

/** A file as an upload delivers it: pieces of an odd size, cutting records and characters. */
async function* inPieces(bytes: Uint8Array, size = 1009): AsyncIterable<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size)
    yield bytes.subarray(start, start + size);
}

describe('ImportDuoUseCase on the real files, streamed through libs/duo', () => {
  const stored = async (t: Awaited<ReturnType<typeof setup>>, importId: string) =>
    (await t.store(Chunks).find({ importId }, { sort: { n: 1 } })).flatMap(
      (c) => JSON.parse(c.rows) as unknown[],
    );

  it.each(['examens2014', 'examens2019'] as const)(
    'reads %s (both column generations) as it arrives, the same as in memory',
    async (name) => {
      const { bytes, fileName } = realBytes(name);
      const t = await setup();
      const whole = await t.sut.execute(bytes, { fileName });
      const streamed = await t.sut.execute(inPieces(bytes), { fileName });
      expect(streamed).toMatchObject({
        list: 'examens',
        period: whole.period,
        encoding: whole.encoding,
        totalRows: whole.totalRows,
        importedRows: whole.importedRows,
        errors: whole.errors,
      });
      expect(streamed.replaced).toBe(whole._id);
      expect(whole.importedRows).toBeGreaterThan(1000);
      const rows = (await stored(t, streamed._id)) as {
        vestiging: string;
        years: { kandidaten: number | null }[];
      }[];
      expect(rows).toHaveLength(whole.importedRows);
      // Masked counts (<5: only the newer generation masks them) stay unknown, never 0.
      const masked = rows.flatMap((r) => r.years).filter((y) => y.kandidaten === null).length;
      if (name === 'examens2019') expect(masked).toBeGreaterThan(0);
      else expect(masked).toBe(0);
    },
    120_000,
  );

  it('refuses a file that is not the expected list from its header, without reading on', async () => {
    const t = await setup();
    async function* header(): AsyncIterable<Uint8Array> {
      yield realBytes('balans').bytes.subarray(0, 4096);
      throw new Error('the rest of the file was read');
    }
    await expect(t.sut.execute(header(), { list: 'batenLasten' })).rejects.toThrow(
      /not a staat van baten en lasten .* list \(batenLasten\)/,
    );
    await expect(t.sut.execute(header(), { list: 'batenLasten' })).rejects.toThrow(DuoFileRejected);
    expect(await t.store(Imports).count()).toBe(0);
  });

  it('reports a bad row of a real file with its line', async () => {
    const { bytes } = realBytes('balans');
    const lines = Buffer.from(bytes).toString('latin1').split('\n');
    // Line 3 of the file (the header is line 1) loses its last fields.
    lines[2] = lines[2]!.split(';').slice(0, 5).join(';');
    const t = await setup();
    const report = await t.sut.execute(inPieces(Buffer.from(lines.join('\n'), 'latin1')));
    expect(report.errors[0]).toEqual({ line: 3, message: expect.stringMatching(/5 fields/) });
    expect(report.importedRows).toBe(report.totalRows - 1);
  });
});
