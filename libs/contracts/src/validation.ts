import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';
import { CloudEventEnvelope } from './envelope';
import { type ContractIssue, issuesFromAjv } from './issues';
import { type JsonSchema, toJsonSchema } from './schema-helpers';
import { SCHOOLJAAR_FORMAT, isSchooljaar } from './schooljaar';

/**
 * Validation on both sides of the wire, with different strictness:
 *
 * - `produce`: exactly the contract. A producer that sends a property the
 *   contract doesn't have is a bug we want to see before the event leaves.
 * - `consume`: the same schema with every `additionalProperties: false`
 *   removed, so a consumer built against v1 accepts events from a producer
 *   that already added an optional property (and CloudEvents extension
 *   attributes it doesn't know). Everything it does know is checked as
 *   strictly as on the producer side.
 *
 * Each schema is compiled once per mode and cached; compiled ajv code checks
 * a small event in microseconds.
 */
export type ValidationMode = 'produce' | 'consume';

export type Validator = (value: unknown, pathPrefix?: string) => ContractIssue[];

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  // `type: ['string', 'null']` is how Nullable() writes nullables.
  allowUnionTypes: true,
});
addFormats(ajv);
ajv.addFormat(SCHOOLJAAR_FORMAT, { type: 'string', validate: isSchooljaar });

const cache: Record<ValidationMode, WeakMap<object, Validator>> = {
  produce: new WeakMap(),
  consume: new WeakMap(),
};

/** The compiled validator of `schema` in `mode`, compiled on first use. */
export function validatorFor(schema: TSchema | JsonSchema, mode: ValidationMode): Validator {
  const cached = cache[mode].get(schema);
  if (cached) return cached;
  const plain = toJsonSchema(schema);
  // Compiled without $id so that two catalogs (tests build their own) may hold
  // different schemas for the same event type without clashing inside ajv.
  delete plain['$id'];
  const compiled: ValidateFunction = ajv.compile(mode === 'consume' ? relaxed(plain) : plain);
  const validator: Validator = (value, pathPrefix = '') =>
    compiled(value) ? [] : issuesFromAjv(compiled.errors, pathPrefix);
  cache[mode].set(schema, validator);
  return validator;
}

export function envelopeValidator(mode: ValidationMode): Validator {
  return validatorFor(CloudEventEnvelope, mode);
}

const VALUE_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/** A copy of `schema` in which every object tolerates unknown properties. */
export function relaxed(schema: JsonSchema): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node as JsonSchema)) {
      if (key === 'additionalProperties' && value === false) continue;
      // These hold values, not schemas: copy them as they are.
      out[key] = VALUE_KEYWORDS.has(key) ? value : walk(value);
    }
    return out;
  };
  return walk(schema) as JsonSchema;
}
