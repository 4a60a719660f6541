import { Injectable, Logger } from '@nestjs/common';
import {
  RiskAssessed,
  RiskFlagged,
  Services,
  createEvent,
  newEventId,
  sourceOf,
} from '@inspectorate/contracts';
import { ConflictError } from '@inspectorate/http';
import type { PendingEvent } from '@inspectorate/messaging';
import { currentCorrelationId } from '@inspectorate/observability';
import { type BulkOp, InjectStore, type Store } from '@inspectorate/persistence';
import { Clock, JobRunner, amsterdamDate } from '@inspectorate/scheduling';
import { v7 as uuidv7 } from 'uuid';
import { canonicalJson, sha256 } from '../domain/canonical';
import { riskAssessedData, riskFlaggedData } from '../domain/events';
import { type ModelDocument } from '../domain/model';
import { type Assessment, type RunResult, runModel, serialiseResult } from '../domain/run';
import { Assessments, RunEvents, Runs } from '../persistence/collections';
import { CurrentModel } from './current-model';
import { InputsLoader } from './inputs.loader';
import { type RunEventsDoc, runEventsDocs } from './run-events';
import {
  type AssessmentChunkDoc,
  CHUNK_SUBJECTS,
  type RunDoc,
  assessmentChunkId,
  subjectKey,
} from './run.types';

export const RUN_JOB = 'risk-run';

/**
 * A run of the current model over every board and vestiging, from this
 * service's own data. One run at a time across replicas (a lease). The
 * result is stored in chunks of subjects, then their events in documents
 * of their own (the outbox, see run-events.ts): RiskAssessed for each,
 * RiskFlagged for those the rules send to a manual analysis. The run document records the model, the input hash and
 * the hash of the whole result, so a rerun on the same inputs can be shown
 * to give the same bytes.
 */
@Injectable()
export class RunUseCase {
  private readonly log = new Logger(RunUseCase.name);

  constructor(
    @InjectStore(Runs) private readonly runs: Store<RunDoc>,
    @InjectStore(Assessments) private readonly assessments: Store<AssessmentChunkDoc>,
    @InjectStore(RunEvents) private readonly events: Store<RunEventsDoc>,
    private readonly inputs: InputsLoader,
    private readonly model: CurrentModel,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  /** On demand (the API): refused with 409 while another run is going on. */
  async execute(options: { asOf?: string; trigger?: RunDoc['trigger'] } = {}): Promise<RunDoc> {
    const run = await this.jobs.runExclusive(RUN_JOB, () => this.run(options));
    if (!run.ran) throw new ConflictError('a run is going on already; try again when it is done');
    return run.value;
  }

  /** The run itself, for a caller that holds the lease already (the annual job). */
  async run(options: { asOf?: string; trigger?: RunDoc['trigger'] } = {}): Promise<RunDoc> {
    const asOf = options.asOf ?? amsterdamDate(this.clock.now());
    const model = this.model.get();
    const inputs = await this.inputs.load(asOf);
    const result = runModel(model, inputs);
    const doc = this.runDoc(uuidv7(), model, result, options.trigger ?? 'api');
    await this.runs.insert(doc);
    try {
      await this.store(doc._id, result);
      const done: RunDoc = { ...doc, status: 'completed', finishedAt: this.clock.now() };
      await this.runs.replace(doc._id, done);
      this.log.log(
        `run ${doc._id}: ${result.assessments.length} assessed, ${doc.counts.flagged} flagged, input ${doc.inputHash.slice(0, 12)}`,
      );
      return done;
    } catch (error) {
      await this.runs
        .update(
          { _id: doc._id },
          { $set: { status: 'failed', failure: String(error), finishedAt: this.clock.now() } },
        )
        .catch(() => undefined);
      throw error;
    }
  }

  private runDoc(
    id: string,
    model: ModelDocument,
    result: RunResult,
    trigger: RunDoc['trigger'],
  ): RunDoc {
    const levels: Record<string, number> = {};
    let flagged = 0;
    for (const a of result.assessments) {
      levels[a.level] = (levels[a.level] ?? 0) + 1;
      if (a.manualAnalysis) flagged += 1;
    }
    return {
      _id: id,
      status: 'running',
      trigger,
      model: { id: model.id, version: model.version },
      asOf: result.asOf,
      inputHash: result.inputHash,
      resultHash: sha256(serialiseResult(result)),
      years: result.years,
      norms: result.norms,
      counts: {
        besturen: result.assessments.filter((a) => a.kind === 'bestuur').length,
        vestigingen: result.assessments.filter((a) => a.kind === 'vestiging').length,
        flagged,
        levels,
      },
      startedAt: this.clock.now(),
      finishedAt: null,
    };
  }

  private async store(runId: string, result: RunResult): Promise<void> {
    const correlationId = currentCorrelationId() ?? newEventId();
    const time = this.clock.now();
    const source = sourceOf(Services.riskAnalysis);
    const eventsOf = (a: Assessment): PendingEvent[] => {
      const events: PendingEvent[] = [
        {
          definition: RiskAssessed,
          event: createEvent(RiskAssessed, {
            source,
            subject: a.id,
            time,
            correlationId,
            data: riskAssessedData(runId, result, a),
          }),
        },
      ];
      const flagged = riskFlaggedData(runId, result, a);
      if (flagged)
        events.push({
          definition: RiskFlagged,
          event: createEvent(RiskFlagged, {
            source,
            subject: a.id,
            time,
            correlationId,
            data: flagged,
          }),
        });
      return events;
    };
    // Ten chunks of assessments, then their events: an event leaves only
    // for an assessment that is stored.
    let eventDocs = 0;
    for (let i = 0; i < result.assessments.length; i += 10 * CHUNK_SUBJECTS) {
      const chunks: BulkOp<AssessmentChunkDoc>[] = [];
      const part = result.assessments.slice(i, i + 10 * CHUNK_SUBJECTS);
      for (let j = 0; j < part.length; j += CHUNK_SUBJECTS) {
        const chunk = part.slice(j, j + CHUNK_SUBJECTS);
        const n = (i + j) / CHUNK_SUBJECTS;
        chunks.push({
          insert: {
            _id: assessmentChunkId(runId, n),
            runId,
            n,
            first: subjectKey(chunk[0]),
            last: subjectKey(chunk[chunk.length - 1]),
            assessments: `[${chunk.map((a) => canonicalJson(a)).join(',')}]`,
          },
        });
      }
      await this.assessments.bulk(chunks);
      const events = runEventsDocs(runId, part.map(eventsOf), eventDocs);
      eventDocs += events.length;
      await this.events.bulk(events);
    }
  }
}
