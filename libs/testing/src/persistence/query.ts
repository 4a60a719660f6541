/**
 * Just enough of MongoDB's query and update language for in-memory stores:
 * the subset Store documents (libs/persistence, store.ts). Anything else
 * throws, so a test never passes on an operator the fake does not know.
 */

type Doc = Record<string, unknown>;

export function getPath(doc: unknown, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || current === undefined) return undefined;
    if (Array.isArray(current) && !/^\d+$/.test(part)) {
      // a.b over an array of documents: the values of b in each.
      return current.map((item) => getPath(item, part));
    }
    current = (current as Doc)[part];
  }
  return current;
}

function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let current = doc;
  for (const part of parts.slice(0, -1)) {
    if (typeof current[part] !== 'object' || current[part] === null) current[part] = {};
    current = current[part] as Doc;
  }
  current[parts[parts.length - 1]!] = value;
}

function unsetPath(doc: Doc, path: string): void {
  const parts = path.split('.');
  let current = doc;
  for (const part of parts.slice(0, -1)) {
    if (typeof current[part] !== 'object' || current[part] === null) return;
    current = current[part] as Doc;
  }
  delete current[parts[parts.length - 1]!];
}

export function equal(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => equal(item, b[i]))
    );
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as Doc);
    const kb = Object.keys(b as Doc);
    return ka.length === kb.length && ka.every((k) => equal((a as Doc)[k], (b as Doc)[k]));
  }
  // MongoDB: a missing field equals null.
  return (a ?? null) === (b ?? null);
}

function compare(a: unknown, b: unknown): number {
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (x === y) return 0;
  if (x === undefined || x === null) return -1;
  if (y === undefined || y === null) return 1;
  return (x as number) < (y as number) ? -1 : 1;
}

/** Values a path stands for: the value itself and, for an array, each element too. */
function candidates(value: unknown): unknown[] {
  return Array.isArray(value) ? [value, ...value.flat()] : [value];
}

function isOperatorObject(value: unknown): value is Doc {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((k) => k.startsWith('$'))
  );
}

function matchesCondition(value: unknown, condition: unknown): boolean {
  if (!isOperatorObject(condition)) return candidates(value).some((v) => equal(v, condition));
  return Object.entries(condition).every(([op, arg]) => {
    switch (op) {
      case '$eq':
        return candidates(value).some((v) => equal(v, arg));
      case '$ne':
        return !candidates(value).some((v) => equal(v, arg));
      case '$in': {
        // A $in may hold thousands of values (casework's work-queue keys): a string is looked up natively.
        if (typeof value === 'string') return (arg as unknown[]).includes(value);
        const values = candidates(value);
        return (arg as unknown[]).some((a) => values.some((v) => equal(v, a)));
      }
      case '$nin':
        return !(arg as unknown[]).some((a) => candidates(value).some((v) => equal(v, a)));
      case '$lt':
        return value !== undefined && value !== null && compare(value, arg) < 0;
      case '$lte':
        return value !== undefined && value !== null && compare(value, arg) <= 0;
      case '$gt':
        return value !== undefined && value !== null && compare(value, arg) > 0;
      case '$gte':
        return value !== undefined && value !== null && compare(value, arg) >= 0;
      case '$exists':
        return (value !== undefined) === Boolean(arg);
      case '$size':
        return Array.isArray(value) && value.length === arg;
      default:
        throw new Error(`in-memory store: query operator ${op} is not supported`);
    }
  });
}

export function matches(doc: Doc, filter: Doc): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and') return (condition as Doc[]).every((f) => matches(doc, f));
    if (key === '$or') return (condition as Doc[]).some((f) => matches(doc, f));
    if (key.startsWith('$')) throw new Error(`in-memory store: ${key} is not supported`);
    return matchesCondition(getPath(doc, key), condition);
  });
}

/** Applies an update document in place; `inserting` turns on $setOnInsert. */
export function applyChange(doc: Doc, change: Doc, inserting = false): void {
  for (const [op, fields] of Object.entries(change)) {
    for (const [path, arg] of Object.entries(fields as Doc)) {
      switch (op) {
        case '$set':
          setPath(doc, path, structuredClone(arg));
          break;
        case '$setOnInsert':
          if (inserting) setPath(doc, path, structuredClone(arg));
          break;
        case '$unset':
          unsetPath(doc, path);
          break;
        case '$inc':
          setPath(doc, path, ((getPath(doc, path) as number | undefined) ?? 0) + (arg as number));
          break;
        case '$push': {
          const list = [...((getPath(doc, path) as unknown[] | undefined) ?? [])];
          const each = isOperatorObject(arg) && '$each' in arg;
          list.push(...structuredClone(each ? (arg['$each'] as unknown[]) : [arg]));
          const slice = each ? (arg['$slice'] as number | undefined) : undefined;
          setPath(doc, path, slice === undefined ? list : list.slice(slice));
          break;
        }
        case '$addToSet': {
          const list = [...((getPath(doc, path) as unknown[] | undefined) ?? [])];
          const items = isOperatorObject(arg) ? (arg['$each'] as unknown[]) : [arg];
          for (const item of items) if (!list.some((v) => equal(v, item))) list.push(item);
          setPath(doc, path, list);
          break;
        }
        case '$pullAll': {
          const list = (getPath(doc, path) as unknown[] | undefined) ?? [];
          setPath(
            doc,
            path,
            list.filter((v) => !(arg as unknown[]).some((a) => equal(v, a))),
          );
          break;
        }
        default:
          throw new Error(`in-memory store: update operator ${op} is not supported`);
      }
    }
  }
}

/** A new document from an upsert's filter: its plain equality fields. */
export function seedFromFilter(filter: Doc): Doc {
  const doc: Doc = {};
  for (const [key, value] of Object.entries(filter)) {
    if (!key.startsWith('$') && !isOperatorObject(value)) setPath(doc, key, structuredClone(value));
  }
  return doc;
}

export function project(doc: Doc, projection: Record<string, 0 | 1> | undefined): Doc {
  if (!projection || Object.keys(projection).length === 0) return doc;
  const include = Object.entries(projection).some(([k, v]) => v === 1 && k !== '_id');
  if (!include) {
    const copy = structuredClone(doc);
    for (const [path, v] of Object.entries(projection)) if (v === 0) unsetPath(copy, path);
    return copy;
  }
  let out: Doc = projection['_id'] === 0 ? {} : { _id: doc['_id'] };
  for (const [path, v] of Object.entries(projection)) {
    if (v !== 1 || path === '_id') continue;
    const picked = pick(doc, path.split('.'));
    if (picked !== undefined) out = merge(out, picked) as Doc;
  }
  return out;
}

/**
 * An included path as MongoDB returns it: `a.b` over an array of documents
 * keeps the array with `b` of each element (`{ a: [{ b: 1 }, { b: 2 }] }`),
 * not `{ a: { b: [1, 2] } }`; elements that are not documents are left out.
 */
function pick(value: unknown, parts: readonly string[]): unknown {
  if (parts.length === 0) return structuredClone(value);
  if (Array.isArray(value))
    return value
      .filter((item) => item !== null && typeof item === 'object')
      .map((item) => pick(item, parts) ?? {});
  if (value === null || typeof value !== 'object') return undefined;
  const [head, ...rest] = parts;
  const inner = (value as Doc)[head!];
  if (inner === undefined) return undefined;
  const picked = pick(inner, rest);
  return picked === undefined ? undefined : { [head!]: picked };
}

/** Two picks of one document together (`a.b` and `a.c`): documents field by field, arrays element by element. */
function merge(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return a.map((item, i) => merge(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const out: Doc = { ...(a as Doc) };
    for (const [k, v] of Object.entries(b as Doc)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return b;
}

export function sorter(sort: Record<string, 1 | -1>): (a: Doc, b: Doc) => number {
  return (a, b) => {
    for (const [path, direction] of Object.entries(sort)) {
      const order = compare(getPath(a, path), getPath(b, path));
      if (order !== 0) return order * direction;
    }
    return 0;
  };
}
