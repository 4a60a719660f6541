import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@inspectorate/http';
import { InjectStore, type Store } from '@inspectorate/persistence';
import type { RunResult } from '../domain/run';
import { Assessments, Runs } from '../persistence/collections';
import { type AssessmentDoc, type RunDoc, assessmentOf } from './run.types';

export interface AssessmentFilter {
  kind?: 'bestuur' | 'vestiging';
  level?: string;
  manualAnalysis?: boolean;
}

/** Reads of runs and their assessments (paged by id). */
@Injectable()
export class RunQueries {
  constructor(
    @InjectStore(Runs) private readonly runs: Store<RunDoc>,
    @InjectStore(Assessments) private readonly assessments: Store<AssessmentDoc>,
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

  async page(runId: string, filter: AssessmentFilter, after: string | undefined, limit: number) {
    await this.get(runId);
    const query: Record<string, unknown> = { runId };
    if (filter.kind) query['kind'] = filter.kind;
    if (filter.level) query['level'] = filter.level;
    if (filter.manualAnalysis !== undefined) query['manualAnalysis'] = filter.manualAnalysis;
    const [docs, total] = await Promise.all([
      this.assessments.find(after ? { ...query, _id: { $gt: `${runId}|${after}` } } : query, {
        sort: { _id: 1 },
        limit: limit + 1,
        projection: { outbox: 0, outboxPending: 0 },
      }),
      this.assessments.count(query),
    ]);
    return { items: docs.map(assessmentOf), total };
  }

  async one(runId: string, kind: string, id: string) {
    const doc = await this.assessments.findById(`${runId}|${kind}|${id}`, {
      projection: { outbox: 0, outboxPending: 0 },
    });
    if (!doc) throw new NotFoundError(`run ${runId} has no assessment of ${kind} ${id}`);
    return assessmentOf(doc);
  }

  /** A completed run's whole result, as runModel returned it (from the stored assessments). */
  async result(run: RunDoc): Promise<RunResult> {
    const assessments: RunResult['assessments'] = [];
    let after = '';
    for (;;) {
      const docs = await this.assessments.find(
        { runId: run._id, _id: { $gt: after } },
        { sort: { _id: 1 }, limit: 2000, projection: { outbox: 0, outboxPending: 0 } },
      );
      for (const d of docs) assessments.push(assessmentOf(d));
      if (docs.length < 2000) break;
      after = docs[docs.length - 1]._id;
    }
    return {
      model: run.model,
      inputHash: run.inputHash,
      asOf: run.asOf,
      years: run.years,
      norms: run.norms,
      assessments,
    };
  }
}
