import { staleTestTopics } from './test-topics';

describe('staleTestTopics', () => {
  const topics = [
    'registry_0a1b2c3d.registry.schools',
    'registry_0a1b2c3d.registry.schools.dlq',
    'casework_ffffffff.casework.cases',
    'bench_abc123.monitoring.submissions',
    'registry.schools', // a real (unprefixed) topic
    '__consumer_offsets',
    'someone_else.topic', // not a test scope's shape
    'Upper_0A1B2C3D.x', // hex is lower case: not ours
  ];

  it('picks the topics of scopes whose process is gone, and nothing else', () => {
    const live = new Set(['casework_ffffffff']);
    expect(staleTestTopics(topics, (id) => live.has(id))).toEqual([
      'registry_0a1b2c3d.registry.schools',
      'registry_0a1b2c3d.registry.schools.dlq',
      'bench_abc123.monitoring.submissions',
    ]);
  });

  it('asks once per scope', () => {
    const asked: string[] = [];
    staleTestTopics(topics, (id) => (asked.push(id), false));
    expect(asked).toEqual(['registry_0a1b2c3d', 'casework_ffffffff', 'bench_abc123']);
  });

  it('keeps every topic of a live scope', () => {
    expect(staleTestTopics(topics, () => true)).toEqual([]);
  });
});
