import { Type } from '@sinclair/typebox';
import { Nullable, StringEnum } from '../schema-helpers';
import { SCHOOLJAAR_FORMAT, SCHOOLJAAR_PATTERN } from '../schooljaar';

/**
 * Value types shared by the event schemas: the identifiers and words of the
 * domain (DOMAIN.md). Every pattern here is part of published contracts:
 * tightening one later is an incompatible change (compat.ts).
 */

export const BRIN_PATTERN = '^[0-9]{2}[A-Z]{2}$';
export const VESTIGING_CODE_PATTERN = '^[0-9]{2}[A-Z]{2}[0-9]{2}$';
export const BEVOEGD_GEZAG_NUMMER_PATTERN = '^[0-9]{5}$';
export const POSTCODE_PATTERN = '^[1-9][0-9]{3} [A-Z]{2}$';

export const Brin = Type.String({
  pattern: BRIN_PATTERN,
  description:
    'BRIN code (instellingscode) of the school: two digits and two capital letters, e.g. 12AB.',
});

export const VestigingCode = Type.String({
  pattern: VESTIGING_CODE_PATTERN,
  description:
    'Vestiging code: the BRIN plus the two-digit vestigingsnummer, e.g. 12AB00 (00 is the main location).',
});

export const Vestigingsnummer = Type.String({
  pattern: '^[0-9]{2}$',
  description:
    'Two-digit vestigingsnummer within the BRIN, as a string (leading zero kept), e.g. 00.',
});

export const BevoegdGezagNummer = Type.String({
  pattern: BEVOEGD_GEZAG_NUMMER_PATTERN,
  description:
    'Bevoegd gezag nummer of the board (bestuur): five digits as a string (leading zeros kept), e.g. 41234.',
});

export const Schooljaar = Type.String({
  pattern: SCHOOLJAAR_PATTERN,
  format: SCHOOLJAAR_FORMAT,
  description: 'Schooljaar (1 August to 31 July) as two consecutive years, e.g. 2022-2023.',
});

export const SECTORS = ['po', 'so', 'vso', 'vo', 'mbo', 'ho'] as const;
export type Sector = (typeof SECTORS)[number];
export const SectorSchema = StringEnum(SECTORS, {
  description: 'Education sector: po, so, vso, vo, mbo or ho.',
});

export const AFDELINGEN = ['vmbo-b', 'vmbo-k', 'vmbo-gt', 'havo', 'vwo'] as const;
export type Afdeling = (typeof AFDELINGEN)[number];
export const AfdelingSchema = StringEnum(AFDELINGEN, {
  description: 'Afdeling of a vo school; judgments in vo are given per afdeling.',
});

export const ENTITY_STATUSES = ['open', 'closed'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];
export const EntityStatusSchema = StringEnum(ENTITY_STATUSES, {
  description: 'open, or closed (see closedOn).',
});

/** A calendar date (`2023-07-01`), no time zone: the Dutch calendar day. */
export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD.' });

/** An instant with offset (RFC 3339), e.g. `2023-06-30T14:02:11.000Z`. */
export const Timestamp = Type.String({
  format: 'date-time',
  description: 'Instant, RFC 3339 with offset.',
});

/** Free text from DUO or a person: non-empty, bounded so a broken import can't ship megabytes. */
export function Text(description: string, maxLength = 300) {
  return Type.String({ minLength: 1, maxLength, description });
}

export function NullableEmail(description: string) {
  return Nullable(Type.String({ format: 'email', maxLength: 254 }), { description });
}

export const ProviderId = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
  description:
    'Id of the instrumentaanbieder (survey provider) as registered in monitoring-intake; 1-64 letters, digits, ".", "_", "-".',
});

/**
 * A postal address as DUO gives it. Every part may be unknown (null): the
 * registry import must not fail on one incomplete row, and consumers that
 * need a full address (letters) check for it themselves.
 */
export const Address = Type.Object(
  {
    straat: Nullable(Text('Street name.', 200), { description: 'Street name; null when unknown.' }),
    huisnummer: Nullable(Type.Integer({ minimum: 1, maximum: 99999 }), {
      description: 'House number; null when unknown or not numeric.',
    }),
    huisnummerToevoeging: Nullable(Type.String({ minLength: 1, maxLength: 20 }), {
      description: 'Addition to the house number (e.g. "a", "bis", "-14"); null when none.',
    }),
    postcode: Nullable(Type.String({ pattern: POSTCODE_PATTERN }), {
      description: 'Dutch postcode, normalised to "1234 AB"; null when unknown.',
    }),
    plaats: Nullable(Text('Place name.', 200), {
      description: 'Place (plaatsnaam); null when unknown.',
    }),
  },
  { additionalProperties: false, description: 'Postal address.' },
);

export const Gemeente = Nullable(
  Type.Object(
    {
      nummer: Type.String({
        pattern: '^[0-9]{4}$',
        description: 'CBS gemeentecode, four digits with leading zeros (e.g. 0363).',
      }),
      naam: Text('Name of the gemeente.', 200),
    },
    { additionalProperties: false },
  ),
  { description: 'The gemeente (municipality) the address lies in; null when unknown.' },
);
