import type { BoardRecipient, VestigingRecipient } from '../persistence/recipients.store';

/** Where a letter goes, decided from the read model at issue (and again at an operator's resend). */
export interface ResolvedRecipients {
  to: string | null;
  cc: string[];
  blockedReason: string | null;
  warnings: string[];
}

export function resolveRecipients(input: {
  bevoegdGezagNummer: string;
  vestigingCode: string | null;
  afschriftAanDirectie: boolean;
  board: BoardRecipient | null;
  vestiging: VestigingRecipient | null;
}): ResolvedRecipients {
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

/** The address block of the letter: the board's name and postal address, as far as known. */
export function addresseeLines(bevoegdGezagNummer: string, board: BoardRecipient | null): string[] {
  if (!board) return [`Het bevoegd gezag met nummer ${bevoegdGezagNummer}`];
  const a = board.address;
  const street = [a.straat, a.huisnummer, a.huisnummerToevoeging]
    .filter((p) => p !== null)
    .join(' ');
  const place = [a.postcode, a.plaats].filter((p) => p !== null).join('  ');
  return [`Het bestuur van ${board.name}`, street, place].filter((line) => line.trim() !== '');
}
