import { Type } from '@sinclair/typebox';
import { type EventData, defineEvent } from '../define-event';
import { Nullable, StringEnum } from '../schema-helpers';
import { Topics } from '../topics';
import {
  BevoegdGezagNummer,
  Brin,
  NullableEmail,
  SECTORS,
  Text,
  Timestamp,
  VestigingCode,
} from './common';

/**
 * Notifications: official letters. Other services ASK for a letter with the
 * SendLetter command (keyed by its case id, so the letters of one case are
 * handled in order: the voldaan letter after the herstelopdracht letter it
 * refers to); notifications reports what became of it on the letters topic,
 * keyed by kenmerk.
 */

const RequestId = Type.String({
  pattern: '^[A-Za-z0-9._:-]{8,200}$',
  description:
    'Idempotency key of the request, chosen by the requester (e.g. "<caseId>:herstelopdracht"): one letter per request id, however often the command arrives.',
});
const Kenmerk = Type.String({
  pattern: '^[A-Za-z0-9/._-]{4,40}$',
  description: "The letter's kenmerk (reference), unique and never reused.",
});
const TemplateName = Type.String({
  pattern: '^[a-z0-9-]{3,80}$',
  description: 'Template name, e.g. herstelopdracht-monitoring.',
});
const CaseId = Type.String({
  minLength: 1,
  maxLength: 100,
  description: 'The case the letter belongs to.',
});

/**
 * A person a letter goes to instead of a board: a complainant, a reporter
 * who left contact details. Personal data, so it travels only on the
 * commands topic and stays in notifications' letters.
 */
const PersonAddressee = Type.Object(
  {
    name: Text('Name as it goes above the address, e.g. "De heer J. de Vries".', 200),
    addressLines: Type.Array(Text('A line of the postal address.', 200), {
      maxItems: 6,
      description: 'Postal address lines (street and number, postcode and place); may be empty.',
    }),
    email: NullableEmail(
      'Where the letter is mailed; null when the person gave none (the letter is then held for printing and posting).',
    ),
  },
  {
    additionalProperties: false,
    description:
      'A person the letter is addressed to, instead of the board (e.g. a complainant). No afschrift, no portal inbox.',
  },
);

export const SendLetter = defineEvent({
  name: 'SendLetter',
  service: 'notifications',
  entity: 'letter',
  event: 'requested',
  version: 1,
  topic: Topics.notificationsCommands,
  subject: 'Case id the letter belongs to (keeps the letters of one case in order)',
  description:
    'Command: issue an official letter from a template to a board (with an afschrift to the directie of the vestiging when asked), by mail and into the portal inbox; or to a person (addressee), by mail. Idempotent by requestId.',
  data: Type.Object(
    {
      requestId: RequestId,
      template: TemplateName,
      caseId: CaseId,
      bevoegdGezagNummer: Nullable(BevoegdGezagNummer, {
        description: 'The board the letter goes to; null for a letter to a person (addressee).',
      }),
      addressee: Type.Optional(PersonAddressee),
      brin: Nullable(Brin, { description: 'The school concerned, if any.' }),
      vestigingCode: Nullable(VestigingCode, {
        description: 'The vestiging concerned, if any (its directie gets the afschrift).',
      }),
      placeholders: Type.Record(
        Type.String({ pattern: '^[a-z0-9_|]{1,60}$' }),
        Type.String({ maxLength: 2000 }),
        {
          description:
            'Values for the template\'s placeholders, by name without the @ signs (e.g. "schoolnaam", "brin|vest").',
        },
      ),
      afschriftAanDirectie: Type.Boolean({
        description: 'Send a copy (afschrift) to the directie of the vestiging.',
      }),
      attachments: Type.Optional(
        Type.Array(
          Type.Object(
            {
              title: Text('Title of the attachment.'),
              paragraphs: Type.Array(Type.String({ maxLength: 10_000 }), { maxItems: 200 }),
            },
            { additionalProperties: false },
          ),
          { maxItems: 10, description: 'Documents to attach as PDF (e.g. the concept report).' },
        ),
      ),
      inReplyToKenmerk: Type.Optional(Kenmerk),
      sector: Type.Optional(
        StringEnum(SECTORS, {
          description:
            "Sector of the school the letter is about (po, so, vso, vo, mbo, ho): notifications signs the letter with that sector's signatory from its configuration.",
        }),
      ),
    },
    { additionalProperties: false },
  ),
  subjectOf: (data) => data.caseId,
});
export type SendLetterData = EventData<typeof SendLetter>;

const letterFields = {
  kenmerk: Kenmerk,
  requestId: RequestId,
  caseId: CaseId,
  template: TemplateName,
  templateVersion: Type.Integer({ minimum: 1, description: 'Version of the template used.' }),
};
const LETTER_SUBJECT = 'Kenmerk of the letter';
const letterKey = (data: { kenmerk: string }) => data.kenmerk;

export const LetterIssued = defineEvent({
  name: 'LetterIssued',
  service: 'notifications',
  entity: 'letter',
  event: 'issued',
  version: 1,
  topic: Topics.notificationsLetters,
  subject: LETTER_SUBJECT,
  description: 'A letter was rendered and got its kenmerk; delivery follows.',
  data: Type.Object(
    {
      ...letterFields,
      bevoegdGezagNummer: Nullable(BevoegdGezagNummer, {
        description: 'The board the letter went to; null for a letter to a person.',
      }),
      issuedAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  subjectOf: letterKey,
});
export type LetterIssuedData = EventData<typeof LetterIssued>;

export const LetterSent = defineEvent({
  name: 'LetterSent',
  service: 'notifications',
  entity: 'letter',
  event: 'sent',
  version: 1,
  topic: Topics.notificationsLetters,
  subject: LETTER_SUBJECT,
  description:
    'A letter was delivered on one channel (mail to the board with its afschriften, or the portal inbox).',
  data: Type.Object(
    {
      ...letterFields,
      channel: StringEnum(['mail', 'portal'] as const, {
        description: 'mail: SMTP; portal: the ISD inbox.',
      }),
      recipients: Type.Number({
        minimum: 1,
        description: 'How many addressees (board plus afschriften, or inboxes).',
      }),
      sentAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  subjectOf: letterKey,
});
export type LetterSentData = EventData<typeof LetterSent>;

export const LetterDeliveryFailed = defineEvent({
  name: 'LetterDeliveryFailed',
  service: 'notifications',
  entity: 'letter',
  event: 'deliveryfailed',
  version: 1,
  topic: Topics.notificationsLetters,
  subject: LETTER_SUBJECT,
  description:
    'Delivery of a letter failed after every retry (or could not start, e.g. no address); an operator can resend it.',
  data: Type.Object(
    {
      ...letterFields,
      channel: StringEnum(['mail', 'portal'] as const, { description: 'The channel that failed.' }),
      reason: Text('What went wrong.', 1000),
      attempts: Type.Integer({ minimum: 0 }),
      failedAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  subjectOf: letterKey,
});
export type LetterDeliveryFailedData = EventData<typeof LetterDeliveryFailed>;

export const notificationsEvents = [
  SendLetter,
  LetterIssued,
  LetterSent,
  LetterDeliveryFailed,
] as const;
