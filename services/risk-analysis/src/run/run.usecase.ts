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
import { riskAssessedData, riskFlaggedData } from '../domain/events';
import { type Assessment, type PreparedRun, prepareRun, resultHasher } from '../domain/run';
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
 * result is stored in chunks of subjects as it is made, then their events
 * in documents of their own (the outbox, see run-events.ts): RiskAssessed
 * for each, RiskFlagged for those the rules send to a manual analysis. The
 * run document records the model, the input hash and, once complete, the
 * hash of the whole result, so a rerun on the same inputs can be shown to
 * give the same bytes.
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
    // The inputs are let go of once measured (prepareRun keeps what assessing needs).
    const run = prepareRun(model, await this.inputs.load(asOf));
    const doc: RunDoc = {
      _id: uuidv7(),
      status: 'running',
      trigger: options.trigger ?? 'api',
      model: run.head.model,
      asOf: run.head.asOf,
      inputHash: run.head.inputHash,
      // Known once every assessment is stored (see store).
      resultHash: '',
      years: run.head.years,
      norms: run.head.norms,
      counts: { besturen: 0, vestigingen: 0, flagged: 0, levels: {} },
      startedAt: this.clock.now(),
      finishedAt: null,
    };
    await this.runs.insert(doc);
    try {
      const stored = await this.store(doc._id, run);
      const done: RunDoc = {
        ...doc,
        ...stored,
        status: 'completed',
        finishedAt: this.clock.now(),
      };
      await this.runs.replace(doc._id, done);
      this.log.log(
        `run ${doc._id}: ${run.size} assessed, ${done.counts.flagged} flagged, input ${doc.inputHash.slice(0, 12)}`,
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

  /**
   * The assessments, made and stored a slice at a time (ten chunks, then
   * their events: an event leaves only for an assessment that is stored),
   * so the whole result and its text are never held at once (at 4× national
   * size they were ~2.4 GB). The result hash and the counts are summed on the way.
   */
  private async store(
    runId: string,
    run: PreparedRun,
  ): Promise<Pick<RunDoc, 'resultHash' | 'counts'>> {
    const correlationId = currentCorrelationId() ?? newEventId();
    const time = this.clock.now();
    const source = sourceOf(Services.riskAnalysis);
    const head = run.head;
    const eventsOf = (a: Assessment): PendingEvent[] => {
      const events: PendingEvent[] = [
        {
          definition: RiskAssessed,
          event: createEvent(RiskAssessed, {
            source,
            subject: a.id,
            time,
            correlationId,
            data: riskAssessedData(runId, head, a),
          }),
        },
      ];
      const flagged = riskFlaggedData(runId, head, a);
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
    const hasher = resultHasher(head);
    const counts: RunDoc['counts'] = { besturen: 0, vestigingen: 0, flagged: 0, levels: {} };
    let eventDocs = 0;
    for (let i = 0; i < run.size; i += 10 * CHUNK_SUBJECTS) {
      const part = run.assess(i, i + 10 * CHUNK_SUBJECTS);
      const chunks: BulkOp<AssessmentChunkDoc>[] = [];
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
            assessments: `[${chunk.map((a) => hasher.add(a)).join(',')}]`,
          },
        });
      }
      for (const a of part) {
        counts[a.kind === 'bestuur' ? 'besturen' : 'vestigingen'] += 1;
        counts.levels[a.level] = (counts.levels[a.level] ?? 0) + 1;
        if (a.manualAnalysis) counts.flagged += 1;
      }
      await this.assessments.bulk(chunks);
      const events = runEventsDocs(runId, part.map(eventsOf), eventDocs);
      eventDocs += events.length;
      await this.events.bulk(events);
    }
    return { resultHash: hasher.digest(), counts };
  }
}
