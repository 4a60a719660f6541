import { type SchemaOptions, type TUnsafe, Type } from '@sinclair/typebox';

/**
 * Extra keywords our config schemas may carry. Ajv is told about them, so they
 * pass its strict mode.
 * - `expected`: how the value must look, in words, for the error message
 *   (otherwise derived from the schema).
 * - `secret`: mask the value in errors even if its name does not say so.
 */
export interface ConfigSchemaOptions extends SchemaOptions {
  expected?: string;
  secret?: boolean;
}

/**
 * A string that must be one of `values`. Plain JSON Schema `enum` instead of
 * TypeBox's union of literals, so a bad value yields one clear error rather
 * than one per alternative.
 */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: ConfigSchemaOptions = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** A TCP port number. */
export function Port(options: ConfigSchemaOptions = {}) {
  return Type.Integer({ minimum: 1, maximum: 65_535, ...options });
}
