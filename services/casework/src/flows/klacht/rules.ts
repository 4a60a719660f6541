import { addDuration } from '../../case-types/duration';
import { dutchDate } from '../../engine/letters';

/** The case type and its statuses (catalogue data in case-types/defaults.ts, version 2). */
export const KLACHT = 'klacht';
export const KlachtStatus = {
  received: 'ontvangen',
  completionAsked: 'aanvulling-gevraagd',
  handling: 'in-behandeling',
  hearingScheduled: 'hoorzitting-gepland',
  overdue: 'termijn-verstreken',
  closed: 'afgehandeld',
} as const;

export const CHANNELS = ['post', 'e-mail', 'contactformulier', 'balie'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The person who complains: what the klaagschrift says, each part possibly missing. */
export interface Complainant {
  name: string | null;
  addressLines: string[];
  email: string | null;
}

/** A klaagschrift as received: what Awb 9:4 asks of it, and what 9:8 looks at. */
export interface Klaagschrift {
  receivedOn: string;
  channel: Channel;
  complainant: Complainant;
  description: string | null;
  /** The date the complainant put on it (dagtekening). */
  datedOn: string | null;
  signed: boolean;
  /** When the conduct complained about took place, if the klaagschrift says. */
  conductOn: string | null;
  /** The conduct is (or was) open to objection or appeal (bezwaar of beroep). */
  openToObjection: boolean;
}

/**
 * What Awb 9:4(2) requires and the klaagschrift lacks, in the words of the
 * letter that asks to complete it: signed, the complainant's name and
 * address, the date, a description of the conduct. Empty: complete.
 */
export function missingUnder94(
  k: Pick<Klaagschrift, 'complainant' | 'description' | 'datedOn' | 'signed'>,
): string[] {
  const missing: string[] = [];
  if (!k.description?.trim()) missing.push('een omschrijving van de gedraging waarover u klaagt');
  if (!k.complainant.name?.trim()) missing.push('uw naam');
  if (k.complainant.addressLines.length === 0) missing.push('uw adres');
  if (!k.datedOn) missing.push('de datum waarop u de klacht verstuurde');
  if (!k.signed) missing.push('uw handtekening');
  return missing;
}

/**
 * Awb 9:8(1) under b and c: no obligation to handle a complaint about
 * conduct more than a year before it was submitted, or about conduct open
 * to objection or appeal. The reason as the letter gives it, or null.
 */
export function notHandledUnder98(
  k: Pick<Klaagschrift, 'receivedOn' | 'conductOn' | 'openToObjection'>,
): string | null {
  if (k.openToObjection) {
    return 'Tegen de gedraging waarover u klaagt staat bezwaar of beroep open, of heeft dat opengestaan (artikel 9:8, eerste lid, onder c, van de Algemene wet bestuursrecht). Daarvoor is die procedure bedoeld, niet de klachtprocedure.';
  }
  if (k.conductOn && addDuration(k.conductOn, 'P1Y') < k.receivedOn) {
    return `De gedraging waarover u klaagt vond plaats op ${dutchDate(k.conductOn)}, meer dan een jaar voordat wij uw klacht ontvingen op ${dutchDate(k.receivedOn)} (artikel 9:8, eerste lid, onder b, van de Algemene wet bestuursrecht).`;
  }
  return null;
}

/** The reasons Awb 9:10(2) allows for not hearing the complainant. */
export const HEARING_SKIP_REASONS = {
  'kennelijk-ongegrond':
    'de klacht is kennelijk ongegrond (artikel 9:10, tweede lid, onder a, Awb)',
  'geen-prijs-op-gesteld':
    'de klager heeft verklaard geen gebruik te willen maken van het recht te worden gehoord (artikel 9:10, tweede lid, onder b, Awb)',
  'niet-gereageerd':
    'de klager heeft niet binnen de gestelde redelijke termijn verklaard gehoord te willen worden (artikel 9:10, tweede lid, onder c, Awb)',
} as const;
export type HearingSkipReason = keyof typeof HEARING_SKIP_REASONS;

export const OUTCOMES = ['gegrond', 'deels-gegrond', 'ongegrond'] as const;
export type Outcome = (typeof OUTCOMES)[number];
