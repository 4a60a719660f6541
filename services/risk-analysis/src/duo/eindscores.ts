import {
  CellError,
  readBoard,
  readBrin,
  readCount,
  readDutchNumber,
  readVestiging,
  text,
  tryRow,
} from './values';
import { column, missingColumns, type TableSpec } from './table';

/** The eindtoetsen DUO lists, as the header names them (CET = Centrale Eindtoets). */
export const TOETSEN = ['CET', 'IEP', 'ROUTE8', 'DIA', 'AMN'] as const;
export type Toets = (typeof TOETSEN)[number];

export interface ToetsScore {
  toets: Toets;
  /** Pupils who took it; null is unknown. */
  aantal: number | null;
  /** Average score on the toets's own scale; null when nobody took it or masked. */
  gemiddelde: number | null;
}

export interface EindscoreRow {
  vestiging: string;
  brin: string;
  bevoegdGezag: string;
  naam: string;
  provincie: string;
  /** Bo or Sbo. */
  soortPo: string;
  /** From PEILDATUM_LEERLINGEN: a peildatum in April 2019 is schooljaar 2018-2019. */
  schooljaar: string;
  leerjaar8: number | null;
  /** Only the toetsen the vestiging used (aantal > 0 or an average). */
  scores: ToetsScore[];
}

type Columns = Record<
  'peildatum' | 'brin' | 'vestiging' | 'naam' | 'provincie' | 'soort' | 'board' | 'leerjaar8',
  number
> & {
  toetsen: { toets: Toets; aantal: number; gem: number }[];
};

/** Average eindtoets scores per bo/sbo vestiging (gemiddelde-eindscores-bo-sbo). */
export const eindscoreSpec: TableSpec<EindscoreRow, Columns> = {
  name: 'gemiddelde eindscores po',
  columns(header) {
    const base = {
      PEILDATUM_LEERLINGEN: column(header, 'PEILDATUM_LEERLINGEN'),
      'BRIN_NUMMER (or INSTELLINGSCODE)': column(header, 'BRIN_NUMMER', 'INSTELLINGSCODE'),
      'VESTIGINGSNUMMER (or VESTIGINGSCODE)': column(header, 'VESTIGINGSNUMMER', 'VESTIGINGSCODE'),
      INSTELLINGSNAAM_VESTIGING: column(header, 'INSTELLINGSNAAM_VESTIGING', 'VESTIGINGSNAAM'),
      PROVINCIE: column(header, 'PROVINCIE'),
      SOORT_PO: column(header, 'SOORT_PO'),
      BEVOEGD_GEZAG_NUMMER: column(header, 'BEVOEGD_GEZAG_NUMMER'),
      LEERJAAR_8: column(header, 'LEERJAAR_8'),
    };
    const missing = missingColumns(base);
    if (missing) return missing;
    const toetsen = TOETSEN.flatMap((toets) => {
      const aantal = column(header, `${toets}_AANTAL`);
      const gem = column(header, `${toets}_GEM`);
      return aantal === undefined || gem === undefined ? [] : [{ toets, aantal, gem }];
    });
    if (toetsen.length === 0) return 'the header has no <TOETS>_AANTAL and <TOETS>_GEM columns';
    const v = Object.values(base) as number[];
    return {
      peildatum: v[0],
      brin: v[1],
      vestiging: v[2],
      naam: v[3],
      provincie: v[4],
      soort: v[5],
      board: v[6],
      leerjaar8: v[7],
      toetsen,
    };
  },
  row(cells, c) {
    return tryRow(() => {
      const brin = readBrin(cells[c.brin]);
      const peildatum = cells[c.peildatum].trim();
      if (!/^[0-9]{8}$/.test(peildatum))
        throw new CellError(`PEILDATUM_LEERLINGEN '${peildatum}' is not a date yyyymmdd`);
      const year = Number(peildatum.slice(0, 4));
      const month = Number(peildatum.slice(4, 6));
      const start = month >= 8 ? year : year - 1;
      const scores = c.toetsen
        .map((t) => ({
          toets: t.toets,
          aantal: readCount(cells[t.aantal], `${t.toets}_AANTAL`),
          gemiddelde: readDutchNumber(cells[t.gem], `${t.toets}_GEM`),
        }))
        .filter((s) => s.gemiddelde !== null || (s.aantal !== null && s.aantal > 0));
      return {
        vestiging: readVestiging(cells[c.vestiging], brin),
        brin,
        bevoegdGezag: readBoard(cells[c.board]),
        naam: text(cells[c.naam]),
        provincie: text(cells[c.provincie]),
        soortPo: text(cells[c.soort]),
        schooljaar: `${start}-${start + 1}`,
        leerjaar8: readCount(cells[c.leerjaar8], 'LEERJAAR_8'),
        scores,
      };
    });
  },
};
