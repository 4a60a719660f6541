import { Type } from '@sinclair/typebox';
import {
  BoardParam,
  DateParam,
  PageSchema,
  PagingQuery,
  SafeLine,
  SafeText,
} from '@inspectorate/http';

/** Request and response schemas of casework's API: validation and /openapi.json in one place. */

/**
 * Every change and every read of a case is recorded with who did it: the
 * actor of the verified access token (libs/auth), never a header. A read
 * gives its reason here (required for a confidential case).
 */
export const ReadHeaders = Type.Object({
  'x-reason': Type.Optional(
    SafeLine({ minLength: 1, maxLength: 500, description: 'Why the case is read (audited).' }),
  ),
});

export const Reason = SafeText({
  minLength: 3,
  maxLength: 500,
  description: 'Why; kept in the audit trail.',
});

const Code = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^[a-z0-9][a-z0-9-]*$',
  'x-why': 'must be a code of lower-case letters, digits and dashes',
});

/** Case ids are UUID v7 (in order of opening). */
export const CaseId = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9-]+$',
  'x-why': 'is not a case id',
});
export const CasePath = Type.Object({ id: CaseId });

export const CasesQuery = Type.Object(
  {
    type: Type.Optional(Code),
    status: Type.Optional(SafeLine({ minLength: 1, maxLength: 100 })),
    assignee: Type.Optional(
      SafeLine({ minLength: 1, maxLength: 200, description: '`none` for unassigned cases.' }),
    ),
    queue: Type.Optional(SafeLine({ minLength: 1, maxLength: 100 })),
    board: Type.Optional(BoardParam),
    brin: Type.Optional(
      Type.String({
        pattern: '^[0-9]{2}[A-Za-z]{2}$',
        'x-why': 'is not a BRIN (two digits and two letters, e.g. 12AB)',
      }),
    ),
    deadlineBefore: Type.Optional(DateParam),
    ...PagingQuery,
  },
  { additionalProperties: false },
);

const Anything = Type.Object({}, { additionalProperties: true });
export const CaseListItem = Type.Object(
  {
    _id: Type.String(),
    caseType: Type.Object({ code: Type.String(), version: Type.Integer() }),
    status: Type.String(),
  },
  { additionalProperties: true },
);
export const CasesPage = PageSchema(CaseListItem);
export const CaseView = Type.Object(
  { _id: Type.String(), timelineLength: Type.Integer() },
  { additionalProperties: true },
);
export const TimelineView = Type.Object({
  caseId: Type.String(),
  entries: Type.Array(Anything),
});

export const AssignBody = Type.Object(
  {
    assignee: Type.Union([SafeLine({ minLength: 1, maxLength: 200 }), Type.Null()]),
    reason: Reason,
  },
  { additionalProperties: false },
);
export const NoteBody = Type.Object(
  { text: SafeText({ minLength: 1, maxLength: 10_000 }) },
  { additionalProperties: false },
);
export const DeadlinePath = Type.Object({
  id: CaseId,
  kind: Code,
  action: Type.Unsafe<'suspend' | 'resume' | 'extend'>({
    type: 'string',
    enum: ['suspend', 'resume', 'extend'],
    'x-why': 'must be suspend, resume or extend',
  }),
});
export const DeadlineBody = Type.Object(
  {
    reason: Reason,
    duration: Type.Optional(
      Type.String({
        pattern: '^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$',
        description: 'For extend: e.g. P2W',
        'x-why': 'must be an ISO 8601 duration of years, months, weeks and days, e.g. P2W',
      }),
    ),
    until: Type.Optional({ ...DateParam, description: 'For extend: the new due date' }),
  },
  { additionalProperties: false },
);
export const DeadlineAnswer = Anything;

export const DeadlineChecksQuery = Type.Object(
  { asOf: Type.Optional({ ...DateParam, description: 'Today when left out; never later.' }) },
  { additionalProperties: false },
);
export const DeadlineChecksAnswer = Type.Object(
  { asOf: Type.String({ format: 'date' }) },
  { additionalProperties: true },
);
