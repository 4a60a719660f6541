import type { PendingEvent } from '@inspectorate/messaging';
import { runEventsDocs, runEventsId } from './run-events';

const event = (subject: string, type: string) =>
  ({ definition: { type }, event: { subject, type } }) as unknown as PendingEvent;

describe('runEventsDocs', () => {
  // Subjects a..g; b, c and f flagged (two events each).
  const subjects = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((s) =>
    'bcf'.includes(s) ? [event(s, 'assessed'), event(s, 'flagged')] : [event(s, 'assessed')],
  );

  it("keeps a subject's events together and in order, at least perDoc a document but the last", () => {
    const docs = runEventsDocs('run', subjects, 3, 3);
    const shape = docs.map((d) => d.events.map((e) => `${e.event.subject}:${e.event.type[0]}`));
    expect(shape).toEqual([
      ['a:a', 'b:a', 'b:f'],
      ['c:a', 'c:f', 'd:a'],
      ['e:a', 'f:a', 'f:f'],
      ['g:a'],
    ]);
    expect(docs.map((d) => d.insert)).toEqual(
      [3, 4, 5, 6].map((n) => ({ _id: runEventsId('run', n), runId: 'run', n })),
    );
  });

  it('puts a second event of a subject in the same document, one over perDoc', () => {
    const docs = runEventsDocs('run', subjects, 0, 2);
    expect(docs.map((d) => d.events.length)).toEqual([3, 2, 2, 2, 1]);
    expect(runEventsDocs('run', [], 0, 2)).toEqual([]);
  });

  it('numbers ids so they sort as written', () => {
    expect(runEventsId('r', 9) < runEventsId('r', 10)).toBe(true);
  });
});
