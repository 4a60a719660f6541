import { topicNaming } from './naming';

describe('topicNaming', () => {
  it.each([
    ['', 'inspectorate.registry.schools', 'inspectorate.registry.schools'],
    ['t_ab12.', 'inspectorate.registry.schools', 't_ab12.inspectorate.registry.schools'],
  ])('with prefix %p maps %s to %s and back', (prefix, logical, physical) => {
    const naming = topicNaming(prefix);
    expect(naming.physical(logical)).toBe(physical);
    expect(naming.logical(physical)).toBe(logical);
  });

  it('names dead-letter topics <topic>.<group>.dlq, prefixed once', () => {
    expect(topicNaming('').deadLetter('inspectorate.registry.schools', 'casework')).toBe(
      'inspectorate.registry.schools.casework.dlq',
    );
    expect(topicNaming('p.').deadLetter('a.b', 'g')).toBe('p.a.b.g.dlq');
  });

  it('prefixes consumer groups so tests do not share offsets', () => {
    expect(topicNaming('p.').group('casework')).toBe('p.casework');
  });

  it('refuses a prefix Kafka would not accept, naming it', () => {
    expect(() => topicNaming('bad prefix/')).toThrow("KAFKA_TOPIC_PREFIX 'bad prefix/'");
  });

  it('refuses a topic without the prefix instead of mangling it', () => {
    expect(() => topicNaming('p.').logical('other.topic')).toThrow(
      "does not carry the prefix 'p.'",
    );
  });
});
