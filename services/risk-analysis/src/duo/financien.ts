import { CellError, readBoard, readDutchNumber, text, tryRow } from './values';
import { column, missingColumns, type TableSpec } from './table';

/**
 * DUO's financial files per bevoegd gezag and year. Columns are found by
 * their code before ' - ' (`2.1`, `TP`), not the full name: the names carry
 * Windows-1252 capitals (IMMATERIËLE) that re-saved copies mangle. An empty
 * amount is missing (null), not 0.
 */
export const BALANS_POSTEN = {
  immaterieleVasteActiva: '1.1',
  materieleVasteActiva: '1.2',
  financieleVasteActiva: '1.3',
  voorraden: '1.4',
  vorderingen: '1.5',
  effecten: '1.6',
  liquideMiddelen: '1.7',
  eigenVermogen: '2.1',
  voorzieningen: '2.2',
  langlopendeSchulden: '2.3',
  kortlopendeSchulden: '2.4',
  totaalActiva: 'TA',
  totaalPassiva: 'TP',
  totaalVasteActiva: 'TVA',
  totaalVlottendeActiva: 'TVLA',
} as const;

export const BATEN_LASTEN_POSTEN = {
  rijksbijdragen: '3.1',
  overigeOverheidsbijdragen: '3.2',
  overigeBaten: '3.5',
  personeelslasten: '4.1',
  afschrijvingen: '4.2',
  huisvestingslasten: '4.3',
  overigeLasten: '4.4',
  financieleBatenEnLasten: '5',
  resultaat: 'RESUL',
  saldoBatenEnLasten: 'SALDO',
  totaalBaten: 'TOTB',
  totaalLasten: 'TOTL',
} as const;

export type Balans = { [K in keyof typeof BALANS_POSTEN]: number | null };
export type BatenLasten = { [K in keyof typeof BATEN_LASTEN_POSTEN]: number | null };

export interface FinanceRow<P> {
  bevoegdGezag: string;
  naam: string;
  groepering: string;
  jaar: number;
  posten: P;
}

type Columns<P> = {
  board: number;
  naam: number;
  groepering: number;
  jaar: number;
  posten: Record<keyof P, number>;
};

function codeOf(name: string): string {
  const dash = name.indexOf(' - ');
  return dash < 0 ? name : name.slice(0, dash).trim();
}

function financeSpec<P extends Record<string, number | null>>(
  name: string,
  posten: Record<keyof P, string>,
): TableSpec<FinanceRow<P>, Columns<P>> {
  return {
    name,
    columns(header) {
      const base = {
        'BEVOEGD GEZAG NUMMER': column(header, 'BEVOEGD GEZAG NUMMER', 'BEVOEGD_GEZAG_NUMMER'),
        'BEVOEGD GEZAG NAAM': column(header, 'BEVOEGD GEZAG NAAM', 'BEVOEGD_GEZAG_NAAM'),
        GROEPERING: column(header, 'GROEPERING'),
        JAAR: column(header, 'JAAR'),
      };
      const codes = header.map(codeOf);
      const found = {} as Record<keyof P, number>;
      const lacking: string[] = [];
      for (const [key, code] of Object.entries(posten) as [keyof P, string][]) {
        const index = codes.indexOf(code);
        if (index < 0) lacking.push(`'${code} - ...'`);
        else found[key] = index;
      }
      const missing = missingColumns(base);
      if (missing || lacking.length > 0)
        return [missing, lacking.length ? `the header lacks ${lacking.join(', ')}` : null]
          .filter(Boolean)
          .join('; ');
      const v = Object.values(base) as number[];
      return { board: v[0], naam: v[1], groepering: v[2], jaar: v[3], posten: found };
    },
    row(cells, c) {
      return tryRow(() => {
        const jaar = cells[c.jaar].trim();
        if (!/^(19|20)[0-9]{2}$/.test(jaar)) throw new CellError(`JAAR '${jaar}' is not a year`);
        const values = {} as Record<string, number | null>;
        for (const [key, index] of Object.entries(c.posten) as [string, number][])
          values[key] = readDutchNumber(cells[index], `${posten[key as keyof P]}`);
        return {
          bevoegdGezag: readBoard(cells[c.board]),
          naam: text(cells[c.naam]),
          groepering: text(cells[c.groepering]),
          jaar: Number(jaar),
          posten: values as P,
        };
      });
    },
  };
}

/** Balans per bevoegd gezag and year (01.-po-(mab)-balans). */
export const balansSpec = financeSpec<Balans>('balans per bevoegd gezag', BALANS_POSTEN);
/** Staat van baten en lasten per bevoegd gezag and year (02.-po-(mb)-staat-van-baten-en-lasten). */
export const batenLastenSpec = financeSpec<BatenLasten>(
  'staat van baten en lasten per bevoegd gezag',
  BATEN_LASTEN_POSTEN,
);
