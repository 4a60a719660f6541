import { newWithOutbox, withOutbox } from './outbox';

const definition = {
  type: 'nl.onderwijsinspectie.registry.school.registered.v1',
  topic: 'inspectorate.registry.schools',
};
const event = (id: string) =>
  ({
    specversion: '1.0',
    id,
    source: '/inspectorate/registry',
    type: definition.type,
    subject: '12AB',
    time: '2026-01-01T00:00:00Z',
    datacontenttype: 'application/json',
    dataschema: 'urn:x',
    correlationid: 'c1',
    data: { brin: '12AB' },
  }) as never;

describe('withOutbox', () => {
  it('queues events in the same update as the state change, in order', () => {
    const update = withOutbox({ $set: { name: 'De Linde' } }, [
      { definition, event: event('e1') },
      { definition, event: event('e2') },
    ]);
    expect(update.$set).toEqual({ name: 'De Linde', outboxPending: true });
    const queued = (
      update.$push['outbox'] as {
        $each: { id: string; key: string; topic: string; value: string }[];
      }
    ).$each;
    expect(queued.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(queued[0]!.key).toBe('12AB');
    expect(queued[0]!.topic).toBe('inspectorate.registry.schools');
    expect(JSON.parse(queued[0]!.value)).toMatchObject({ id: 'e1', subject: '12AB' });
  });

  it('leaves an update without events alone', () => {
    expect(withOutbox({ $set: { a: 1 } }, [])).toEqual({ $set: { a: 1 } });
  });

  it('refuses an update that already touches the outbox', () => {
    expect(() =>
      withOutbox({ $set: { outboxPending: false } }, [{ definition, event: event('e1') }]),
    ).toThrow('already touches the outbox');
  });

  it('refuses an event filed under the wrong definition', () => {
    expect(() =>
      withOutbox({}, [{ definition: { ...definition, type: 'other.v1' }, event: event('e1') }]),
    ).toThrow('expected other.v1');
  });
});

describe('newWithOutbox', () => {
  it('marks a new document pending only when it has events', () => {
    expect(newWithOutbox({ _id: 'a' }, [])).toEqual({ _id: 'a', outbox: [] });
    expect(newWithOutbox({ _id: 'a' }, [{ definition, event: event('e1') }])).toMatchObject({
      _id: 'a',
      outboxPending: true,
    });
  });
});
