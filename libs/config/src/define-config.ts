import type { Static, TObject, TSchema } from '@sinclair/typebox';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ConfigError, type ConfigProblem } from './config-error';
import { isSecretName, showGiven } from './masking';

export type Env = Readonly<Record<string, string | undefined>>;

/** One variable of a config schema, as documentation (for `--help`, runbooks, Helm values). */
export interface ConfigVariable {
  name: string;
  required: boolean;
  default?: unknown;
  expected: string;
  description?: string;
  secret: boolean;
}

export interface ConfigLoader<C> {
  readonly schema: TObject;
  /**
   * Reads, coerces and validates the environment. Returns a frozen config, or
   * throws a ConfigError listing every problem.
   */
  load(env?: Env): Readonly<C>;
  /** The variables this loader reads, in schema order. */
  variables(): ConfigVariable[];
}

// One ajv for every loader: compiling is per schema, the instance is just setup.
const ajv = new Ajv({ allErrors: true, coerceTypes: true, useDefaults: true, strict: true });
addFormats(ajv);
ajv.addVocabulary(['expected', 'secret']);

/**
 * Builds a loader for the environment variables described by `schema` (a
 * TypeBox object, one property per variable). Values are strings in the
 * environment; they are coerced to the schema's types: numbers, booleans
 * (true/false, 1/0, yes/no, on/off) and comma-separated lists for arrays.
 * An empty variable counts as unset, as `FOO=` in a compose file or Helm
 * value usually means "not given".
 */
export function defineConfig<T extends TObject>(schema: T): ConfigLoader<Static<T>> {
  const validate = ajv.compile(schema);
  const names = Object.keys(schema.properties);
  return {
    schema,
    load(env: Env = process.env): Readonly<Static<T>> {
      const input = readEnv(schema, env);
      // ajv coerces in place; keep what was given for the error message.
      const raw = Object.fromEntries(
        Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
      );
      if (!validate(input)) throw new ConfigError(problemsOf(schema, validate, raw, names));
      return deepFreeze(input) as Readonly<Static<T>>;
    },
    variables: () => names.map((name) => describeVariable(schema, name)),
  };
}

function readEnv(schema: TObject, env: Env): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    const value = env[name];
    if (value === undefined) continue;
    // Trailing newlines from mounted secret files are a classic outage; but a
    // secret's whitespace may be meant, so only non-secrets are trimmed.
    const text = isSecret(name, property) ? value : value.trim();
    if (text === '') continue;
    input[name] = preCoerce(property, text);
  }
  return input;
}

/** The coercions ajv does not do itself: splitting lists and the usual boolean spellings. */
function preCoerce(property: TSchema, text: string): unknown {
  if (property['type'] === 'array') {
    return text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  if (property['type'] === 'boolean') {
    const lower = text.toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(lower)) return true;
    if (['false', '0', 'no', 'off'].includes(lower)) return false;
  }
  return text;
}

function problemsOf(
  schema: TObject,
  validate: ValidateFunction,
  raw: Record<string, unknown>,
  names: string[],
): ConfigProblem[] {
  const byVariable = new Map<string, string[]>();
  for (const error of validate.errors ?? []) {
    const [variable, item] = locate(error);
    if (variable === undefined) continue;
    const property = schema.properties[variable] as TSchema;
    let text = describeError(error);
    if (item !== undefined) {
      const items = raw[variable] as unknown[];
      const shown = isSecret(variable, property)
        ? ''
        : ` (${showGiven(variable, items[item], false)})`;
      text = `item ${item + 1}${shown} ${text}`;
    }
    const list = byVariable.get(variable) ?? [];
    if (!list.includes(text)) list.push(text);
    byVariable.set(variable, list);
  }
  // Schema order, so the message reads like the documentation of the variables.
  return names
    .filter((name) => byVariable.has(name))
    .map((name) => {
      const property = schema.properties[name] as TSchema;
      const problem: ConfigProblem = {
        variable: name,
        problem: (byVariable.get(name) ?? []).join(' and '),
        expected: expectedForm(property),
      };
      if (name in raw)
        problem.given = showGiven(name, givenText(raw[name]), isSecret(name, property));
      return problem;
    });
}

/** The variable (and list item) an ajv error is about. */
function locate(error: ErrorObject): [string | undefined, number | undefined] {
  if (error.keyword === 'required') {
    return [(error.params as { missingProperty: string }).missingProperty, undefined];
  }
  const [variable, item] = error.instancePath.split('/').slice(1);
  return [variable, item === undefined ? undefined : Number(item)];
}

function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required but not set';
    case 'type':
      return `is not ${typeInWords(String(params['type']))}`;
    case 'enum':
      return 'is not one of the allowed values';
    case 'pattern':
      return 'does not have the expected form';
    case 'format':
      return `is not a valid ${String(params['format'])}`;
    case 'minimum':
      return `is below the minimum of ${String(params['limit'])}`;
    case 'maximum':
      return `is above the maximum of ${String(params['limit'])}`;
    case 'minLength':
      return params['limit'] === 1
        ? 'is empty'
        : `is shorter than ${String(params['limit'])} characters`;
    case 'minItems':
      return params['limit'] === 1
        ? 'lists nothing'
        : `lists fewer than ${String(params['limit'])} items`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

function typeInWords(type: string): string {
  switch (type) {
    case 'integer':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    default:
      return `a ${type}`;
  }
}

/** The form a variable must have, in words: the schema's `expected`, or derived from its keywords. */
export function expectedForm(property: TSchema): string {
  if (typeof property['expected'] === 'string') return property['expected'];
  if (Array.isArray(property['enum']))
    return `one of ${(property['enum'] as unknown[]).join(', ')}`;
  const type = property['type'];
  if (type === 'integer' || type === 'number') return typeInWords(type) + range(property);
  if (type === 'boolean') return 'true or false';
  if (type === 'array')
    return `a comma-separated list of ${expectedForm(property['items'] as TSchema)}`;
  if (typeof property['format'] === 'string') return `a valid ${property['format']}`;
  if (typeof property['pattern'] === 'string') return `a string matching /${property['pattern']}/`;
  if (typeof property['minLength'] === 'number' && property['minLength'] > 0)
    return 'a non-empty string';
  return 'a string';
}

function range(property: TSchema): string {
  const min = property['minimum'] as number | undefined;
  const max = property['maximum'] as number | undefined;
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function describeVariable(schema: TObject, name: string): ConfigVariable {
  const property = schema.properties[name] as TSchema;
  const variable: ConfigVariable = {
    name,
    required: (schema.required ?? []).includes(name) && property['default'] === undefined,
    expected: expectedForm(property),
    secret: isSecret(name, property),
  };
  if (property['default'] !== undefined) variable.default = property['default'];
  if (typeof property['description'] === 'string') variable.description = property['description'];
  return variable;
}

function isSecret(name: string, property: TSchema): boolean {
  return property['secret'] === true || isSecretName(name);
}

/** What the operator typed, for the error: lists back in their comma form. */
function givenText(value: unknown): unknown {
  return Array.isArray(value) ? value.join(',') : value;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
