import type { BoardSnapshot, SchoolSnapshot, VestigingSnapshot } from '@inspectorate/contracts';
import type { BoardRow, VestigingRow } from '../../duo/parse';
import { afdelingenOf } from '../../duo/values';

/**
 * From DUO rows to the snapshots the registry keeps and publishes. The
 * fields DUO gives are "DUO fields"; the contact e-mails are ours (managed
 * through the API) and an import never touches them.
 */

export type EntityKind = 'board' | 'school' | 'vestiging';

export const DUO_FIELDS = {
  board: ['name', 'address', 'gemeente', 'denominatie'],
  school: [
    'name',
    'bevoegdGezagNummer',
    'sector',
    'denominatie',
    'onderwijsstructuren',
    'address',
    'gemeente',
    'provincie',
  ],
  vestiging: [
    'name',
    'bevoegdGezagNummer',
    'sector',
    'address',
    'gemeente',
    'provincie',
    'afdelingen',
  ],
} as const satisfies Record<EntityKind, readonly string[]>;

/** What DUO says about a board: the snapshot minus our own fields and the status. */
export type BoardFacts = Pick<
  BoardSnapshot,
  'bevoegdGezagNummer' | (typeof DUO_FIELDS.board)[number]
>;
// Required: `provincie` is optional in the contract only because events sent
// before it lack it; the registry always sends it (null when DUO gives none).
export type SchoolFacts = Required<
  Pick<SchoolSnapshot, 'brin' | (typeof DUO_FIELDS.school)[number]>
>;
export type VestigingFacts = Required<
  Pick<
    VestigingSnapshot,
    'vestigingCode' | 'brin' | 'vestigingsnummer' | (typeof DUO_FIELDS.vestiging)[number]
  >
> & {
  /** Kept in the registry (and the API), not in the event: DUO's count, null when masked. */
  leerlingen: number | null;
};

export function boardFacts(row: BoardRow): BoardFacts {
  return {
    bevoegdGezagNummer: row.bevoegdGezagNummer,
    name: row.name,
    address: { ...row.address },
    gemeente: row.gemeente ? { ...row.gemeente } : null,
    denominatie: row.denominatie,
  };
}

export function vestigingFacts(row: VestigingRow): VestigingFacts {
  return {
    vestigingCode: row.vestigingCode,
    brin: row.brin,
    vestigingsnummer: row.vestigingsnummer,
    name: row.vestigingsnaam,
    bevoegdGezagNummer: row.bevoegdGezagNummer,
    sector: row.sector,
    address: { ...row.address },
    gemeente: row.gemeente ? { ...row.gemeente } : null,
    afdelingen: afdelingenOf(row.sector, row.onderwijsstructuren),
    leerlingen: row.leerlingen,
    provincie: row.provincie,
  };
}

/**
 * A school from the rows of its vestigingen: name, address and sector of the
 * main location (vestigingsnummer 00, else the first row), the board (the
 * parser already refused rows that disagree on it), and the union of the
 * onderwijsstructuren in file order.
 */
export function schoolFacts(rows: readonly VestigingRow[]): SchoolFacts {
  const main = rows.find((r) => r.vestigingsnummer === '00') ?? rows[0];
  if (!main) throw new Error('schoolFacts needs at least one row');
  const structuren = [...new Set(rows.flatMap((r) => r.onderwijsstructuren))];
  return {
    brin: main.brin,
    name: rows.find((r) => r.instellingsnaam)?.instellingsnaam ?? main.vestigingsnaam,
    bevoegdGezagNummer: main.bevoegdGezagNummer,
    sector: main.sector,
    denominatie: main.denominatie,
    onderwijsstructuren: structuren,
    address: { ...main.address },
    gemeente: main.gemeente ? { ...main.gemeente } : null,
    provincie: main.provincie,
  };
}

/** JSON with sorted keys: documents read back from MongoDB may order keys differently. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/** The top-level fields whose values differ (`undefined` counts as null). */
export function changedFields<T extends object>(
  current: Partial<T>,
  next: T,
  fields: readonly (keyof T & string)[],
): (keyof T & string)[] {
  return fields.filter(
    (field) => canonical(current[field] ?? null) !== canonical(next[field] ?? null),
  );
}
