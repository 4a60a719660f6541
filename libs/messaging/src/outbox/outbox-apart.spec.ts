import { createEvent, defineEvent } from '@inspectorate/contracts';
import { Type } from '@sinclair/typebox';
import { MAX_WRITE_BYTES, MAX_WRITE_ITEMS, itemsOf, newInsertsApart } from './outbox-apart';

const Noted = defineEvent({
  name: 'NoteTaken',
  service: 'test',
  entity: 'note',
  event: 'taken',
  version: 1,
  topic: 'inspectorate.test.notes',
  subject: 'the note id',
  description: 'A note was taken (test-only event).',
  data: Type.Object({ text: Type.String() }),
});

const insert = (id: string, text = 'x') => ({
  doc: { _id: id },
  events: [
    {
      definition: Noted,
      event: createEvent(Noted, {
        source: '/inspectorate/test',
        subject: id,
        data: { text },
        correlationId: `corr-${id}`,
      }),
    },
  ],
});

describe('newInsertsApart', () => {
  it('puts a bulk’s aggregates in one document per MAX_WRITE_ITEMS, in order, each aggregate carrying its write', () => {
    const ids = Array.from({ length: MAX_WRITE_ITEMS + 2 }, (_, i) => `a-${i}`);
    const { docs, entries, writes } = newInsertsApart(ids.map((id) => insert(id)));
    expect(writes.map((w) => w.aggregates.length)).toEqual([MAX_WRITE_ITEMS, 2]);
    expect(writes.flatMap((w) => w.aggregates)).toEqual(ids);
    expect(writes.flatMap((w) => itemsOf(w).map((item) => item.aggregate))).toEqual(ids);
    expect(docs.map((d) => d._id)).toEqual(ids);
    expect(docs[0]!.outboxWrite).toBe(writes[0]!._id);
    expect(docs[MAX_WRITE_ITEMS]!.outboxWrite).toBe(writes[1]!._id);
    // The entries as one string, read back as they were (dates included).
    expect(typeof writes[0]!.entries).toBe('string');
    const [first] = itemsOf(writes[0]!);
    expect(first).toEqual({ aggregate: 'a-0', entries: entries[0] });
    expect(first!.entries[0]).toMatchObject({ type: Noted.type, key: 'a-0' });
    expect(first!.entries[0]!.createdAt).toBeInstanceOf(Date);
  });

  it('starts another document past MAX_WRITE_BYTES of entries', () => {
    const big = 'x'.repeat(Math.ceil(MAX_WRITE_BYTES / 3));
    const { writes } = newInsertsApart(['b-1', 'b-2', 'b-3', 'b-4'].map((id) => insert(id, big)));
    expect(writes.map((w) => w.aggregates)).toEqual([
      ['b-1', 'b-2'],
      ['b-3', 'b-4'],
    ]);
  });

  it('gives two inserts of one _id different writes, so the one that collides never shares the landed one’s', () => {
    const { docs, writes } = newInsertsApart([insert('same'), insert('other'), insert('same')]);
    expect(writes.map((w) => w.aggregates)).toEqual([['same', 'other'], ['same']]);
    expect(docs[0]!.outboxWrite).not.toBe(docs[2]!.outboxWrite);
  });
});
