import { normaliseHeader } from '@inspectorate/duo';

/**
 * The columns we read from DUO's lists, with every header name DUO has used
 * for them. DUO renames columns between years and sectors (`INSTELLINGSCODE`
 * was `BRIN NUMMER`, a six-character `VESTIGINGSCODE` was a two-digit
 * `VESTIGINGSNUMMER` next to the BRIN), so a file is read by header name,
 * never by position. Columns not listed here are ignored.
 */
export const COLUMN_ALIASES = {
  provincie: ['PROVINCIE'],
  bevoegdGezagNummer: ['BEVOEGD GEZAG NUMMER', 'BEVOEGDGEZAGNUMMER', 'BG NUMMER'],
  boardName: ['BEVOEGD GEZAG NAAM', 'NAAM BEVOEGD GEZAG', 'BEVOEGDGEZAGNAAM'],
  brin: ['INSTELLINGSCODE', 'BRIN NUMMER', 'BRINNUMMER', 'BRIN'],
  vestigingCode: ['VESTIGINGSCODE'],
  vestigingsnummer: ['VESTIGINGSNUMMER', 'VESTIGINGNUMMER'],
  instellingsnaam: ['INSTELLINGSNAAM'],
  vestigingsnaam: ['VESTIGINGSNAAM'],
  straat: ['STRAATNAAM'],
  huisnummer: ['HUISNUMMER-TOEVOEGING', 'HUISNUMMER TOEVOEGING', 'HUISNUMMER'],
  postcode: ['POSTCODE'],
  plaats: ['PLAATSNAAM'],
  gemeenteNummer: ['GEMEENTENUMMER'],
  gemeenteNaam: ['GEMEENTENAAM'],
  denominatie: ['DENOMINATIE'],
  onderwijsstructuur: ['ONDERWIJSSTRUCTUUR'],
  sector: ['SECTOR', 'ONDERWIJSSECTOR', 'SOORT PO', 'SOORT ONDERWIJS'],
  leerlingen: ['AANTAL LEERLINGEN', 'LEERLINGEN', 'TOTAAL AANTAL LEERLINGEN'],
} as const;

export type ColumnName = keyof typeof COLUMN_ALIASES;

/** Column index per field, for the fields the header has. */
export function mapColumns(header: readonly string[]): Partial<Record<ColumnName, number>> {
  const normalised = header.map(normaliseHeader);
  const found: Partial<Record<ColumnName, number>> = {};
  for (const [field, aliases] of Object.entries(COLUMN_ALIASES) as [
    ColumnName,
    readonly string[],
  ][]) {
    for (const alias of aliases) {
      const index = normalised.indexOf(alias);
      if (index >= 0) {
        found[field] = index;
        break;
      }
    }
  }
  return found;
}
