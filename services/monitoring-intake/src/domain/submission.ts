import { type Static, Type } from '@sinclair/typebox';
import {
  type ContractIssue,
  ProviderId,
  VESTIGING_CODE_PATTERN,
  validatorFor,
} from '@inspectorate/contracts';
import {
  type IsoDate,
  isValidSchooljaar,
  schooljaarBounds,
  shiftSchooljaar,
  schooljaarOf,
} from '@inspectorate/scheduling';

/**
 * What a provider delivers for one vestiging and one schooljaar. Shares are
 * fractions 0..1 of the group's respondents; a small group's figures may be
 * masked: null (unknown), never 0.
 */
const nullableShare = Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
  description: 'Share 0..1 of the respondents; null when masked or unknown (never 0 for masked).',
});
const nullableCount = (minimum: number) =>
  Type.Union([Type.Integer({ minimum, maximum: 100_000 }), Type.Null()]);

export const GROUP_KINDS = ['overall', 'grade', 'pupil-group'] as const;

export const ResultSchema = Type.Object(
  {
    scale: Type.String({
      pattern: '^[a-z][a-z0-9-]{0,49}$',
      description: 'Scale id, e.g. feels-safe, bullied, safety-climate.',
    }),
    group: Type.Object(
      {
        kind: Type.Union(GROUP_KINDS.map((k) => Type.Literal(k))),
        value: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
      },
      { additionalProperties: false },
    ),
    respondents: nullableCount(0),
    share: nullableShare,
  },
  { additionalProperties: false },
);

export const SubmissionSchema = Type.Object(
  {
    vestigingCode: Type.String({ pattern: VESTIGING_CODE_PATTERN }),
    schooljaar: Type.String({ pattern: '^\\d{4}-\\d{4}$' }),
    instrument: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        version: Type.String({ minLength: 1, maxLength: 50 }),
      },
      { additionalProperties: false },
    ),
    measuringPeriod: Type.Object(
      { from: Type.String({ format: 'date' }), to: Type.String({ format: 'date' }) },
      { additionalProperties: false },
    ),
    invited: Type.Optional(nullableCount(1)),
    respondents: nullableCount(1),
    responseRate: nullableShare,
    results: Type.Array(ResultSchema, { minItems: 1, maxItems: 1000 }),
  },
  { additionalProperties: false },
);
export type SubmissionInput = Static<typeof SubmissionSchema>;
export type ResultInput = Static<typeof ResultSchema>;

/** The scales whose overall share travels in SubmissionReceived as a headline figure. */
export const HEADLINE_SCALES = { shareFeelingSafe: 'feels-safe', shareBullied: 'bullied' } as const;

/** How many schooljaren back a delivery may still come (late deliveries for a herstelopdracht). */
export const MAX_YEARS_BACK = 5;

export interface Headline {
  shareFeelingSafe: number | null;
  shareBullied: number | null;
}

export const providerIdValid = (id: string) => validatorFor(ProviderId, 'produce')(id).length === 0;

/**
 * Every problem with a delivery, each with its JSON pointer: first the shape,
 * then the rules between fields. Empty means valid. `today` is the Amsterdam
 * calendar date.
 */
export function submissionIssues(body: unknown, today: IsoDate): ContractIssue[] {
  const shape = validatorFor(SubmissionSchema, 'produce')(body, '');
  if (shape.length > 0) return shape;
  const s = body as SubmissionInput;
  const issues: ContractIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (!isValidSchooljaar(s.schooljaar)) {
    add('/schooljaar', 'must be two consecutive years, e.g. 2024-2025');
    return issues;
  }
  const current = schooljaarOf(today);
  const bounds = schooljaarBounds(s.schooljaar);
  if (bounds.firstDay > today)
    add('/schooljaar', `${s.schooljaar} has not started yet (it is ${current} now)`);
  else if (s.schooljaar < shiftSchooljaar(current, -MAX_YEARS_BACK))
    add('/schooljaar', `${s.schooljaar} is more than ${MAX_YEARS_BACK} schooljaren ago`);

  const { from, to } = s.measuringPeriod;
  if (from > to) add('/measuringPeriod/to', `must not be before measuringPeriod.from (${from})`);
  if (from < bounds.firstDay || from > bounds.lastDay)
    add(
      '/measuringPeriod/from',
      `must lie in schooljaar ${s.schooljaar} (${bounds.firstDay}..${bounds.lastDay})`,
    );
  if (to < bounds.firstDay || to > bounds.lastDay)
    add(
      '/measuringPeriod/to',
      `must lie in schooljaar ${s.schooljaar} (${bounds.firstDay}..${bounds.lastDay})`,
    );
  if (to > today) add('/measuringPeriod/to', `must not be in the future (today is ${today})`);

  const invited = s.invited ?? null;
  if (invited !== null && s.respondents !== null) {
    if (s.respondents > invited) add('/respondents', `must not exceed invited (${invited})`);
    else if (s.responseRate !== null && Math.abs(s.responseRate - s.respondents / invited) > 0.01)
      add(
        '/responseRate',
        `must be respondents / invited = ${(s.respondents / invited).toFixed(3)} (got ${s.responseRate})`,
      );
  }

  const seen = new Map<string, number>();
  s.results.forEach((r, i) => {
    const at = `/results/${i}`;
    if (r.group.kind === 'overall' && r.group.value !== undefined)
      add(`${at}/group/value`, 'must be absent for the overall group');
    if (r.group.kind !== 'overall' && r.group.value === undefined)
      add(`${at}/group/value`, `is required for a ${r.group.kind} group (e.g. the grade)`);
    const key = `${r.scale}|${r.group.kind}|${r.group.value ?? ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      add(at, `repeats scale ${r.scale} for the same group as /results/${earlier}`);
    else seen.set(key, i);
    if (r.respondents !== null && s.respondents !== null && r.respondents > s.respondents)
      add(`${at}/respondents`, `must not exceed the overall respondents (${s.respondents})`);
    if (r.share !== null && r.respondents === 0)
      add(`${at}/share`, 'must be null when the group has no respondents (unknown, never 0)');
    else if (r.share !== null && r.respondents !== null && !shareFits(r.share, r.respondents))
      add(
        `${at}/share`,
        `${r.share} is not a share of ${r.respondents} respondents (k/${r.respondents}, to 2 decimals)`,
      );
  });
  for (const scale of Object.values(HEADLINE_SCALES)) {
    if (!seen.has(`${scale}|overall|`))
      add('/results', `must contain the overall result of scale ${scale} (share null when masked)`);
  }
  return issues;
}

/** Whether `share` is some k/n rounded to two decimals. */
function shareFits(share: number, n: number): boolean {
  const k = Math.round(share * n);
  return Math.abs(k / n - share) <= 0.005 + 1e-9;
}

export function headlineOf(s: SubmissionInput): Headline {
  const overall = (scale: string) =>
    s.results.find((r) => r.scale === scale && r.group.kind === 'overall')?.share ?? null;
  return {
    shareFeelingSafe: overall(HEADLINE_SCALES.shareFeelingSafe),
    shareBullied: overall(HEADLINE_SCALES.shareBullied),
  };
}
