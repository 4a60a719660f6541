import type { BoardRecipient, VestigingRecipient } from '../persistence/recipients.store';

/** Where a letter goes, decided from the read model at issue (and again at an operator's resend). */
export interface ResolvedRecipients {
  to: string | null;
  cc: string[];
  blockedReason: string | null;
  warnings: string[];
}

/** A person a letter goes to instead of a board (SendLetter's addressee): a complainant, a reporter. */
export interface PersonAddressee {
  name: string;
  addressLines: string[];
  email: string | null;
}

export function resolveRecipients(input: {
  bevoegdGezagNummer: string | null;
  addressee?: PersonAddressee | null;
  vestigingCode: string | null;
  afschriftAanDirectie: boolean;
  board: BoardRecipient | null;
  vestiging: VestigingRecipient | null;
}): ResolvedRecipients {
  if (input.addressee) return personRecipients(input.addressee);
  const warnings: string[] = [];
  let blockedReason: string | null = null;
  if (!input.board) {
    blockedReason = `unknown-board: board ${input.bevoegdGezagNummer} is not (yet) known from the registry`;
  } else if (!input.board.contactEmail) {
    blockedReason = `no-address: board ${input.bevoegdGezagNummer} has no correspondence e-mail address in the registry`;
  }
  const cc: string[] = [];
  if (input.afschriftAanDirectie) {
    if (!input.vestigingCode) {
      warnings.push('afschrift aan directie asked, but the letter names no vestiging');
    } else if (!input.vestiging) {
      warnings.push(
        `afschrift: vestiging ${input.vestigingCode} is not (yet) known from the registry`,
      );
    } else if (!input.vestiging.directieEmail) {
      warnings.push(`afschrift: vestiging ${input.vestigingCode} has no directie e-mail address`);
    } else if (input.vestiging.directieEmail !== input.board?.contactEmail) {
      cc.push(input.vestiging.directieEmail);
    }
  }
  return { to: blockedReason ? null : input.board!.contactEmail, cc, blockedReason, warnings };
}

/**
 * A letter to a person goes to their e-mail address only: no afschrift (it
 * is about them, not about a school) and no portal inbox. Without an e-mail
 * address it is held (blocked) so an operator prints and posts it.
 */
function personRecipients(person: PersonAddressee): ResolvedRecipients {
  if (!person.email) {
    return {
      to: null,
      cc: [],
      blockedReason: `post: ${person.name} gave no e-mail address; print the letter and post it`,
      warnings: [],
    };
  }
  return { to: person.email, cc: [], blockedReason: null, warnings: [] };
}

/** The address block of the letter: the board's name and postal address, as far as known. */
export function addresseeLines(
  bevoegdGezagNummer: string | null,
  board: BoardRecipient | null,
  person?: PersonAddressee | null,
): string[] {
  if (person) return [person.name, ...person.addressLines];
  if (!board) return [`Het bevoegd gezag met nummer ${bevoegdGezagNummer ?? 'onbekend'}`];
  const a = board.address;
  const street = [a.straat, a.huisnummer, a.huisnummerToevoeging]
    .filter((p) => p !== null)
    .join(' ');
  const place = [a.postcode, a.plaats].filter((p) => p !== null).join('  ');
  return [`Het bestuur van ${board.name}`, street, place].filter((line) => line.trim() !== '');
}
