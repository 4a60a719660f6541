import { column, missingColumns, type TableSpec } from './table';
import {
  CellError,
  readBrin,
  readCount,
  readDutchNumber,
  readPointNumber,
  readVestiging,
  text,
  tryRow,
} from './values';

/** One schooljaar of one opleiding: totals over all sexes; null is unknown (`<5`). */
export interface ExamYear {
  schooljaar: string;
  kandidaten: number | null;
  geslaagden: number | null;
  /** DUO's own percentage (0-100), given even where the counts are masked. */
  slaagpercentage: number | null;
}

export interface ExamRow {
  vestiging: string;
  brin: string;
  naam: string;
  gemeente: string;
  /** ONDERWIJSTYPE VO: VMBO, HAVO, VWO. */
  onderwijstype: string;
  opleiding: string;
  years: ExamYear[];
}

interface ExamColumns {
  brin: number;
  vestiging: number;
  naam: number;
  gemeente: number;
  onderwijstype: number;
  opleiding: number;
  years: { schooljaar: string; kandidaten: number; geslaagden: number; perc: number }[];
  /** The new file writes 90.9, the old one 90,9%. */
  pointDecimals: boolean;
}

const YEAR = /^EXAMENKANDIDATEN SCHOOLJAAR ([0-9]{4}-[0-9]{4}) - TOTAAL$/;

/**
 * vo examenkandidaten en geslaagden per vestiging and opleiding, both
 * generations: `BRIN NUMMER;VESTIGINGSNUMMER` with `100,0%` (2014-2019) and
 * `INSTELLINGSCODE;VESTIGINGSCODE` with `90.9` and masked `<5` (2019-2024).
 */
export const examenSpec: TableSpec<ExamRow, ExamColumns> = {
  name: 'vo examenkandidaten en geslaagden',
  columns(header) {
    const base = {
      'INSTELLINGSCODE (or BRIN NUMMER)': column(header, 'INSTELLINGSCODE', 'BRIN NUMMER'),
      'VESTIGINGSCODE (or VESTIGINGSNUMMER)': column(header, 'VESTIGINGSCODE', 'VESTIGINGSNUMMER'),
      'INSTELLINGSNAAM VESTIGING': column(header, 'INSTELLINGSNAAM VESTIGING'),
      GEMEENTENAAM: column(header, 'GEMEENTENAAM'),
      'ONDERWIJSTYPE VO': column(header, 'ONDERWIJSTYPE VO'),
      OPLEIDINGSNAAM: column(header, 'OPLEIDINGSNAAM'),
    };
    const missing = missingColumns(base);
    if (missing) return missing;
    const years: ExamColumns['years'] = [];
    for (const name of header) {
      const schooljaar = YEAR.exec(name)?.[1];
      if (!schooljaar) continue;
      const geslaagden = column(header, `GESLAAGDEN SCHOOLJAAR ${schooljaar} - TOTAAL`);
      const perc = column(header, `SLAAGPERC SCHOOLJAAR ${schooljaar} - TOTAAL`);
      if (geslaagden === undefined || perc === undefined)
        return `the header has candidates for ${schooljaar} but no GESLAAGDEN/SLAAGPERC ... - TOTAAL`;
      years.push({ schooljaar, kandidaten: header.indexOf(name), geslaagden, perc });
    }
    if (years.length === 0)
      return 'the header has no EXAMENKANDIDATEN SCHOOLJAAR yyyy-yyyy - TOTAAL columns';
    const v = Object.values(base) as number[];
    return {
      brin: v[0],
      vestiging: v[1],
      naam: v[2],
      gemeente: v[3],
      onderwijstype: v[4],
      opleiding: v[5],
      years,
      pointDecimals: header.includes('INSTELLINGSCODE'),
    };
  },
  row(cells, c) {
    return tryRow(() => {
      const brin = readBrin(cells[c.brin]);
      const readPerc = c.pointDecimals ? readPointNumber : readDutchNumber;
      return {
        brin,
        vestiging: readVestiging(cells[c.vestiging], brin),
        naam: text(cells[c.naam]),
        gemeente: text(cells[c.gemeente]),
        onderwijstype: text(cells[c.onderwijstype]).toUpperCase(),
        opleiding: text(cells[c.opleiding]),
        years: c.years.map((y) => {
          const kandidaten = readCount(cells[y.kandidaten], `kandidaten ${y.schooljaar}`);
          const geslaagden = readCount(cells[y.geslaagden], `geslaagden ${y.schooljaar}`);
          if (kandidaten !== null && geslaagden !== null && geslaagden > kandidaten)
            throw new CellError(
              `${geslaagden} geslaagden of ${kandidaten} kandidaten in ${y.schooljaar}`,
            );
          return {
            schooljaar: y.schooljaar,
            kandidaten,
            geslaagden,
            slaagpercentage: readPerc(cells[y.perc], `slaagpercentage ${y.schooljaar}`),
          };
        }),
      };
    });
  },
};
