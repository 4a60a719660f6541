import type { CaseAggregate } from '../../engine/case-aggregate';
import { dutchDate, requestLetter } from '../../engine/letters';

/** The letters of a complaint, by purpose: the notifications template each asks for. */
export const KLACHT_LETTERS = {
  ontvangst: 'klacht-ontvangstbevestiging',
  aanvulling: 'klacht-aanvulling',
  'niet-behandeld': 'klacht-niet-behandeld',
  verdaging: 'klacht-verdaging',
  uitkomst: 'klacht-uitkomst',
} as const;
export type KlachtLetter = keyof typeof KLACHT_LETTERS;

/**
 * The complainant's details as the case keeps them (facts): what a letter
 * is addressed with. Every letter of a complaint goes to the complainant,
 * never to a board.
 */
export function complainantFacts(c: {
  name: string | null;
  addressLines: string[];
  email: string | null;
}) {
  return {
    klagerNaam: c.name?.trim() ?? '',
    klagerAdres: c.addressLines.join('\n'),
    klagerEmail: c.email ?? '',
  };
}

export function requestKlachtLetter(
  c: CaseAggregate,
  actor: string,
  purpose: KlachtLetter,
  placeholders: Record<string, string> = {},
): void {
  const f = c.doc.facts ?? {};
  const name = f['klagerNaam'] || 'De indiener van de klacht';
  requestLetter(c, actor, {
    purpose,
    template: KLACHT_LETTERS[purpose],
    placeholders: {
      naam_klager: f['klagerNaam'] || 'heer, mevrouw',
      datum_klacht: dutchDate(f['receivedOn']!),
      ...placeholders,
    },
    afschriftAanDirectie: false,
    addressee: {
      name,
      addressLines: (f['klagerAdres'] ?? '').split('\n').filter((l) => l.trim() !== ''),
      email: f['klagerEmail'] || null,
    },
  });
}
