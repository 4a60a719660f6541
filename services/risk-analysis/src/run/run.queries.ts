import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@inspectorate/http';
import { InjectStore, type Store } from '@inspectorate/persistence';
import type { Assessment, RunResult } from '../domain/run';
import { Assessments, Runs } from '../persistence/collections';
import { readEach } from '../imports/import.types';
import {
  type AssessmentChunkDoc,
  CHUNK_SUBJECTS,
  type RunDoc,
  assessmentChunkId,
  assessmentsOf,
  subjectKey,
} from './run.types';

export interface AssessmentFilter {
  kind?: 'bestuur' | 'vestiging';
  level?: string;
  manualAnalysis?: boolean;
}

const NO_OUTBOX = { outbox: 0, outboxPending: 0 } as const;

/** Reads of runs and their assessments (paged by subject key). */
@Injectable()
export class RunQueries {
  constructor(
    @InjectStore(Runs) private readonly runs: Store<RunDoc>,
    @InjectStore(Assessments) private readonly assessments: Store<AssessmentChunkDoc>,
  ) {}

  /** Newest first (run ids are UUID v7, so they sort by start). */
  async list(after: string | undefined, limit: number) {
    const [items, total] = await Promise.all([
      this.runs.find(after ? { _id: { $lt: after } } : {}, { sort: { _id: -1 }, limit: limit + 1 }),
      this.runs.count({}),
    ]);
    return { items, total };
  }

  async get(id: string): Promise<RunDoc> {
    const run = await this.runs.findById(id);
    if (!run) throw new NotFoundError(`run ${id} does not exist`);
    return run;
  }

  /** The given run, or the newest completed one. */
  async completed(id?: string): Promise<RunDoc> {
    const run = id
      ? await this.get(id)
      : await this.runs.findOne({ status: 'completed' }, { sort: { _id: -1 } });
    if (!run) throw new NotFoundError('there is no completed run yet: start one with POST /runs');
    if (run.status !== 'completed')
      throw new NotFoundError(`run ${run._id} is ${run.status}, not completed`);
    return run;
  }

  /**
   * Per year from `from` to `to`, the newest completed run about a day in
   * that year (its asOf): the run a year's figures come from. Oldest year
   * first; years without a completed run are left out.
   */
  async completedPerYear(from: number, to: number): Promise<RunDoc[]> {
    const runs = await this.runs.find(
      { status: 'completed', asOf: { $gte: `${from}-01-01`, $lte: `${to}-12-31` } },
      { sort: { _id: -1 } },
    );
    const newest = new Map<string, RunDoc>();
    for (const run of runs)
      if (!newest.has(run.asOf.slice(0, 4))) newest.set(run.asOf.slice(0, 4), run);
    return [...newest.keys()].sort().map((year) => newest.get(year)!);
  }

  /** Up to limit + 1 assessments after the subject key `after` that pass the filter. */
  async page(
    runId: string,
    filter: AssessmentFilter,
    after: string | undefined,
    limit: number,
  ): Promise<Assessment[]> {
    await this.get(runId);
    const items: Assessment[] = [];
    let n = -1;
    for (;;) {
      const query: Record<string, unknown> = { runId, n: { $gt: n } };
      if (after) query['last'] = { $gt: after };
      const chunks = await this.assessments.find(query, {
        sort: { n: 1 },
        limit: 5,
        projection: NO_OUTBOX,
      });
      for (const chunk of chunks)
        for (const a of assessmentsOf(chunk)) {
          if (after && subjectKey(a) <= after) continue;
          if (filter.kind && a.kind !== filter.kind) continue;
          if (filter.level && a.level !== filter.level) continue;
          if (filter.manualAnalysis !== undefined && a.manualAnalysis !== filter.manualAnalysis)
            continue;
          items.push(a);
          if (items.length > limit) return items;
        }
      if (chunks.length < 5) return items;
      n = chunks[chunks.length - 1].n;
    }
  }

  async one(runId: string, kind: string, id: string): Promise<Assessment> {
    const key = `${kind}|${id}`;
    const chunk = await this.assessments.findOne(
      { runId, first: { $lte: key }, last: { $gte: key } },
      { projection: NO_OUTBOX },
    );
    const found = chunk && assessmentsOf(chunk).find((a) => subjectKey(a) === key);
    if (!found) throw new NotFoundError(`run ${runId} has no assessment of ${kind} ${id}`);
    return found;
  }

  /** A completed run's whole result, as runModel returned it (from the stored assessments). */
  async result(run: RunDoc): Promise<RunResult> {
    const total = run.counts.besturen + run.counts.vestigingen;
    const ids = Array.from({ length: Math.ceil(total / CHUNK_SUBJECTS) }, (_, n) =>
      assessmentChunkId(run._id, n),
    );
    // By _id, a few at a time: one reply with a national run's chunks outgrew the wire at 4×.
    const chunks = await readEach(ids, (id) =>
      this.assessments.findById(id, { projection: NO_OUTBOX }),
    );
    return {
      model: run.model,
      inputHash: run.inputHash,
      asOf: run.asOf,
      years: run.years,
      norms: run.norms,
      assessments: chunks.flatMap(assessmentsOf),
    };
  }
}
