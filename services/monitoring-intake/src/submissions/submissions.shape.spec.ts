import type { InMemoryStore } from '@inspectorate/testing';
import { type FindCount, countFinds } from '../../test/counting';
import { delivery, openVestigingDocs, vestigingCodes } from '../../test/fixtures';
import { intakeTestService } from '../../test/unit-service';
import { type ConsentDoc, ConsentsService, consentId } from '../consents/consents.service';
import { Consents, Deadlines, Submissions, Vestigingen } from '../persistence/collections';
import { BATCH_SIZE, SubmissionsService } from './submissions.service';

/**
 * What a bulk delivery reads and writes, counted on in-memory stores: the
 * shape the intake's benchmark figures rest on (docs/performance.md,
 * "Intake bulk: the events of new submissions apart"). Per batch of
 * BATCH_SIZE: one read each of the vestigingen, the consents and the
 * submissions (an `_id` `$in` of at most a batch, answered from the index on
 * the local FerretDB), and one bulk write; the deadline once per request;
 * nothing read back for inserts. Twice the submissions: exactly twice the
 * documents and round trips.
 */

interface Counted extends FindCount {
  bulks: number;
  /** Writes outside a bulk (the one-by-one path). */
  singles: number;
}

function counting<T extends { _id: unknown }>(store: InMemoryStore<T>): Counted {
  const counted: Counted = Object.assign(countFinds(store), { bulks: 0, singles: 0 });
  let inBulk = false;
  const bulk = store.bulk.bind(store);
  store.bulk = async (ops) => {
    counted.bulks += 1;
    inBulk = true;
    try {
      return await bulk(ops);
    } finally {
      inBulk = false;
    }
  };
  const writes = store as unknown as Record<
    'insert' | 'update',
    (...args: unknown[]) => Promise<unknown>
  >;
  for (const method of ['insert', 'update'] as const) {
    const write = writes[method].bind(store);
    writes[method] = async (...args) => {
      if (!inBulk) counted.singles += 1;
      return write(...args);
    };
  }
  return counted;
}

const PROVIDER = 'aanbieder-a';

async function intakeOf(vestigingen: number) {
  const t = await intakeTestService(SubmissionsService, [ConsentsService]);
  const codes = vestigingCodes(vestigingen);
  t.store(Vestigingen).seed(...openVestigingDocs(codes));
  t.store(Consents).seed(
    ...codes.map((code): ConsentDoc => ({
      _id: consentId('2025-2026', code, PROVIDER),
      schooljaar: '2025-2026',
      vestigingCode: code,
      brin: code.slice(0, 4),
      providerId: PROVIDER,
      status: 'granted',
      changedAt: new Date('2026-01-10T09:00:00Z'),
      history: [],
    })),
  );
  const counted = {
    vestigingen: counting(t.store(Vestigingen)),
    consents: counting(t.store(Consents)),
    deadlines: counting(t.store(Deadlines)),
    submissions: counting(t.store(Submissions)),
  };
  const reset = () => {
    for (const c of Object.values(counted))
      Object.assign(c, { reads: 0, docs: 0, widestIn: 0, bulks: 0, singles: 0 });
  };
  return { t, codes, counted, reset };
}

const statuses = (outcomes: { status: string }[]) =>
  outcomes.reduce<Record<string, number>>(
    (n, o) => ({ ...n, [o.status]: (n[o.status] ?? 0) + 1 }),
    {},
  );

describe('a bulk delivery grows linearly (in-memory stores, counted)', () => {
  it('keeps the events of new submissions apart, so the relay never rewrites a submission after its insert', () => {
    // The in-memory store keeps every event in the document; this is what the real one reads.
    expect(Submissions).toMatchObject({ outbox: true, insertEventsApart: true });
  });

  it('per batch reads the vestigingen, consents and submissions once each and writes once; the deadline once per request', async () => {
    const { t, codes, counted } = await intakeOf(1_200);
    const outcomes = await t.sut.deliver(
      PROVIDER,
      codes.map((code) => delivery(code)),
    );
    expect(statuses(outcomes)).toEqual({ accepted: 1_200 });
    expect(BATCH_SIZE).toBe(500);
    // Three batches (500, 500, 200).
    expect(counted.vestigingen).toEqual({
      reads: 3,
      docs: 1_200,
      widestIn: 500,
      bulks: 0,
      singles: 0,
    });
    expect(counted.consents).toEqual({
      reads: 3,
      docs: 1_200,
      widestIn: 500,
      bulks: 0,
      singles: 0,
    });
    // New submissions: the read finds none, the inserts are not read back.
    expect(counted.submissions).toEqual({
      reads: 3,
      docs: 0,
      widestIn: 500,
      bulks: 3,
      singles: 0,
    });
    expect(counted.deadlines).toMatchObject({ reads: 1 });
    // One SubmissionReceived per submission, handed to the relay with its write.
    expect(t.store(Submissions).events()).toHaveLength(1_200);
    expect(t.store(Submissions).hints).toHaveLength(1_200);
  });

  it('does twice the reads and writes, document for document, for twice the submissions', async () => {
    const run = async (n: number) => {
      const { t, codes, counted } = await intakeOf(n);
      await t.sut.deliver(
        PROVIDER,
        codes.map((code) => delivery(code)),
      );
      const all = Object.values(counted);
      return {
        docs: all.reduce((sum, c) => sum + c.docs, 0),
        roundTrips: all.reduce((sum, c) => sum + c.reads + c.bulks + c.singles, 0),
        deadlineReads: counted.deadlines.reads,
      };
    };
    const one = await run(1_000);
    const two = await run(2_000);
    // Per submission: its vestiging and its consent.
    expect(one.docs).toBe(2 * 1_000);
    expect(two.docs).toBe(2 * one.docs);
    // Four round trips per batch (three reads, one write), plus the one deadline read.
    expect([one.deadlineReads, two.deadlineReads]).toEqual([1, 1]);
    expect([one.roundTrips, two.roundTrips]).toEqual([2 * 4 + 1, 4 * 4 + 1]);
  });

  it('corrections: one more read per batch (which updates landed), still no write one by one', async () => {
    const { t, codes, counted, reset } = await intakeOf(600);
    await t.sut.deliver(
      PROVIDER,
      codes.map((code) => delivery(code)),
    );
    reset();
    const outcomes = await t.sut.deliver(
      PROVIDER,
      codes.map((code) =>
        delivery(code, {
          results: [
            { scale: 'feels-safe', group: { kind: 'overall' }, respondents: 180, share: 0.8 },
            { scale: 'bullied', group: { kind: 'overall' }, respondents: 180, share: 0.15 },
          ],
        }),
      ),
    );
    expect(statuses(outcomes)).toEqual({ accepted: 600 });
    expect(outcomes.every((o) => o.status === 'accepted' && o.revision === 2)).toBe(true);
    // Two batches (500, 100): each reads the current submissions and, after
    // its bulk of conditional updates, their delivery ids.
    expect(counted.submissions).toMatchObject({ reads: 4, docs: 1_200, bulks: 2, singles: 0 });
    expect(counted.vestigingen.reads + counted.consents.reads).toBe(4);
    expect(t.store(Submissions).events()).toHaveLength(1_200);
  });
});
