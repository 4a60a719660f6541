import {
  SECTORS,
  type Sector,
  SendLetter,
  type SendLetterData,
  createEvent,
  sourceOf,
} from '@inspectorate/contracts';
import type { CaseAggregate } from './case-aggregate';

export interface LetterRequest {
  /** What the letter is for within the case (`herstelopdracht`): part of its request id. */
  purpose: string;
  template: string;
  placeholders: Record<string, string>;
  attachments?: { title: string; paragraphs: string[] }[];
  inReplyToKenmerk?: string | null;
  /**
   * The purpose of an earlier letter of this case whose kenmerk this one
   * quotes (`herstelopdracht`). While that kenmerk is not known yet the
   * letter is held on the case and sent when notifications reports the
   * earlier letter issued (releaseHeldLetters), rather than failing the
   * decision that asked for it.
   */
  quotes?: string;
  afschriftAanDirectie: boolean;
  /**
   * A person the letter goes to instead of the case's board (a complainant):
   * name, postal address lines, e-mail (null: notifications holds it for the post).
   */
  addressee?: { name: string; addressLines: string[]; email: string | null };
}

/**
 * Asks notifications for a letter of this case: the reference on the case,
 * the timeline entry and the SendLetter command, written together. The
 * request id (`<caseId>:<purpose>`) is the idempotency key: however often
 * the command is delivered or replayed, notifications issues one letter.
 * Recipients (board address, directie for the afschrift) are notifications'
 * business, from its own registry read model; casework says who and what.
 */
export function requestLetter(c: CaseAggregate, actor: string, r: LetterRequest): void {
  const requestId = `${c.id}:${r.purpose}`;
  if (c.doc.letters.some((l) => l.requestId === requestId)) {
    throw new Error(`case ${c.id} already asked for its ${r.purpose} letter`);
  }
  const s = c.doc.subject;
  if (!s.bevoegdGezagNummer && !r.addressee)
    throw new Error(`case ${c.id} has no board to write to, and the letter names no person`);
  const data: SendLetterData = {
    requestId,
    template: r.template,
    caseId: c.id,
    bevoegdGezagNummer: r.addressee ? null : s.bevoegdGezagNummer,
    ...(r.addressee ? { addressee: r.addressee } : {}),
    brin: s.brin,
    vestigingCode: s.vestigingCode,
    placeholders: r.placeholders,
    afschriftAanDirectie: r.afschriftAanDirectie,
    ...(r.attachments ? { attachments: r.attachments } : {}),
    ...(r.inReplyToKenmerk ? { inReplyToKenmerk: r.inReplyToKenmerk } : {}),
    // notifications signs with the signatory of the school's sector.
    ...(isSector(s.sector) ? { sector: s.sector } : {}),
  };
  const letter = { requestId, template: r.template, requestedAt: c.now, kenmerk: null };
  if (r.quotes !== undefined) {
    const quoted = c.doc.letters.find((l) => l.requestId === `${c.id}:${r.quotes}`);
    if (!quoted)
      throw new Error(
        `case ${c.id} has no ${r.quotes} letter for its ${r.purpose} letter to quote`,
      );
    if (quoted.kenmerk === null) {
      c.addLetter({ ...letter, waitsFor: quoted.requestId, held: data });
      c.record(
        actor,
        'letter-held',
        `${r.template} (${requestId}) waits for the kenmerk of ${quoted.requestId}`,
      );
      return;
    }
    data.inReplyToKenmerk = quoted.kenmerk;
  }
  c.addLetter(letter);
  c.record(actor, 'letter-requested', `${r.template} (${requestId})`);
  sendLetter(c, data);
}

/**
 * notifications reported `requestId` issued with `kenmerk`: sends the
 * letters that were held for it, quoting it. Part of the same change that
 * stores the kenmerk, so a letter is sent exactly once.
 */
export function releaseHeldLetters(
  c: CaseAggregate,
  actor: string,
  requestId: string,
  kenmerk: string,
): void {
  const held = c.doc.letters.filter((l) => l.waitsFor === requestId && l.held);
  if (held.length === 0) return;
  c.setLetters(
    c.doc.letters.map((l) => (l.waitsFor === requestId ? { ...l, waitsFor: null, held: null } : l)),
  );
  for (const l of held) {
    c.record(actor, 'letter-requested', `${l.template} (${l.requestId}), quoting ${kenmerk}`);
    sendLetter(c, { ...l.held!, inReplyToKenmerk: kenmerk });
  }
}

function sendLetter(c: CaseAggregate, data: SendLetterData): void {
  c.addEvent({
    definition: SendLetter,
    event: createEvent(SendLetter, {
      source: sourceOf('casework'),
      subject: c.id,
      correlationId: c.cause.correlationId,
      ...(c.cause.causationId ? { causationId: c.cause.causationId } : {}),
      time: c.now,
      data,
    }),
  });
}

function isSector(value: string | null): value is Sector {
  return (SECTORS as readonly string[]).includes(value ?? '');
}

/** A calendar date (YYYY-MM-DD) as letters and reports write it: 1 november 2026. */
export const dutchDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
