import type { JsonSchema } from './schema-helpers';

/**
 * Compatibility of a data schema with its locked (published) version.
 *
 * Events stay on topics for a long time and are replayed from dead-letter
 * topics, so a consumer built from today's contracts must accept every event
 * produced under the locked schema. Hence the rule: the set of valid events
 * may not shrink. Changes that shrink it are `breaking` and need a new
 * version (a new event type):
 *
 * - a property removed (consumers rely on it; producers can no longer send it),
 * - a new required property, or an optional one made required,
 * - a type changed or narrowed (`['string','null']` → `'string'`),
 * - an enum value removed, or an enum/const added,
 * - a pattern, format, multipleOf added or changed; a min* added or raised,
 *   a max* added or lowered; uniqueItems turned on;
 * - `additionalProperties` closed, `items` constrained;
 * - a change in a keyword this checker doesn't understand (conservative).
 *
 * A new optional property is `additive`: fine, the lock is updated.
 *
 * Changes that let through events a consumer built from the locked schema
 * would reject (an enum value added, a type widened to allow null, a
 * constraint loosened, a required property made optional) are reported as
 * `widening`. They don't need a new version, but the consumers must be
 * deployed before the producer starts sending such values, or those events
 * are dead-lettered until they are.
 *
 * The checker understands the JSON Schema subset our schemas use (see
 * KNOWN_KEYWORDS); annotations (description, title, examples, ...) never matter.
 */
export type ChangeSeverity = 'breaking' | 'widening' | 'additive';

export interface SchemaChange {
  /** JSON Pointer into the event, e.g. `/data/school/address/postcode`; array items as `/*`. */
  path: string;
  rule: string;
  severity: ChangeSeverity;
  message: string;
}

const ANNOTATIONS = new Set([
  'description',
  'title',
  'examples',
  'default',
  '$comment',
  '$id',
  '$schema',
  'deprecated',
]);
const LOWER_BOUNDS = [
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
  'minProperties',
] as const;
const UPPER_BOUNDS = [
  'maximum',
  'exclusiveMaximum',
  'maxLength',
  'maxItems',
  'maxProperties',
] as const;
const EXACT = ['pattern', 'format', 'multipleOf', 'contentEncoding', 'contentMediaType'] as const;
const HANDLED = new Set<string>([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'uniqueItems',
  'anyOf',
  'oneOf',
  'allOf',
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...EXACT,
]);
export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([...HANDLED, ...ANNOTATIONS]);

const ALL_TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];

/** Every difference between `locked` and `current` that matters, with its severity. */
export function compareSchemas(
  locked: JsonSchema,
  current: JsonSchema,
  path = '/data',
): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const add = (severity: ChangeSeverity, rule: string, at: string, message: string) =>
    changes.push({ severity, rule, path: at, message });
  walk(locked, current, path, add);
  return changes;
}

type Add = (severity: ChangeSeverity, rule: string, at: string, message: string) => void;

function walk(locked: JsonSchema, current: JsonSchema, path: string, add: Add): void {
  compareTypes(locked, current, path, add);
  compareValues(locked, current, path, add);
  compareBounds(locked, current, path, add);
  compareObjects(locked, current, path, add);
  compareArrays(locked, current, path, add);
  compareCombinators(locked, current, path, add);

  for (const key of new Set([...Object.keys(locked), ...Object.keys(current)])) {
    if (KNOWN_KEYWORDS.has(key)) continue;
    if (JSON.stringify(locked[key]) !== JSON.stringify(current[key])) {
      add(
        'breaking',
        'unknown-keyword-changed',
        path,
        `keyword '${key}' changed; the checker can't prove that compatible`,
      );
    }
  }
}

function typesOf(schema: JsonSchema): string[] {
  const type = schema['type'];
  if (type === undefined) return ALL_TYPES;
  return Array.isArray(type) ? (type as string[]) : [type as string];
}

/** Does a schema whose types are `types` accept every value of type `t`? */
function accepts(types: readonly string[], t: string): boolean {
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

function compareTypes(locked: JsonSchema, current: JsonSchema, path: string, add: Add): void {
  const before = typesOf(locked);
  const after = typesOf(current);
  const lost = before.filter((t) => !accepts(after, t));
  const gained = after.filter((t) => !accepts(before, t));
  const show = (types: string[]) => (types === ALL_TYPES ? 'any' : types.join('|'));
  if (lost.length > 0) {
    const narrowed = gained.length === 0;
    add(
      'breaking',
      narrowed ? 'type-narrowed' : 'type-changed',
      path,
      `type ${narrowed ? 'narrowed' : 'changed'} from ${show(before)} to ${show(after)}`,
    );
  } else if (gained.length > 0) {
    add('widening', 'type-widened', path, `type widened from ${show(before)} to ${show(after)}`);
  }
}

/** enum and const as one list of allowed values; undefined when any value is allowed. */
function allowedValues(schema: JsonSchema): unknown[] | undefined {
  if ('const' in schema) return [schema['const']];
  return Array.isArray(schema['enum']) ? (schema['enum'] as unknown[]) : undefined;
}

function compareValues(locked: JsonSchema, current: JsonSchema, path: string, add: Add): void {
  const before = allowedValues(locked);
  const after = allowedValues(current);
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    add('breaking', 'enum-added', path, `now restricted to ${show(after!)}`);
    return;
  }
  if (after === undefined) {
    add('widening', 'enum-removed', path, `no longer restricted to ${show(before)}`);
    return;
  }
  const key = (v: unknown) => JSON.stringify(v);
  const afterKeys = new Set(after.map(key));
  const beforeKeys = new Set(before.map(key));
  for (const value of before) {
    if (!afterKeys.has(key(value)))
      add('breaking', 'enum-value-removed', path, `value ${key(value)} removed`);
  }
  for (const value of after) {
    if (!beforeKeys.has(key(value)))
      add('widening', 'enum-value-added', path, `value ${key(value)} added`);
  }
}

function show(values: unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function compareBounds(locked: JsonSchema, current: JsonSchema, path: string, add: Add): void {
  const bound = (tighter: (before: number, after: number) => boolean) => (keyword: string) => {
    const before = locked[keyword] as number | undefined;
    const after = current[keyword] as number | undefined;
    if (before === after) return;
    if (before === undefined)
      add('breaking', 'constraint-added', path, `${keyword} ${after} added`);
    else if (after === undefined)
      add('widening', 'constraint-removed', path, `${keyword} ${before} removed`);
    else if (tighter(before, after))
      add(
        'breaking',
        'constraint-tightened',
        path,
        `${keyword} tightened from ${before} to ${after}`,
      );
    else
      add(
        'widening',
        'constraint-loosened',
        path,
        `${keyword} loosened from ${before} to ${after}`,
      );
  };
  LOWER_BOUNDS.forEach(bound((before, after) => after > before));
  UPPER_BOUNDS.forEach(bound((before, after) => after < before));

  for (const keyword of EXACT) {
    const before = locked[keyword];
    const after = current[keyword];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    if (before === undefined)
      add('breaking', 'constraint-added', path, `${keyword} ${JSON.stringify(after)} added`);
    else if (after === undefined)
      add('widening', 'constraint-removed', path, `${keyword} ${JSON.stringify(before)} removed`);
    else
      add(
        'breaking',
        'constraint-changed',
        path,
        `${keyword} changed from ${JSON.stringify(before)} to ${JSON.stringify(after)}`,
      );
  }

  const uniqueBefore = locked['uniqueItems'] === true;
  const uniqueAfter = current['uniqueItems'] === true;
  if (!uniqueBefore && uniqueAfter) add('breaking', 'constraint-added', path, 'uniqueItems added');
  if (uniqueBefore && !uniqueAfter)
    add('widening', 'constraint-removed', path, 'uniqueItems removed');
}

function asSchemaMap(value: unknown): Record<string, JsonSchema> {
  return value !== null && typeof value === 'object' ? (value as Record<string, JsonSchema>) : {};
}

function compareObjects(locked: JsonSchema, current: JsonSchema, path: string, add: Add): void {
  const before = asSchemaMap(locked['properties']);
  const after = asSchemaMap(current['properties']);
  const requiredBefore = new Set((locked['required'] as string[] | undefined) ?? []);
  const requiredAfter = new Set((current['required'] as string[] | undefined) ?? []);
  const at = (name: string) => `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;

  for (const name of Object.keys(before)) {
    if (!(name in after)) {
      add('breaking', 'property-removed', at(name), 'property removed');
      continue;
    }
    if (!requiredBefore.has(name) && requiredAfter.has(name)) {
      add('breaking', 'property-made-required', at(name), 'optional property made required');
    }
    if (requiredBefore.has(name) && !requiredAfter.has(name)) {
      add('widening', 'property-made-optional', at(name), 'required property made optional');
    }
    walk(before[name]!, after[name]!, at(name), add);
  }
  for (const name of Object.keys(after)) {
    if (name in before) continue;
    if (requiredAfter.has(name)) {
      add(
        'breaking',
        'property-added-required',
        at(name),
        'new required property (events under the lock lack it)',
      );
    } else {
      add('additive', 'property-added-optional', at(name), 'new optional property');
    }
  }
  // `required` naming a property not in `properties` (unusual, but legal).
  for (const name of requiredAfter) {
    if (!requiredBefore.has(name) && !(name in after) && !(name in before)) {
      add('breaking', 'property-made-required', at(name), 'property made required');
    }
  }

  const apBefore = locked['additionalProperties'];
  const apAfter = current['additionalProperties'];
  const open = (ap: unknown) => ap === undefined || ap === true;
  if (JSON.stringify(apBefore) === JSON.stringify(apAfter)) return;
  if (open(apBefore) && open(apAfter)) return;
  if (open(apBefore)) {
    add(
      'breaking',
      'additional-properties-restricted',
      path,
      'unknown properties no longer allowed',
    );
  } else if (apBefore === false) {
    add('widening', 'additional-properties-allowed', path, 'unknown properties now allowed');
  } else if (open(apAfter)) {
    add(
      'widening',
      'additional-properties-allowed',
      path,
      'unknown properties no longer constrained',
    );
  } else if (apAfter === false) {
    add(
      'breaking',
      'additional-properties-restricted',
      path,
      'unknown properties no longer allowed',
    );
  } else {
    walk(apBefore as JsonSchema, apAfter as JsonSchema, `${path}/*`, add);
  }
}

function compareArrays(locked: JsonSchema, current: JsonSchema, path: string, add: Add): void {
  const before = locked['items'] as JsonSchema | undefined;
  const after = current['items'] as JsonSchema | undefined;
  if (before === undefined && after === undefined) return;
  if (before === undefined)
    add('breaking', 'items-constrained', `${path}/*`, 'array items now constrained');
  else if (after === undefined)
    add('widening', 'items-unconstrained', `${path}/*`, 'array items no longer constrained');
  else walk(before, after, `${path}/*`, add);
}

function compareCombinators(locked: JsonSchema, current: JsonSchema, path: string, add: Add): void {
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
    const before = locked[keyword] as JsonSchema[] | undefined;
    const after = current[keyword] as JsonSchema[] | undefined;
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    if (before && after && before.length === after.length) {
      before.forEach((b, i) => walk(b, after[i]!, `${path}/${keyword}/${i}`, add));
    } else {
      add(
        'breaking',
        'combinator-changed',
        path,
        `${keyword} changed; the checker can't prove that compatible`,
      );
    }
  }
}
