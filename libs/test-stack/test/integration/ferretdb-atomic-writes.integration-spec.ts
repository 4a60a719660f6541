import { MongoClient, type Collection } from 'mongodb';
import { testScope } from '../../src';

/**
 * A single-document write is atomic on MongoDB, and everything conditional we
 * do relies on it: webhook claims, casework's version checks, leases. FerretDB
 * v1 runs an update as read, modify in Go, write back, so our local build
 * fronts it with a proxy that runs one write command per database at a time
 * (deploy/local/ferretdb/main.go, ADR 0001).
 *
 * Two clients, one connection each, race on the same batches of documents the
 * way two replicas claim webhook deliveries: a read, then a conditional claim
 * `updateMany({_id: {$in}, status: 'pending'}, {$set, $inc})`, a find of what
 * the claim took, and an unconditional `$inc`. The read right before each
 * write matters: the proxy once released a write's lock on the reply to the
 * read before it, and then both claims matched the same documents (each
 * reported them modified, both finds returned them) and `$inc`s were lost.
 */
describe('FerretDB applies concurrent conditional writes atomically', () => {
  const scope = testScope('atomic');
  const BATCHES = 100;
  const SIZE = 16;
  let clients: MongoClient[] = [];
  let colls: Collection<Delivery>[] = [];

  interface Delivery {
    _id: string;
    batch: number;
    status: 'pending' | 'sending';
    holder: string | null;
    attempts: number;
    touched: number;
  }

  beforeAll(async () => {
    // One connection per client: the read and the write share it, as they
    // do whenever a pooled connection serves a find and then an update.
    clients = await Promise.all(
      [0, 1].map(() => MongoClient.connect(scope.mongodbUri, { maxPoolSize: 1 })),
    );
    colls = clients.map((c) => c.db(scope.databaseName).collection<Delivery>('deliveries'));
  });

  afterAll(async () => {
    await clients[0]
      ?.db(scope.databaseName)
      .dropDatabase()
      .catch(() => undefined);
    await Promise.all(clients.map((c) => c.close()));
  });

  const ids = (batch: number) => Array.from({ length: SIZE }, (_, i) => `b${batch}-${i}`);

  it('claims each document once and loses no $inc', async () => {
    const docs: Delivery[] = [];
    for (let b = 0; b < BATCHES; b++) {
      for (const _id of ids(b)) {
        docs.push({ _id, batch: b, status: 'pending', holder: null, attempts: 0, touched: 0 });
      }
    }
    await colls[0].insertMany(docs);

    const modified = [0, 0];
    const claimedBy: Map<string, string[]> = new Map();
    const replica = async (k: number) => {
      const c = colls[k];
      for (let b = 0; b < BATCHES; b++) {
        const token = `replica${k}:${b}`;
        await c.findOne({ _id: `b${b}-0` });
        const res = await c.updateMany(
          { _id: { $in: ids(b) }, status: 'pending', attempts: 0 },
          { $set: { status: 'sending', holder: token }, $inc: { attempts: 1 } },
        );
        modified[k] += res.modifiedCount;
        for (const d of await c
          .find({ _id: { $in: ids(b) }, status: 'sending', holder: token })
          .toArray()) {
          claimedBy.set(d._id, [...(claimedBy.get(d._id) ?? []), token]);
        }
        await c.findOne({ _id: `b${b}-1` });
        await c.updateMany({ _id: { $in: ids(b) } }, { $inc: { touched: 1 } });
      }
    };
    await Promise.all([replica(0), replica(1)]);

    const total = BATCHES * SIZE;
    const twice = [...claimedBy].filter(([, tokens]) => tokens.length > 1).map(([id]) => id);
    const final = await colls[0].find({}).toArray();
    const wrong = final.filter(
      (d) => d.attempts !== 1 || d.touched !== 2 || d.status !== 'sending',
    );
    // One comparison, so that a failure shows every count at once.
    expect({
      claimedTwice: twice.length,
      claimed: claimedBy.size,
      modified: modified[0] + modified[1],
      attemptsOrIncWrong: wrong.length,
      examples: wrong.slice(0, 3),
    }).toEqual({
      claimedTwice: 0,
      claimed: total,
      modified: total,
      attemptsOrIncWrong: 0,
      examples: [],
    });
  }, 120_000);
});
