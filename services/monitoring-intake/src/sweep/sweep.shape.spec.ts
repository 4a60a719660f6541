import { countFinds } from '../../test/counting';
import { openVestigingDocs, vestigingCodes } from '../../test/fixtures';
import { intakeTestService } from '../../test/unit-service';
import { Obligations, Submissions, Vestigingen } from '../persistence/collections';
import type { SubmissionDoc } from '../submissions/submission.doc';
import { SweepService } from './sweep.service';

/**
 * How the deadline sweep's work grows with the number of vestigingen: what
 * it reads and writes, counted on in-memory stores. The national sweep must
 * grow linearly: the vestigingen read once (paging them by `_id` ranges read
 * every vestiging again per page, 8 × 8,000 documents nationally), and per
 * page of 1,000 one read of the submissions, one of the markers and one
 * write, each naming at most a page of keys (the local FerretDB answers an
 * `_id` `$in` of up to 10,000 from the index; docs/adr/0001).
 */

async function sweepOf(vestigingen: number) {
  const t = await intakeTestService(SweepService);
  const codes = vestigingCodes(vestigingen);
  t.store(Vestigingen).seed(...openVestigingDocs(codes));
  // Nine in ten delivered; only the key matters to the sweep.
  t.store(Submissions).seed(
    ...codes
      .filter((_, i) => i % 10 !== 0)
      .map((code) => ({ _id: `2025-2026:${code}` }) as SubmissionDoc),
  );
  const reads = {
    vestigingen: countFinds(t.store(Vestigingen)),
    submissions: countFinds(t.store(Submissions)),
    obligations: countFinds(t.store(Obligations)),
  };
  const obligations = t.store(Obligations);
  const bulk = obligations.bulk.bind(obligations);
  let writes = 0;
  obligations.bulk = async (ops) => {
    writes += 1;
    return bulk(ops);
  };
  const report = await t.sut.sweep('2025-2026');
  return { report, reads, writes };
}

describe('the deadline sweep grows linearly (in-memory stores, counted)', () => {
  it('reads the vestigingen once and, per page of 1,000, the submissions and markers once and writes once', async () => {
    const { report, reads, writes } = await sweepOf(2_500);
    expect(report).toMatchObject({ examined: 2_500, owing: 2_500, markedMissing: 250 });
    expect(reads.vestigingen).toEqual({ reads: 1, docs: 2_500, widestIn: 0 });
    expect(reads.submissions).toEqual({ reads: 3, docs: 2_250, widestIn: 1_000 });
    expect(reads.obligations).toMatchObject({ reads: 3, docs: 0 });
    expect(reads.obligations.widestIn).toBeLessThanOrEqual(1_000);
    expect(writes).toBe(3);
  });

  it('does twice the reads and writes, document for document, for twice the vestigingen', async () => {
    const one = await sweepOf(2_000);
    const two = await sweepOf(4_000);
    expect(two.report.markedMissing).toBe(2 * one.report.markedMissing);
    const docs = (s: typeof one) => Object.values(s.reads).reduce((sum, r) => sum + r.docs, 0);
    // Per vestiging: itself, and its submission if delivered; nothing read twice.
    expect(docs(one)).toBe(2_000 + 1_800);
    expect(docs(two)).toBe(2 * docs(one));
    // Round trips: the one read of the vestigingen, then a fixed number per page.
    const perPage = (s: typeof one) =>
      s.reads.submissions.reads + s.reads.obligations.reads + s.writes;
    expect([one.reads.vestigingen.reads, two.reads.vestigingen.reads]).toEqual([1, 1]);
    expect([perPage(one), perPage(two)]).toEqual([2 * 3, 4 * 3]);
  });
});
