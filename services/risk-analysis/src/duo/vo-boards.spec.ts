import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { balansSpec, batenLastenSpec } from './financien';
import { realBytes, realFile } from './real-files';
import { readTable } from './table';
import { withVoBoards } from './vo-boards';

// GENERATED vo boards (DUO publishes no vo financial figures) on top of the
// real po financial files, for the benchmark's national size.
describe('vo boards topped up with generated financial figures', () => {
  const real = (['balans', 'batenLasten'] as const).map((name) => ({
    name: basename(realFile(name)!),
    bytes: readFileSync(realFile(name)!),
  }));
  const [balans, batenLasten] = withVoBoards(real, realBytes('voVestigingen2020').bytes);
  const rows = {
    balans: readTable(balansSpec, balans.bytes),
    batenLasten: readTable(batenLastenSpec, batenLasten.bytes),
  };
  const realRows = readTable(balansSpec, real[0].bytes).rows;

  it('adds every board of the vo list the financial files do not name, in both files, as VO', () => {
    for (const read of Object.values(rows)) expect(read.errors).toEqual([]);
    const added = rows.balans.rows.filter((r) => r.groepering === 'VO');
    const boards = new Set(added.map((r) => r.bevoegdGezag));
    // 323 boards on the 2020 vo list, 26 of which the po financial files name already.
    expect(boards.size).toBe(297);
    expect(boards.has('10053')).toBe(true); // School voor Praktijkonderwijs Assen's board
    expect(new Set(realRows.map((r) => r.bevoegdGezag)).has('10053')).toBe(false);
    const added2 = rows.batenLasten.rows.filter((r) => r.groepering === 'VO');
    expect(new Set(added2.map((r) => r.bevoegdGezag))).toEqual(boards);
    // The real rows are all still there, unchanged.
    expect(rows.balans.rows.slice(0, realRows.length)).toEqual(realRows);
  });

  it("gives a vo board a po board's figures for every year, the same board in both files", () => {
    const of = (read: { rows: { bevoegdGezag: string }[] }, board: string) =>
      read.rows.filter((r) => r.bevoegdGezag === board);
    const strip = (list: { jaar: number; posten: unknown }[]) =>
      list.map((r) => ({ jaar: r.jaar, posten: r.posten }));
    const vo = strip(of(rows.balans, '10053') as never[]);
    expect(vo.length).toBeGreaterThan(0);
    const templates = [...new Set(realRows.map((r) => r.bevoegdGezag))].filter(
      (b) => JSON.stringify(strip(of(rows.balans, b) as never[])) === JSON.stringify(vo),
    );
    expect(templates.length).toBeGreaterThan(0);
    expect(strip(of(rows.batenLasten, '10053') as never[])).toEqual(
      strip(of(rows.batenLasten, templates[0]) as never[]),
    );
  });

  it('leaves other files as they are', () => {
    const other = { name: 'x.csv', bytes: realBytes('eindscores2019').bytes };
    expect(withVoBoards([other], realBytes('voVestigingen2020').bytes)[0]).toBe(other);
  });
});
