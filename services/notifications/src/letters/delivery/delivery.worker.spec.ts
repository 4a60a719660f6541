import { CONFIG } from '@inspectorate/config';
import { Metrics } from '@inspectorate/observability';
import { newTestService } from '@inspectorate/testing';
import { Registry } from 'prom-client';
import { type LetterDoc, LettersStore } from '../persistence/letters.store';
import { DeliveryWorker } from './delivery.worker';

/** A letter with nothing to send (blocked, no inbox): enough for the claim logic. */
const letter = (id: string) =>
  ({
    _id: id,
    kenmerk: `2026-${id}`,
    requestId: id,
    caseId: 'case',
    template: 't',
    templateVersion: 1,
    correlationId: 'c',
    attachments: [],
    mail: { status: 'blocked', to: null, cc: [], attempts: 0, nextAttemptAt: null },
    portal: { status: 'none', inboxes: [], sentAt: null },
  }) as unknown as LetterDoc;

describe('DeliveryWorker: claiming due letters', () => {
  it('reads the due letters once for many claims, shared by its loops, and skips one claimed elsewhere', async () => {
    const { sut, get } = await newTestService(DeliveryWorker, {
      providers: [
        {
          provide: CONFIG,
          useValue: {
            MAIL_MAX_ATTEMPTS: 3,
            MAIL_RETRY_INITIAL_MS: 10,
            MAIL_RETRY_MAX_MS: 100,
            DELIVERY_CONCURRENCY: 2,
          },
        },
        { provide: Metrics, useValue: { registry: new Registry() } },
      ],
    });
    const letters = get(LettersStore) as jest.Mocked<LettersStore>;
    letters.dueIds.mockResolvedValueOnce(['a', 'b', 'c']).mockResolvedValue([]);
    // 'a' was claimed by another replica between the read and the claim.
    letters.claim.mockImplementation(async (id) => (id === 'a' ? null : letter(id)));
    letters.update.mockResolvedValue(true);

    // Two loops at once: one read between them.
    expect(await Promise.all([sut.processNext(), sut.processNext()])).toEqual([true, true]);
    expect(letters.dueIds).toHaveBeenCalledTimes(1);
    expect(await sut.processNext()).toBe(false);
    expect(letters.dueIds).toHaveBeenCalledTimes(2);
    expect(letters.claim.mock.calls.map(([id]) => id).sort()).toEqual(['a', 'b', 'c']);
    // Each letter worked once, under its own claim.
    expect(letters.update.mock.calls.map(([filter]) => filter['_id']).sort()).toEqual(['b', 'c']);
  });
});
