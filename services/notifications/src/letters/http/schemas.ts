import { Type } from '@sinclair/typebox';
import { Nullable, StringEnum } from '@inspectorate/contracts';
import {
  BoardParam,
  BrinParam,
  PageSchema,
  PagingQuery,
  SafeLine,
  SafeText,
} from '@inspectorate/http';
import { LETTER_STATES } from '../persistence/letters.store';

/** Request and response schemas of the notifications API: validation and /openapi.json. */

export const Kenmerk = Type.String({
  pattern: '^[0-9]{4}-[0-9]{7,}$',
  'x-why': 'is not a kenmerk (year, dash, at least seven digits, e.g. 2026-0000123)',
});
export const TemplateName = Type.String({
  pattern: '^[a-z0-9-]{3,80}$',
  'x-why': 'is not a template name (3-80 lower-case letters, digits and dashes)',
});

export const KenmerkPath = Type.Object({ kenmerk: Kenmerk });
export const AttachmentPath = Type.Object({
  kenmerk: Kenmerk,
  n: Type.Integer({
    minimum: 1,
    maximum: 100,
    'x-why': 'must be the attachment number, 1 for the first (as in the inbox file list)',
  }),
});
export const BoardInboxPath = Type.Object({ nummer: BoardParam });
export const SchoolInboxPath = Type.Object({ brin: BrinParam });
export const TemplatePath = Type.Object({ name: TemplateName });

export const LettersQuery = Type.Object(
  {
    state: Type.Optional(StringEnum(LETTER_STATES)),
    caseId: Type.Optional(SafeLine({ minLength: 1, maxLength: 100 })),
    bevoegdGezagNummer: Type.Optional(BoardParam),
    ...PagingQuery,
  },
  { additionalProperties: false },
);
export const InboxQuery = Type.Object({ ...PagingQuery }, { additionalProperties: false });
export const VersionQuery = Type.Object(
  {
    version: Type.Optional(Type.Integer({ minimum: 1, 'x-why': 'must be a whole number >= 1' })),
  },
  { additionalProperties: false },
);

export const TemplateBody = Type.Object(
  {
    description: SafeText({ minLength: 1, maxLength: 500 }),
    subject: SafeLine({ minLength: 1, maxLength: 300 }),
    body: SafeText({ minLength: 1, maxLength: 50_000 }),
    placeholders: Type.Array(SafeLine({ minLength: 1, maxLength: 60 }), { maxItems: 60 }),
    signatory: Type.Object(
      {
        name: SafeLine({ minLength: 1, maxLength: 200 }),
        role: SafeLine({ minLength: 1, maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const LetterSummary = Type.Object(
  {
    kenmerk: Type.String(),
    requestId: Type.String(),
    caseId: Type.String(),
    template: Type.String(),
    templateVersion: Type.Integer(),
    bevoegdGezagNummer: Nullable(Type.String()),
    issuedAt: Type.String({ format: 'date-time' }),
    state: StringEnum(LETTER_STATES),
    blockedReason: Nullable(Type.String()),
  },
  { additionalProperties: true },
);

export const LetterDetail = Type.Object(
  {
    ...LetterSummary.properties,
    text: Type.Object(
      { kenmerk: Type.String(), subject: Type.String() },
      { additionalProperties: true },
    ),
    plainText: Type.String(),
  },
  { additionalProperties: true },
);

/** `letters` (not `items`): the name this list had before cursor paging, kept for its clients. */
export const LetterPage = Type.Object({
  letters: Type.Array(LetterSummary),
  next: PageSchema(LetterSummary).properties.next,
});

export const InboxItem = Type.Object(
  {
    kenmerk: Type.String(),
    caseId: Type.String(),
    subject: Type.String(),
    template: Type.String(),
    afschrift: Type.Boolean(),
    files: Type.Array(Type.Object({ name: Type.String(), href: Type.String() })),
    deliveredAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export const InboxPage = PageSchema(InboxItem);

export const TemplateView = Type.Object(
  {
    name: Type.String(),
    version: Type.Integer(),
    description: Type.String(),
    subject: Type.String(),
    body: Type.String(),
    placeholders: Type.Array(Type.String()),
    signatory: Type.Object({ name: Type.String(), role: Type.String() }),
    createdAt: Type.String(),
    createdBy: Type.String(),
  },
  { additionalProperties: false },
);

export const Pdf = { description: 'The PDF.', contentType: 'application/pdf' };
