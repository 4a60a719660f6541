import { type Static, type TSchema, type TUnsafe, Type } from '@sinclair/typebox';

/**
 * Small TypeBox helpers that keep the published JSON Schema plain and easy
 * to compare (see compat.ts): enums as `enum`, nullables as `type: [x, 'null']`
 * rather than `anyOf` unions.
 */

/** A string restricted to a fixed list; `{ type: 'string', enum: [...] }`. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });
}

/**
 * The same schema, also allowing `null`. We use null (never 0, never '') for
 * values that are unknown or masked, so "we don't know" can't be read as a
 * real value.
 */
export function Nullable<T extends TSchema>(
  schema: T,
  options: { description?: string } = {},
): TUnsafe<Static<T> | null> {
  const plain = toJsonSchema(schema);
  const type = plain['type'];
  if (typeof type !== 'string') {
    throw new Error('Nullable() needs a schema with a single `type`');
  }
  const nullable: Record<string, unknown> = { ...plain, ...options, type: [type, 'null'] };
  if (Array.isArray(plain['enum'])) nullable['enum'] = [...(plain['enum'] as unknown[]), null];
  if ('const' in plain) {
    nullable['enum'] = [plain['const'], null];
    delete nullable['const'];
  }
  return Type.Unsafe<Static<T> | null>(nullable);
}

export type JsonSchema = Record<string, unknown>;

/** A schema as plain JSON: TypeBox's symbol keys dropped, ready to publish. */
export function toJsonSchema(schema: TSchema | JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}
