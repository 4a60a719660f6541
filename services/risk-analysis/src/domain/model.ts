import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { COMPUTATIONS } from './computations';

/**
 * The risk model as data: which indicators there are, which named
 * computation each one uses, its norm, its weight, and the rules that turn
 * signals into a risk level. Code provides only the computations (see
 * computations.ts); everything the inspectorate may want to change between
 * years is in a versioned document like models/2026-1.json.
 */

export const LEVELS = ['geen', 'laag', 'verhoogd', 'hoog'] as const;
export type Level = (typeof LEVELS)[number];

const Slug = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$' });
const Sector = Type.Union([
  Type.Literal('po'),
  Type.Literal('so'),
  Type.Literal('vso'),
  Type.Literal('vo'),
]);

const Norm = Type.Union([
  // A fixed value: signal when the value is below (or above) it.
  Type.Object(
    { kind: Type.Union([Type.Literal('below'), Type.Literal('above')]), value: Type.Number() },
    { additionalProperties: false },
  ),
  // A value per band of another figure (liquiditeit by the board's total revenue).
  Type.Object(
    {
      kind: Type.Literal('belowByBand'),
      bandBy: Type.Literal('totaalBaten'),
      bands: Type.Array(
        Type.Object(
          {
            below: Type.Union([Type.Number({ exclusiveMinimum: 0 }), Type.Null()]),
            value: Type.Number(),
          },
          { additionalProperties: false },
        ),
        { minItems: 1 },
      ),
    },
    { additionalProperties: false },
  ),
  // A percentile of all subjects' values in the same group (onderwijstype, toets).
  Type.Object(
    {
      kind: Type.Union([Type.Literal('belowPercentile'), Type.Literal('abovePercentile')]),
      percentile: Type.Number({ minimum: 0, maximum: 100 }),
    },
    { additionalProperties: false },
  ),
]);

const Indicator = Type.Object(
  {
    id: Slug,
    label: Type.String({ minLength: 1, maxLength: 200 }),
    subject: Type.Union([Type.Literal('bestuur'), Type.Literal('vestiging')]),
    /** Vestigingen of these sectors only (vo pass rates are not a po school's). */
    sectors: Type.Optional(Type.Array(Sector, { minItems: 1 })),
    computation: Type.String({ minLength: 1 }),
    params: Type.Optional(Type.Record(Type.String(), Type.Number())),
    /** null: computed and shown, without a signal value. */
    norm: Type.Union([Norm, Type.Null()]),
    weight: Type.Number({ minimum: 0 }),
    /** A signal on this indicator alone asks for a manual analysis. */
    manualAnalysisOnSignal: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const ModelDocumentSchema = Type.Object(
  {
    id: Slug,
    version: Type.Integer({ minimum: 1 }),
    effectiveDate: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    indicators: Type.Array(Indicator, { minItems: 1 }),
    rules: Type.Object(
      {
        /** A score (sum of contributions) of at least minScore gives that level; below all: geen. */
        levels: Type.Array(
          Type.Object(
            {
              level: Type.Union([
                Type.Literal('laag'),
                Type.Literal('verhoogd'),
                Type.Literal('hoog'),
              ]),
              minScore: Type.Number({ exclusiveMinimum: 0 }),
            },
            { additionalProperties: false },
          ),
          { minItems: 1 },
        ),
        manualAnalysisFrom: Type.Union([
          Type.Literal('laag'),
          Type.Literal('verhoogd'),
          Type.Literal('hoog'),
        ]),
        /** So that missing data is never a pass: this many missing indicators ask for a manual analysis. */
        manualAnalysisWhenMissing: Type.Integer({ minimum: 1 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export type ModelDocument = Static<typeof ModelDocumentSchema>;
export type IndicatorSpec = ModelDocument['indicators'][number];
export type NormSpec = Static<typeof Norm>;

export class ModelInvalid extends Error {
  constructor(readonly problems: string[]) {
    super(`the model document is not valid: ${problems.join('; ')}`);
    this.name = 'ModelInvalid';
  }
}

/** The document as a model, or ModelInvalid listing every problem with its path. */
export function validateModel(document: unknown): ModelDocument {
  const problems = [...Value.Errors(ModelDocumentSchema, document)].map(
    (e) => `${e.path || '/'}: ${e.message}`,
  );
  if (problems.length > 0) throw new ModelInvalid(problems);
  const model = document as ModelDocument;
  const seen = new Set<string>();
  model.indicators.forEach((indicator, i) => {
    const at = `/indicators/${i}`;
    if (seen.has(indicator.id)) problems.push(`${at}/id: '${indicator.id}' is used twice`);
    seen.add(indicator.id);
    const computation = COMPUTATIONS[indicator.computation];
    if (!computation) {
      problems.push(
        `${at}/computation: no computation '${indicator.computation}' (there are ${Object.keys(COMPUTATIONS).join(', ')})`,
      );
      return;
    }
    if (computation.subject !== indicator.subject)
      problems.push(
        `${at}/subject: '${indicator.computation}' computes a ${computation.subject}, not a ${indicator.subject}`,
      );
    for (const name of Object.keys(indicator.params ?? {}))
      if (!computation.params.includes(name))
        problems.push(
          `${at}/params/${name}: '${indicator.computation}' takes ${computation.params.join(', ') || 'no params'}`,
        );
    const norm = indicator.norm;
    if (norm?.kind === 'belowByBand') {
      const open = norm.bands.filter((b) => b.below === null).length;
      const bounds = norm.bands.map((b) => b.below).filter((b): b is number => b !== null);
      if (open !== 1 || norm.bands.at(-1)!.below !== null)
        problems.push(`${at}/norm/bands: the last band, and only it, has below: null`);
      if (bounds.some((b, j) => j > 0 && b <= bounds[j - 1]))
        problems.push(`${at}/norm/bands: the bands' 'below' bounds must go up`);
    }
    if (norm && norm.kind.endsWith('Percentile') && !computation.grouped)
      problems.push(
        `${at}/norm: a percentile norm needs a grouped computation; '${indicator.computation}' is not`,
      );
  });
  const levels = model.rules.levels;
  levels.forEach((l, i) => {
    if (i > 0 && LEVELS.indexOf(l.level) <= LEVELS.indexOf(levels[i - 1].level))
      problems.push(
        `/rules/levels/${i}: levels go from low to high (laag, verhoogd, hoog), each once`,
      );
    if (i > 0 && l.minScore <= levels[i - 1].minScore)
      problems.push(`/rules/levels/${i}/minScore: must be above the previous level's`);
  });
  if (problems.length > 0) throw new ModelInvalid(problems);
  return model;
}
