import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';
import { SCHOOLJAAR_FORMAT, isSchooljaar } from '@inspectorate/contracts';
import type { ProblemItem, ProblemLocation } from './problem';

/**
 * One ajv for every request schema: the formats of the event contracts
 * (`date` checks the calendar, `email` the same as the events), and `x-why`,
 * an annotation that says in words what a `pattern` means, used as the
 * message instead of the pattern itself.
 */
export const requestAjv = new Ajv({
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  verbose: true,
});
addFormats(requestAjv);
requestAjv.addFormat(SCHOOLJAAR_FORMAT, { type: 'string', validate: isSchooljaar });
requestAjv.addVocabulary(['x-why']);

const compiled = new WeakMap<object, ValidateFunction>();

function compile(schema: TSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = requestAjv.compile(JSON.parse(JSON.stringify(schema)) as object);
    compiled.set(schema, fn);
  }
  return fn;
}

/** The problems of `value` against `schema`, each located in `where`; [] when valid. */
export function check(schema: TSchema, value: unknown, where: ProblemLocation): ProblemItem[] {
  const fn = compile(schema);
  if (fn(value)) return [];
  return itemsOf(fn.errors ?? [], where);
}

export function itemsOf(errors: readonly ErrorObject[], where: ProblemLocation): ProblemItem[] {
  const items: ProblemItem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const item = itemOf(error, where);
    if (!item) continue;
    const key = `${item.path}\u0000${item.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function itemOf(error: ErrorObject, where: ProblemLocation): ProblemItem | null {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const root = at === '' ? '/' : at;
  const why = (error.parentSchema as Record<string, unknown> | undefined)?.['x-why'];
  // Lengths have a better message of their own ("is too long"), whatever the rest of the rule means.
  if (
    typeof why === 'string' &&
    !['required', 'additionalProperties', 'maxLength', 'minLength'].includes(error.keyword)
  )
    return { in: where, path: root, message: why };
  switch (error.keyword) {
    case 'required':
      return {
        in: where,
        path: `${at}/${escapePointer(String(params['missingProperty']))}`,
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        in: where,
        path: `${at}/${escapePointer(String(params['additionalProperty']))}`,
        message:
          where === 'body'
            ? 'is not allowed (unknown property)'
            : 'is not allowed (unknown parameter)',
      };
    case 'enum':
      return {
        in: where,
        path: root,
        message: `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'maxLength':
      return {
        in: where,
        path: root,
        message: `is too long (at most ${String(params['limit'])} characters)`,
      };
    case 'minLength':
      return {
        in: where,
        path: root,
        message:
          params['limit'] === 1
            ? 'must not be empty'
            : `is too short (at least ${String(params['limit'])} characters)`,
      };
    case 'pattern':
    case 'format':
      return {
        in: where,
        path: root,
        message: typeof why === 'string' ? why : (error.message ?? `fails ${error.keyword}`),
      };
    // The branches of a union each fail; the union's own error says it best.
    case 'anyOf':
    case 'oneOf':
      return {
        in: where,
        path: root,
        message: typeof why === 'string' ? why : 'has none of the allowed forms',
      };
    default:
      return { in: where, path: root, message: error.message ?? `fails ${error.keyword}` };
  }
}

interface PropertySchema {
  type?: string | string[];
  properties?: Record<string, PropertySchema>;
}

/**
 * Query, path and header values arrive as strings: turn those that the
 * schema wants as numbers or booleans into numbers or booleans, strictly
 * (decimal digits only: `1e300`, `0x1` and ` 1` stay strings and fail the
 * type), and refuse a parameter given more than once where one is expected.
 */
export function coerceStrings(
  schema: TSchema,
  input: Record<string, unknown>,
  where: ProblemLocation,
): { value: Record<string, unknown>; problems: ProblemItem[] } {
  const properties = (schema as PropertySchema).properties ?? {};
  const value: Record<string, unknown> = {};
  const problems: ProblemItem[] = [];
  for (const [key, raw] of Object.entries(input)) {
    const property = properties[key];
    const types = property?.type === undefined ? [] : [property.type].flat();
    if (Array.isArray(raw) && !types.includes('array')) {
      problems.push({
        in: where,
        path: `/${escapePointer(key)}`,
        message: `is given ${raw.length} times; give it once`,
      });
      continue;
    }
    value[key] = typeof raw === 'string' ? coerce(raw, types) : raw;
  }
  return { value, problems };
}

function coerce(raw: string, types: readonly string[]): unknown {
  if (types.includes('string')) return raw;
  if (types.includes('integer') && /^-?[0-9]{1,15}$/.test(raw)) return Number(raw);
  if (types.includes('number') && /^-?[0-9]{1,15}(\.[0-9]{1,15})?$/.test(raw)) return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
