import type { Block, RenderedTemplate, Signatory } from './template';
import { assertNoPlaceholdersLeft } from './template';

/** A document sent along with a letter (e.g. the concept report). */
export interface Attachment {
  title: string;
  paragraphs: string[];
}

/** Everything printed on a letter, fixed when it is issued; PDF and mail body are made from it. */
export interface LetterText {
  kenmerk: string;
  /** The date on the letter, in Dutch words (`23 november 2026`). */
  datum: string;
  subject: string;
  /** Address block: the board's name and postal address as far as known. */
  addressee: string[];
  inReplyToKenmerk: string | null;
  blocks: Block[];
  signatory: Signatory;
  /** The NB line about the afschrift, when one is sent. */
  afschrift: string | null;
  attachmentTitles: string[];
}

export const SENDER = 'Inspectie van het Onderwijs';

export function composeLetter(input: {
  kenmerk: string;
  datum: string;
  rendered: RenderedTemplate;
  addressee: string[];
  inReplyToKenmerk: string | null;
  signatory: Signatory;
  afschrift: string | null;
  attachments: readonly Attachment[];
}): LetterText {
  const letter: LetterText = {
    kenmerk: input.kenmerk,
    datum: input.datum,
    subject: input.rendered.subject,
    addressee: input.addressee,
    inReplyToKenmerk: input.inReplyToKenmerk,
    blocks: input.rendered.blocks,
    signatory: input.signatory,
    afschrift: input.afschrift,
    attachmentTitles: input.attachments.map((a) => a.title),
  };
  assertNoPlaceholdersLeft(`letter ${input.kenmerk}`, [
    ...plainTextLines(letter),
    ...input.attachments.flatMap((a) => [a.title, ...a.paragraphs]),
  ]);
  return letter;
}

/** The reference rows at the top of the letter. */
export function referenceRows(letter: LetterText): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ['Datum', letter.datum],
    ['Ons kenmerk', letter.kenmerk],
  ];
  if (letter.inReplyToKenmerk) rows.push(['Eerdere brief', letter.inReplyToKenmerk]);
  rows.push(['Betreft', letter.subject]);
  return rows;
}

function plainTextLines(letter: LetterText): string[] {
  const lines: string[] = [SENDER, '', ...letter.addressee, ''];
  for (const [label, value] of referenceRows(letter)) lines.push(`${label}: ${value}`);
  lines.push('');
  for (const block of letter.blocks) {
    lines.push(block.kind === 'heading' ? block.text.toUpperCase() : block.text, '');
  }
  lines.push('Met vriendelijke groet,', '', letter.signatory.name, letter.signatory.role);
  if (letter.afschrift) lines.push('', `NB: ${letter.afschrift}`);
  if (letter.attachmentTitles.length > 0) {
    lines.push('', 'Bijlagen:', ...letter.attachmentTitles.map((t) => `- ${t}`));
  }
  return lines;
}

/** The letter as the plain-text body of the mail (the PDF is the official copy). */
export function letterPlainText(letter: LetterText): string {
  return `${plainTextLines(letter).join('\n')}\n`;
}
