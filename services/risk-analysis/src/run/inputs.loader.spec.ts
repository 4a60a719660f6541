import { newTestService } from '@inspectorate/testing';
import type { EindscoreRow } from '../duo/eindscores';
import type { PoLeerlingenRow } from '../duo/leerlingen';
import { chunkId } from '../imports/import.types';
import type { ListName } from '../imports/lists';
import { Chunks, Datasets, RISK_COLLECTIONS, Vestigingen } from '../persistence/collections';
import { ReadModels } from '../read-models/read-models';
import type { VestigingDoc } from '../read-models/read-model.types';
import { CASEWORK_COMPLETE, InputsLoader } from './inputs.loader';

async function setup() {
  const t = await newTestService(InputsLoader, {
    collections: RISK_COLLECTIONS,
    providers: [ReadModels, { provide: CASEWORK_COMPLETE, useValue: true }],
  });
  const dataset = async (list: ListName, period: string, rows: unknown[]) => {
    const importId = `import-${list}`;
    await t
      .store(Chunks)
      .insert({ _id: chunkId(importId, 0), importId, list, n: 0, rows: JSON.stringify(rows) });
    await t.store(Datasets).insert({
      _id: `${list}:${period}`,
      list,
      period,
      importId,
      fileName: null,
      rows: rows.length,
      chunks: 1,
      importedAt: new Date('2026-01-01T00:00:00Z'),
    });
  };
  const vestiging = (code: string, fields: Partial<VestigingDoc> = {}) =>
    t.store(Vestigingen).insert({
      _id: code,
      revision: 1,
      brin: code.slice(0, 4),
      bevoegdGezag: '41234',
      naam: `School ${code}`,
      sector: 'po',
      gemeente: null,
      status: 'open',
      ...fields,
    });
  return { ...t, dataset, vestiging };
}

/** A po vestiging in DUO's statistics: Zuid-Holland by its eindscores, in gemeente 's-Gravenhage. */
const eindscore: EindscoreRow = {
  vestiging: '99ZZ00',
  brin: '99ZZ',
  bevoegdGezag: '41234',
  naam: 'Basisschool Den Haag',
  provincie: 'Zuid-Holland',
  soortPo: 'Bo',
  schooljaar: '2018-2019',
  leerjaar8: 20,
  scores: [],
};
const pupils: PoLeerlingenRow = {
  vestiging: '99ZZ00',
  brin: '99ZZ',
  bevoegdGezag: '41234',
  naam: 'Basisschool Den Haag',
  soort: 'BO',
  gemeente: "'S-GRAVENHAGE",
  perYear: [{ year: 2025, leerlingen: 200 }],
};

describe('InputsLoader: the registry as known on the run day', () => {
  it('assesses a vestiging closed after the run day, not one closed before it', async () => {
    const t = await setup();
    await t.vestiging('12AB00');
    await t.vestiging('12AB01', { status: 'closed', closedOn: '2025-03-01' });
    const codes = async (asOf: string) =>
      (await t.sut.load(asOf)).vestigingen.map((v) => v.vestiging).sort();
    expect(await codes('2024-10-01')).toEqual(['12AB00', '12AB01']);
    expect(await codes('2025-10-01')).toEqual(['12AB00']);
  });

  it("takes the registry's provincie, else its gemeente's from the statistics", async () => {
    const t = await setup();
    await t.dataset('eindscores', '2018-2019', [eindscore]);
    await t.dataset('poLeerlingen', '1996-2025', [pupils]);
    await t.vestiging('12AB00', { provincie: 'Utrecht', gemeente: 'UTRECHT' });
    // Only the registry knows it; its gemeente lies in Zuid-Holland, as 99ZZ00 shows.
    await t.vestiging('12AC00', { gemeente: "'s-Gravenhage" });
    await t.vestiging('12AD00', { gemeente: 'NERGENSHUIZEN' });
    const inputs = await t.sut.load('2026-09-01');
    const provincie = Object.fromEntries(inputs.vestigingen.map((v) => [v.vestiging, v.provincie]));
    expect(provincie).toEqual({ '12AB00': 'Utrecht', '12AC00': 'Zuid-Holland', '12AD00': null });
  });
});

describe('InputsLoader: other services’ events as known on the run day', () => {
  it('leaves out a herstelopdracht outcome decided after the run day', async () => {
    const t = await setup();
    await t.vestiging('12AB00');
    const models = t.get(ReadModels);
    await models.herstelopdrachten.insert({
      _id: 'case-1',
      brin: '12AB',
      vestiging: '12AB00',
      outcome: 'niet-voldaan',
      decidedOn: '2026-07-15',
    });
    const niet = async (asOf: string) =>
      (await t.sut.casework(asOf)).vestigingen.find((v) => v.vestiging === '12AB00')
        ?.herstelopdrachtNietVoldaan ?? false;
    expect(await niet('2025-09-01')).toBe(false);
    expect(await niet('2026-09-01')).toBe(true);
  });

  it('takes no schooljaar begun after the run day as its monitoring year', async () => {
    const t = await setup();
    const models = t.get(ReadModels);
    await models.missingSubmissions.insert({
      _id: '12AB00|2025-2026',
      vestiging: '12AB00',
      schooljaar: '2025-2026',
    });
    await models.submissions.insert({
      _id: '12AB00|2024-2025',
      revision: 1,
      vestiging: '12AB00',
      schooljaar: '2024-2025',
      late: false,
      shareFeelingSafe: 0.9,
    });
    expect((await t.sut.monitoring('2025-06-01')).map((m) => m.schooljaar)).toEqual(['2024-2025']);
    expect((await t.sut.monitoring('2025-08-01')).map((m) => m.schooljaar).sort()).toEqual([
      '2024-2025',
      '2025-2026',
    ]);
  });
});
