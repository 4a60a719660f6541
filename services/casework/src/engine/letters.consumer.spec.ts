import { LetterIssued, createEvent, sourceOf } from '@inspectorate/contracts';
import { newDeadline } from './deadline';
import { requestLetter } from './letters';
import { LettersConsumer } from './letters.consumer';
import { newTestEngine } from './testing/fakes';

describe('LetterIssued', () => {
  it('stores the kenmerk on the case the event names, whatever its request id looks like', async () => {
    const t = newTestEngine();
    const { caseId } = await t.engine.open(
      { typeCode: 'melding', uniqueKey: 'm-1', actor: 'a', cause: { correlationId: 'c' } },
      async () => ({
        subject: {
          kind: 'school',
          bevoegdGezagNummer: '41234',
          brin: '12AB',
          vestigingCode: null,
          boardName: null,
          schoolName: null,
          sector: 'po',
        },
        schooljaar: null,
        why: 'test',
        build: (c) => {
          c.setDeadlines([newDeadline('afhandeling', '2026-08-12')]);
          requestLetter(c, 'a', {
            purpose: 'ontvangst',
            template: 'melding-ontvangst',
            placeholders: {},
            afschriftAanDirectie: false,
          });
        },
      }),
    );
    const issued = (requestId: string, kenmerk: string, forCase = caseId) =>
      createEvent(LetterIssued, {
        source: sourceOf('notifications'),
        subject: kenmerk,
        correlationId: 'c',
        data: {
          kenmerk,
          requestId,
          caseId: forCase,
          template: 'melding-ontvangst',
          templateVersion: 1,
          bevoegdGezagNummer: '41234',
          issuedAt: '2026-07-01T04:00:05Z',
        },
      });
    const consumer = new LettersConsumer(t.engine);
    // A letter another requester asked for, for a case casework does not have: ignored.
    await consumer.onLetter(issued('intake:reminder:1', 'IVHO/2026/000100', 'not-a-case'));
    await consumer.onLetter(issued(`${caseId}:ontvangst`, 'IVHO/2026/000101'));
    await consumer.onLetter(issued(`${caseId}:ontvangst`, 'IVHO/2026/000101'));
    const doc = (await t.repository.get(caseId))!;
    expect(doc.letters).toMatchObject([
      { requestId: `${caseId}:ontvangst`, kenmerk: 'IVHO/2026/000101' },
    ]);
    expect(doc.timeline.filter((e) => e.action === 'letter-issued')).toHaveLength(1);
  });
});
