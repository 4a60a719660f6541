import { DLQ_HEADERS, deadLetterMessage, headerText, withoutDlqHeaders } from './dead-letter';

const cause = {
  reason: 'handler-failed' as const,
  error: 'Error: boom',
  topic: 'inspectorate.registry.schools',
  partition: 2,
  offset: '41',
  group: 'casework',
  attempts: 5,
  failedAt: new Date('2026-07-01T10:00:00Z'),
};

describe('deadLetterMessage', () => {
  const original = {
    key: Buffer.from('12AB'),
    value: Buffer.from('{"not":"valid"'),
    headers: { ce_type: Buffer.from('x.v1'), [DLQ_HEADERS.error]: Buffer.from('an older failure') },
  };

  it('keeps key, bytes and headers of the original and says why it failed', () => {
    const msg = deadLetterMessage(original, cause);
    expect(msg.key).toBe(original.key);
    expect(msg.value).toBe(original.value);
    expect(headerText(msg.headers, 'ce_type')).toBe('x.v1');
    expect(headerText(msg.headers, DLQ_HEADERS.reason)).toBe('handler-failed');
    expect(headerText(msg.headers, DLQ_HEADERS.error)).toBe('Error: boom');
    expect(headerText(msg.headers, DLQ_HEADERS.originalTopic)).toBe(
      'inspectorate.registry.schools',
    );
    expect(headerText(msg.headers, DLQ_HEADERS.originalPartition)).toBe('2');
    expect(headerText(msg.headers, DLQ_HEADERS.originalOffset)).toBe('41');
    expect(headerText(msg.headers, DLQ_HEADERS.attempts)).toBe('5');
    expect(headerText(msg.headers, DLQ_HEADERS.failedAt)).toBe('2026-07-01T10:00:00.000Z');
  });

  it('cuts a huge error text instead of failing the DLQ write', () => {
    const msg = deadLetterMessage(original, { ...cause, error: 'x'.repeat(100_000) });
    expect(headerText(msg.headers, DLQ_HEADERS.error)!.length).toBeLessThan(9_000);
  });

  it('drops old DLQ headers when a message is replayed', () => {
    const kept = withoutDlqHeaders(original.headers);
    expect(Object.keys(kept)).toEqual(['ce_type']);
  });
});
