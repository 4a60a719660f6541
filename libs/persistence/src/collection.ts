import { Mongoose, type Model, Schema, type SchemaDefinition } from 'mongoose';
import { InvalidDocumentError } from './errors';

/**
 * A collection, declared once: its name, its shape and indexes (a mongoose
 * schema), whether its documents carry an outbox, and which field is the
 * version that guards concurrent writers. See docs/adr/0008.
 */
export interface CollectionDefinition<T extends { _id: unknown } = { _id: unknown }> {
  readonly name: string;
  /** Shape (checked on insert) and indexes (built at start). */
  readonly schema: Schema;
  /** Documents carry an outbox: the relay must know the collection (the service manifest). */
  readonly outbox: boolean;
  /**
   * The events of inserted documents live apart, in `outbox_<name>`, so the
   * relay never rewrites the document after an insert (ADR 0002, "Inserts:
   * the events apart"). Updates keep theirs in the document.
   */
  readonly insertEventsApart: boolean;
  /** The field `mutate` reads and bumps; `version` unless said otherwise (registry: `revision`). */
  readonly versionField: string;
  /** Indexes a release before declared and this one no longer reads: dropped at start. */
  readonly retiredIndexes: readonly IndexKeys[];
  /** Type carrier only (never set): lets `storeToken(definition)` keep `T`. */
  readonly __document?: T;
}

export interface DefineCollectionOptions {
  name: string;
  /**
   * The fields a document must have, mongoose-style (`{ _id: { type:
   * String, required: true }, status: { type: String, enum: [...] } }`).
   * Fields not declared are stored as they are (the schema is not strict):
   * declare what must hold, not every nested detail.
   */
  fields: SchemaDefinition;
  /** Secondary indexes: `[{ brin: 1 }, [{ sector: 1, status: 1 }, { unique: true }]]`. */
  indexes?: readonly (IndexKeys | [IndexKeys, IndexOptions])[];
  /**
   * Indexes the collection no longer declares (found by their keys, not
   * their names): each replica drops them at start. How an index leaves a
   * running, replicated system is in ADR 0009.
   */
  retiredIndexes?: readonly IndexKeys[];
  outbox?: boolean;
  /** See CollectionDefinition.insertEventsApart; only with `outbox: true`. */
  insertEventsApart?: boolean;
  versionField?: string;
}

export type IndexKeys = Record<string, 1 | -1>;
export interface IndexOptions {
  name?: string;
  unique?: boolean;
  sparse?: boolean;
}

/** Declares a collection; build it with `PersistenceModule.forFeature([...])`. */
export function defineCollection<T extends { _id: unknown }>(
  options: DefineCollectionOptions,
): CollectionDefinition<T> {
  const schema = new Schema(options.fields, {
    // Our documents are written through the driver (state and outbox in one
    // write): mongoose must not add fields of its own or drop ours.
    strict: false,
    versionKey: false,
    autoIndex: false,
    autoCreate: false,
  });
  for (const index of options.indexes ?? []) {
    if (Array.isArray(index)) schema.index(index[0], index[1]);
    else schema.index(index as IndexKeys);
  }
  if (options.insertEventsApart && !options.outbox)
    throw new Error(`collection ${options.name}: insertEventsApart needs outbox: true`);
  const declared = schema.indexes().map(([keys]) => sameIndexKeys.text(keys as IndexKeys));
  for (const keys of options.retiredIndexes ?? []) {
    // It would be dropped and built again at every start.
    if (declared.includes(sameIndexKeys.text(keys)))
      throw new Error(
        `collection ${options.name}: index ${JSON.stringify(keys)} is both declared and retired`,
      );
  }
  return {
    name: options.name,
    schema,
    retiredIndexes: options.retiredIndexes ?? [],
    outbox: options.outbox ?? false,
    insertEventsApart: options.insertEventsApart ?? false,
    versionField: options.versionField ?? 'version',
  };
}

/** Index keys compare by their fields in order (`{ a: 1, b: 1 }` is not `{ b: 1, a: 1 }`). */
export const sameIndexKeys = {
  text: (keys: IndexKeys) => JSON.stringify(Object.entries(keys)),
  equal: (a: IndexKeys, b: IndexKeys) => sameIndexKeys.text(a) === sameIndexKeys.text(b),
};

/** The declared secondary indexes, as createIndex takes them. */
export function indexesOf(definition: CollectionDefinition) {
  return definition.schema
    .indexes()
    .map(([keys, options]) => ({ keys: keys as IndexKeys, options: options as IndexOptions }));
}

/**
 * Models only for validation, on a mongoose instance of their own: several
 * services run in one process in the end-to-end test, each with its own
 * `vestigingen`, and models are registered by name.
 */
const validators = new Mongoose();
const models = new WeakMap<Schema, Model<unknown>>();
let modelCount = 0;

function validatorOf(definition: CollectionDefinition) {
  let model = models.get(definition.schema);
  if (!model) {
    modelCount += 1;
    model = validators.model(
      `${definition.name}#${modelCount}`,
      definition.schema,
      definition.name,
    ) as Model<unknown>;
    models.set(definition.schema, model);
  }
  return model;
}

/**
 * Checks a whole document against the declared fields before it is
 * inserted; throws InvalidDocumentError naming every bad path. The document
 * is written as given (validation does not cast it).
 */
export async function validateDocument(
  definition: CollectionDefinition,
  doc: object,
): Promise<void> {
  try {
    await validatorOf(definition).validate(doc);
  } catch (error) {
    const errors = (error as { errors?: Record<string, { message?: string }> }).errors;
    if (!errors) throw error;
    throw new InvalidDocumentError(
      definition.name,
      (doc as { _id?: unknown })._id,
      Object.entries(errors).map(([path, e]) => `${path}: ${e.message ?? 'invalid'}`),
    );
  }
}
