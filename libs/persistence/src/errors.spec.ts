import { DuplicateKeyError, asDuplicateKeyError, writeErrorsOf } from './errors';
import { chunks } from './mongo-store';

describe('asDuplicateKeyError', () => {
  it('types a driver E11000 with its key, and its position in a bulk write', () => {
    const driver = { code: 11000, keyValue: { _id: 'a' }, keyPattern: { _id: 1 }, index: 3 };
    const error = asDuplicateKeyError('letters', driver, 50) as DuplicateKeyError;
    expect(error).toBeInstanceOf(DuplicateKeyError);
    expect(error.message).toBe('duplicate key in letters: {"_id":"a"} (statement 53)');
    expect(error.index).toBe(53);
    expect(error.isOn('_id')).toBe(true);
    expect(error.isOn('requestId')).toBe(false);
  });

  it('reads the key from a bulk statement error (err.keyValue) too', () => {
    const error = asDuplicateKeyError('x', {
      code: 11000,
      index: 0,
      err: { keyValue: { requestId: 'r1' }, keyPattern: { requestId: 1 } },
    }) as DuplicateKeyError;
    expect(error.isOn('requestId')).toBe(true);
    expect(error.key).toEqual({ requestId: 'r1' });
  });

  it('leaves any other error as it is', () => {
    const other = { code: 2, message: 'bad value' };
    expect(asDuplicateKeyError('x', other)).toBe(other);
  });

  it('without key information (FerretDB), takes the collision to be on _id', () => {
    const error = asDuplicateKeyError('x', { code: 11000 }) as DuplicateKeyError;
    expect(error.isOn('_id')).toBe(true);
    expect(error.message).toBe('duplicate key in x');
  });
});

describe('writeErrorsOf', () => {
  it('gives a list whether the driver reports one error or many', () => {
    expect(writeErrorsOf({ writeErrors: { code: 11000 } })).toEqual([{ code: 11000 }]);
    expect(writeErrorsOf({ writeErrors: [{ code: 1 }, { code: 2 }] })).toHaveLength(2);
    expect(writeErrorsOf(new Error('network'))).toBeNull();
  });
});

describe('chunks', () => {
  const update = { updateOne: {} };
  const insert = { insertOne: {} };

  it('keeps at most 50 updates per chunk, with the position of each chunk', () => {
    const statements = [...Array(120).fill(update)];
    expect([...chunks(statements)].map(([at, c]) => [at, c.length])).toEqual([
      [0, 50],
      [50, 50],
      [100, 20],
    ]);
  });

  it('does not split inserts, which the server takes in any number', () => {
    const statements = [...Array(500).fill(insert), ...Array(60).fill(update)];
    expect([...chunks(statements)].map(([at, c]) => [at, c.length])).toEqual([
      [0, 550],
      [550, 10],
    ]);
  });

  it('yields nothing for nothing', () => {
    expect([...chunks([])]).toEqual([]);
  });
});
