import {
  BSON,
  BSONRegExp,
  Double,
  Long,
  ObjectId,
  type Collection,
  type Db,
  type Document,
} from 'mongodb';
import { connectDb, testScope } from '../../src';

/**
 * The local FerretDB answers equality and `$in` on indexed fields from its
 * SQLite indexes (deploy/local/ferretdb/ferretdb.patch, ADR 0001). Two things
 * are proven here, against the server the integration tests use:
 *
 * 1. SQLite uses the index: FerretDB's `explain` runs `EXPLAIN QUERY PLAN`
 *    on the very WHERE clause that find, count, aggregate, update, delete
 *    and findAndModify push down (all go through the backend's one Query).
 * 2. The pushdown never loses a document: each edge-case filter returns the
 *    same documents as the same filter wrapped in `{$and: [filter]}`, which
 *    nothing pushes down, so FerretDB reads every document and applies its
 *    own filter (the unpatched behaviour). Over-returning SQL is harmless,
 *    under-returning SQL shows up here as a missing document.
 *
 * Against a real MongoDB (MONGODB_URI pointing at one) the comparisons still
 * run; the plan checks, which read FerretDB's explain output, are skipped.
 */
describe('FerretDB pushes down equality and $in on indexed fields', () => {
  const scope = testScope('pushdown');
  let conn: { db: Db; close(): Promise<void> };
  let coll: Collection;
  let isFerretDB = false;

  const oid = new ObjectId('65f000000000000000000001');
  const date = new Date('2026-07-01T00:00:00.000Z');
  const big = Long.fromString('9007199254740993'); // 2^53 + 1
  const twoTo53 = 9007199254740992;

  // Indexed: a, n.b, deep.x.y, k (unique), {c, d} (compound). e is not indexed.
  const DOCS: Document[] = [
    { _id: 'int5', a: 5, k: 'k1', c: 'p', d: 1 },
    { _id: 'double5', a: new Double(5), c: 'p', d: 2 },
    { _id: 'long5', a: Long.fromNumber(5), c: 'q', d: 1 },
    { _id: 'half', a: 5.5 },
    { _id: 'six', a: 6 },
    { _id: 'zero', a: 0 },
    { _id: 'negzero', a: new Double(-0) },
    { _id: 'str5', a: '5', c: 'q', d: 2 },
    { _id: 'strx', a: 'x' },
    { _id: 'empty', a: '' },
    { _id: 'special', a: 'a<b&"c"\u2028\\' },
    { _id: 'unicode', a: 'é漢' },
    { _id: 'bracket', a: '[abc' },
    { _id: 'true', a: true },
    { _id: 'false', a: false },
    { _id: 'one', a: 1 },
    { _id: 'oid', a: oid },
    { _id: 'oidhex', a: oid.toHexString() },
    { _id: 'date', a: date },
    { _id: 'millis', a: date.getTime() },
    { _id: 'null', a: null },
    { _id: 'missing', e: 1 },
    { _id: 'big', a: big },
    { _id: 'two53d', a: twoTo53 },
    { _id: 'two53l', a: Long.fromNumber(twoTo53) },
    { _id: 'below53', a: twoTo53 - 1 },
    { _id: 'arr56', a: [5, 6] },
    { _id: 'arrxy', a: ['x', 'y'] },
    { _id: 'arrempty', a: [] },
    { _id: 'arrnull', a: [null] },
    { _id: 'arrdoc', a: [{ b: 5 }] },
    { _id: 'arrdouble', a: [new Double(5)] },
    { _id: 'arrmixed', a: ['5', 0, true] },
    { _id: 'doc', a: { b: 5 } },
    { _id: 'docempty', a: {} },
    { _id: 'regex', a: new BSONRegExp('x') },
    { _id: 7, a: 7, n: { b: 5 }, k: 'k2' },
    { _id: 8.5, n: { b: [5, 6] } },
    { _id: 'n-arr', n: [{ b: 5 }, { b: 7 }] },
    { _id: 'n-arrarr', n: [{ b: [5] }] },
    { _id: 'n-scalar', n: 5 },
    { _id: 'n-scalararr', n: [5] },
    { _id: 'n-null', n: { b: null } },
    { _id: 'n-empty', n: {} },
    { _id: 'n-doc', n: { b: { c: 1 } } },
    { _id: 'n-x', n: [{ b: 'x' }] },
    { _id: 'n-strx', n: { b: 'x' } },
    { _id: 'deep1', deep: { x: { y: 5 } } },
    { _id: 'deep2', deep: { x: [{ y: 5 }] } },
    { _id: 'deep3', deep: [{ x: { y: 5 } }] },
    { _id: 'deep4', deep: [{ x: [{ y: 5 }] }] },
    { _id: 'deep5', deep: { x: { y: [5] } } },
    { _id: 'deep6', deep: { x: 5 } },
    { _id: 'deep7', deep: [{ x: 7 }, { x: { y: 7 } }] },
  ];

  const QUERIES: Document[] = [
    { a: 5 },
    { a: Long.fromNumber(5) },
    { a: new Double(5) },
    { a: 5.5 },
    { a: 6 },
    { a: 0 },
    { a: new Double(-0) },
    { a: '5' },
    { a: 'x' },
    { a: '' },
    { a: 'a<b&"c"\u2028\\' },
    { a: 'é漢' },
    { a: '[abc' },
    { a: true },
    { a: false },
    { a: 1 },
    { a: oid },
    { a: oid.toHexString() },
    { a: date },
    { a: date.getTime() },
    { a: null },
    { a: Infinity },
    { a: big },
    { a: twoTo53 },
    { a: Long.fromNumber(twoTo53) },
    { a: twoTo53 - 1 },
    { a: [5, 6] },
    { a: [] },
    { a: { b: 5 } },
    { a: new BSONRegExp('x') },
    { a: { $eq: 5 } },
    { a: { $eq: null } },
    { a: { $in: [5, 'x'] } },
    { a: { $in: [5, null] } },
    { a: { $in: [new BSONRegExp('^x'), 5] } },
    { a: { $in: [[5, 6], 7] } },
    { a: { $in: [] } },
    { a: { $in: [0, 'y', true] } },
    { a: { $in: [5], $ne: 6 } },
    { a: { $ne: 5 } },
    { a: { $gt: 4 } },
    { a: { $exists: false } },
    { a: 5, e: { $exists: false } },
    { a: 5, c: 'p' },
    { a: 7, 'n.b': 5 },
    { $or: [{ a: 5 }, { c: 'q' }] },
    { 'n.b': 5 },
    { 'n.b': 'x' },
    { 'n.b': null },
    { 'n.b': { $in: [5, 7] } },
    { 'n.b': [5, 6] },
    { 'n.b': { c: 1 } },
    { n: 5 },
    { 'deep.x.y': 5 },
    { 'deep.x.y': { $in: [7, 5] } },
    { 'deep.x': 5 },
    { c: 'p' },
    { c: 'p', d: 1 },
    { d: 1 },
    { c: { $in: ['p', 'q'] }, d: { $in: [2] } },
    { _id: 7 },
    { _id: { $in: [7, 8.5, 'int5'] } },
    { k: 'k1' },
    { k: { $in: ['k1', 'k2', 'k3'] } },
  ];

  /** Test names that tell an int from a long and a double. */
  const CASES_BY_NAME = QUERIES.map(
    (q) => [BSON.EJSON.stringify(q, { relaxed: false }), q] as const,
  );

  const ids = (docs: Document[]) => docs.map((d) => String(d['_id'])).sort();

  beforeAll(async () => {
    conn = await connectDb(scope);
    coll = conn.db.collection('pushdown');
    await coll.createIndexes([
      { key: { a: 1 } },
      { key: { 'n.b': 1 } },
      { key: { 'deep.x.y': -1 } },
      { key: { k: 1 }, unique: true },
      { key: { c: 1, d: 1 } },
    ]);
    await coll.insertMany(DOCS);
    const info = await conn.db.admin().command({ buildInfo: 1 });
    isFerretDB = 'ferretdbVersion' in info;
  });

  afterAll(async () => {
    await conn?.close();
  });

  /** The documents the filter matches when nothing is pushed down. */
  const reference = async (filter: Document) => ids(await coll.find({ $and: [filter] }).toArray());

  /** Runs both, so that a filter both refuse (Infinity) compares as the same error. */
  const outcome = async <T>(fn: () => Promise<T>): Promise<T | string> => {
    try {
      return await fn();
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  };

  describe('the same documents as without pushdown', () => {
    it('has a non-trivial reference: MongoDB semantics the pushdown must keep', async () => {
      // Anchors, so that a reference that returned nothing could not pass.
      expect(await reference({ a: 5 })).toEqual(
        ['arr56', 'arrdouble', 'double5', 'int5', 'long5'].sort(),
      );
      expect(await reference({ 'n.b': 5 })).toEqual(['7', '8.5', 'n-arr', 'n-arrarr'].sort());
      expect(await reference({ 'deep.x.y': 5 })).toEqual(
        ['deep1', 'deep2', 'deep3', 'deep4', 'deep5'].sort(),
      );
      expect(await reference({ a: 0 })).toEqual(['arrmixed', 'negzero', 'zero'].sort());
    });

    it.each(CASES_BY_NAME)('find, count and aggregate %s', async (_, filter) => {
      const want = await outcome(() => reference(filter));
      expect(await outcome(async () => ids(await coll.find(filter).toArray()))).toEqual(want);
      const n = typeof want === 'string' ? want : want.length;
      expect(await outcome(() => coll.countDocuments(filter))).toEqual(n); // aggregate $match
      expect(
        await outcome(
          async () => (await conn.db.command({ count: 'pushdown', query: filter }))['n'],
        ),
      ).toEqual(n);
      expect(
        await outcome(async () => ids(await coll.aggregate([{ $match: filter }]).toArray())),
      ).toEqual(want);
    });
  });

  describe('the same documents updated and deleted as without pushdown', () => {
    // Each test changes the data: put it back as it was, even after a failure.
    afterEach(async () => {
      await coll.deleteMany({});
      await coll.insertMany(DOCS);
    });

    it.each(CASES_BY_NAME)('%s', async (_, filter) => {
      const want = await outcome(() => reference(filter));
      if (typeof want === 'string') {
        expect(await outcome(() => coll.updateMany(filter, { $set: { seen: 1 } }))).toEqual(want);
        expect(await outcome(() => coll.deleteMany(filter))).toEqual(want);
        return;
      }
      const updated = await coll.updateMany(filter, { $inc: { hits: 1 } });
      expect(updated.matchedCount).toBe(want.length);
      expect(ids(await coll.find({ hits: 1 }).toArray())).toEqual(want);

      const one = await coll.updateOne(filter, { $set: { one: true } });
      expect(one.matchedCount).toBe(Math.min(1, want.length));
      expect(want).toEqual(expect.arrayContaining(ids(await coll.find({ one: true }).toArray())));

      const found = await coll.findOneAndUpdate(filter, { $set: { fam: true } });
      if (want.length === 0) expect(found).toBeNull();
      else expect(want).toContain(String(found?.['_id']));

      const deleted = await coll.deleteMany(filter);
      expect(deleted.deletedCount).toBe(want.length);
      expect(ids(await coll.find({ $and: [filter] }).toArray())).toEqual([]);
      expect(await coll.countDocuments({})).toBe(DOCS.length - want.length);
    });
  });

  describe('SQLite answers from the index', () => {
    /** FerretDB's explain: `EXPLAIN QUERY PLAN` lines and whether the filter was pushed down. */
    const plan = async (explain: Document) => {
      const res = await conn.db.command({ explain, verbosity: 'queryPlanner' });
      const lines = (res['queryPlanner']?.['Plan'] ?? []) as string[];
      return {
        pushdown: res['filterPushdown'] as boolean,
        details: lines.map((l) => l.replace(/^.* detail=/, '')),
      };
    };

    const expectIndex = (p: { pushdown: boolean; details: string[] }, index: string) => {
      if (!p.pushdown) {
        throw new Error(
          `not pushed down, plan: ${p.details.join(' | ')}. A FerretDB started before ` +
            'deploy/local/ferretdb/ferretdb.patch last changed still runs the old build: ' +
            '`node deploy/local/stack.mjs up` (in the folder whose stack serves MONGODB_URI) ' +
            'rebuilds and restarts it',
        );
      }
      const searches = p.details.filter((d) => /^(SEARCH|SCAN) /.test(d));
      expect(searches.length).toBeGreaterThan(0);
      for (const line of searches) expect(line).toMatch(new RegExp(`USING INDEX \\S+_${index}\\b`));
    };

    const CASES: [string, Document, string][] = [
      ['equality', { a: 5 }, 'a_1'],
      ['string equality', { a: 'x' }, 'a_1'],
      ['$in', { a: { $in: [5, 'x', true] } }, 'a_1'],
      ['$eq', { a: { $eq: 'x' } }, 'a_1'],
      ['a unique key', { k: 'k1' }, 'k_1'],
      ['a dotted path', { 'n.b': 5 }, 'n\\.b_1'],
      ['a descending dotted path, two levels', { 'deep.x.y': { $in: [5, 7] } }, 'deep\\.x\\.y_-1'],
      ['a compound index, leading field', { c: 'p' }, 'c_1_d_1'],
      ['a compound index, both fields', { c: 'p', d: 1 }, 'c_1_d_1'],
      ['_id with another field', { _id: 'int5', a: 5 }, '_id_'],
      ['a numeric _id', { _id: 7 }, '_id_'],
    ];

    // Not `count`: FerretDB's explain reads a count's filter from `filter`, not
    // `query`, so it explains an empty filter; count itself pushes `query` down
    // through the same backend query as find.
    it.each(CASES)('%s: find and aggregate', async (_, filter, index) => {
      if (!isFerretDB) return; // the plan format is FerretDB's
      expectIndex(await plan({ find: 'pushdown', filter }), index);
      expectIndex(
        await plan({ aggregate: 'pushdown', pipeline: [{ $match: filter }], cursor: {} }),
        index,
      );
    });

    it('scans where no index leads with the field, or a value is not pushed down', async () => {
      if (!isFerretDB) return;
      for (const filter of [
        { e: 1 },
        { d: 1 },
        { a: null },
        { a: new BSONRegExp('x') },
        { a: [5, 6] },
        { a: { b: 5 } },
        { a: big },
        { a: { $in: [5, null] } },
        { a: { $gt: 4 } },
      ]) {
        const p = await plan({ find: 'pushdown', filter });
        expect({ filter, ...p }).toEqual({
          filter,
          pushdown: false,
          details: [expect.stringMatching(/^SCAN /)],
        });
      }
    });
  });
});
