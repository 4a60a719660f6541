import { readOptionalBoard, readBrin, readCount, readVestiging, text, tryRow } from './values';
import { column, missingColumns, type TableSpec } from './table';

/** Pupils of one po vestiging per year (1 October count); null is unknown (`<5`). */
export interface PoLeerlingenRow {
  vestiging: string;
  brin: string;
  /** null where DUO gives board 0 (rows of long-closed vestigingen). */
  bevoegdGezag: string | null;
  naam: string;
  /** BO, SBO, SO, VSO. */
  soort: string;
  gemeente: string;
  perYear: { year: number; leerlingen: number | null }[];
}

type PoColumns = Record<'brin' | 'vestiging' | 'naam' | 'soort' | 'board' | 'gemeente', number> & {
  years: { year: number; index: number }[];
};

/** The historical overview of pupils per po schoolvestiging (LEERLINGEN_1996 ... LEERLINGEN_2025). */
export const poLeerlingenSpec: TableSpec<PoLeerlingenRow, PoColumns> = {
  name: 'historisch overzicht leerlingen per po schoolvestiging',
  columns(header) {
    const base = {
      'INSTELLINGSCODE (or BRIN NUMMER)': column(
        header,
        'INSTELLINGSCODE',
        'BRIN NUMMER',
        'BRIN_NUMMER',
      ),
      'VESTIGINGSCODE (or VESTIGINGSNUMMER)': column(header, 'VESTIGINGSCODE', 'VESTIGINGSNUMMER'),
      NAAM_VESTIGING: column(header, 'NAAM_VESTIGING', 'INSTELLINGSNAAM_VESTIGING'),
      SOORT_VESTIGING: column(header, 'SOORT_VESTIGING', 'SOORT_PO'),
      BEVOEGD_GEZAG_NUMMER: column(header, 'BEVOEGD_GEZAG_NUMMER'),
      GEMEENTENAAM_VESTIGING: column(header, 'GEMEENTENAAM_VESTIGING', 'GEMEENTENAAM'),
    };
    const missing = missingColumns(base);
    if (missing) return missing;
    const years = header.flatMap((name, index) => {
      const m = /^LEERLINGEN_([0-9]{4})$/.exec(name);
      return m ? [{ year: Number(m[1]), index }] : [];
    });
    if (years.length === 0) return 'the header has no LEERLINGEN_yyyy columns';
    const v = Object.values(base) as number[];
    return {
      brin: v[0],
      vestiging: v[1],
      naam: v[2],
      soort: v[3],
      board: v[4],
      gemeente: v[5],
      years,
    };
  },
  row(cells, c) {
    return tryRow(() => {
      const brin = readBrin(cells[c.brin]);
      return {
        vestiging: readVestiging(cells[c.vestiging], brin),
        brin,
        bevoegdGezag: readOptionalBoard(cells[c.board]),
        naam: text(cells[c.naam]),
        soort: text(cells[c.soort]).toUpperCase(),
        gemeente: text(cells[c.gemeente]),
        perYear: c.years.map((y) => ({
          year: y.year,
          leerlingen: readCount(cells[y.index], `LEERLINGEN_${y.year}`),
        })),
      };
    });
  },
};

/** Pupils of one vo vestiging in one opleiding (summed over leerjaren and sexes). */
export interface VoLeerlingenRow {
  vestiging: string;
  brin: string;
  naam: string;
  provincie: string;
  onderwijstype: string;
  opleiding: string;
  /** null when any of the cells was masked. */
  leerlingen: number | null;
}

type VoColumns = Record<
  'brin' | 'vestiging' | 'naam' | 'provincie' | 'onderwijstype' | 'opleiding',
  number
> & {
  counts: number[];
};

/** vo pupils per vestiging by onderwijstype and leerjaar (one year per file). */
export const voLeerlingenSpec: TableSpec<VoLeerlingenRow, VoColumns> = {
  name: 'leerlingen vo per vestiging naar onderwijstype',
  columns(header) {
    const base = {
      'BRIN NUMMER (or INSTELLINGSCODE)': column(header, 'BRIN NUMMER', 'INSTELLINGSCODE'),
      'VESTIGINGSNUMMER (or VESTIGINGSCODE)': column(header, 'VESTIGINGSNUMMER', 'VESTIGINGSCODE'),
      'INSTELLINGSNAAM VESTIGING': column(header, 'INSTELLINGSNAAM VESTIGING'),
      'PROVINCIE VESTIGING': column(header, 'PROVINCIE VESTIGING'),
      'ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR': column(
        header,
        'ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR',
      ),
      OPLEIDINGSNAAM: column(header, 'OPLEIDINGSNAAM'),
    };
    const missing = missingColumns(base);
    if (missing) return missing;
    const counts = header.flatMap((name, index) =>
      /^LEER- OF VERBLIJFSJAAR [0-9] - (MAN|VROUW)$/.test(name) ? [index] : [],
    );
    if (counts.length === 0)
      return 'the header has no LEER- OF VERBLIJFSJAAR n - MAN/VROUW columns';
    const v = Object.values(base) as number[];
    return {
      brin: v[0],
      vestiging: v[1],
      naam: v[2],
      provincie: v[3],
      onderwijstype: v[4],
      opleiding: v[5],
      counts,
    };
  },
  row(cells, c) {
    return tryRow(() => {
      const brin = readBrin(cells[c.brin]);
      let total: number | null = 0;
      for (const index of c.counts) {
        const n = readCount(cells[index], 'leerlingen');
        total = n === null || total === null ? null : total + n;
      }
      return {
        vestiging: readVestiging(cells[c.vestiging], brin),
        brin,
        naam: text(cells[c.naam]),
        provincie: text(cells[c.provincie]),
        onderwijstype: text(cells[c.onderwijstype]),
        opleiding: text(cells[c.opleiding]),
        leerlingen: total,
      };
    });
  },
};
