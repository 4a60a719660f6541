import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConflictError, RuleViolationError } from '@inspectorate/http';
import {
  type SectorSchema,
  Services,
  SubmissionMissing,
  createEvent,
  newEventId,
  sourceOf,
} from '@inspectorate/contracts';
import type { OutboxFields } from '@inspectorate/messaging';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { currentCorrelationId } from '@inspectorate/observability';
import { Clock, type IsoDate, amsterdamDate } from '@inspectorate/scheduling';
import type { Static } from '@sinclair/typebox';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { type Duty, dutyOf } from '../domain/duty';
import { Obligations, Submissions } from '../persistence/collections';
import { INTAKE_SETTINGS, type IntakeSettings } from '../settings';
import type { SubmissionDoc } from '../submissions/submission.doc';
import { submissionKey } from '../submissions/submission.doc';
import { type VestigingDoc, VestigingenReadModel } from '../vestigingen/vestigingen.read-model';

/**
 * The marker that a vestiging's results for a schooljaar did not arrive. Its
 * _id is the unique key `<schooljaar>:<vestigingCode>`: the insert that
 * creates it carries the SubmissionMissing event in its outbox, so however
 * many sweeps run (again, or at once on several replicas), only one insert
 * per vestiging and year succeeds and only one event goes out.
 */
export interface ObligationDoc extends Partial<OutboxFields> {
  _id: string;
  schooljaar: string;
  vestigingCode: string;
  state: 'missing';
  deadline: IsoDate;
  markedAt: Date;
  asOf: IsoDate;
}

export interface SweepReport {
  schooljaar: string;
  deadline: IsoDate;
  asOf: IsoDate;
  /** Vestigingen in the read model in a covered sector. */
  examined: number;
  owing: number;
  delivered: number;
  /** Marked missing by this run (one SubmissionMissing each). */
  markedMissing: number;
  /** Were already marked by an earlier or concurrent run: no new event. */
  alreadyMarked: number;
  exempt: Record<Exclude<Duty, { owes: true }>['reason'], number>;
}

const PAGE = 1000;

@Injectable()
export class SweepService {
  private readonly log = new Logger(SweepService.name);

  constructor(
    @InjectStore(Obligations) readonly obligations: Store<ObligationDoc>,
    @InjectStore(Submissions) private readonly submissions: Store<SubmissionDoc>,
    private readonly vestigingen: VestigingenReadModel,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  /**
   * Finds, for `schooljaar`, every vestiging that owed results and has none,
   * and marks each missing once. `asOf` (default today, Amsterdam) must be on
   * or after the deadline date and not in the future.
   */
  async sweep(schooljaar: string, asOfParam?: IsoDate, signal?: AbortSignal): Promise<SweepReport> {
    const today = amsterdamDate(this.clock.now());
    const asOf = asOfParam ?? today;
    if (asOf > today)
      throw new RuleViolationError(
        `asOf ${asOf} is after today (${today}): a sweep can't look ahead`,
        { code: 'asof-in-future' },
      );
    const { deadline } = await this.deadlines.deadlineFor(schooljaar);
    if (asOf < deadline)
      throw new ConflictError(
        `the deadline for ${schooljaar} is ${deadline} (results due before it); on ${asOf} it has not passed yet`,
        { code: 'deadline-not-passed' },
      );
    const report: SweepReport = {
      schooljaar,
      deadline,
      asOf,
      examined: 0,
      owing: 0,
      delivered: 0,
      markedMissing: 0,
      alreadyMarked: 0,
      exempt: { 'sector-not-covered': 0, 'closed-before-deadline': 0, 'opened-too-late': 0 },
    };
    const rules = { sectors: this.settings.sectors, minOpenDays: this.settings.minOpenDays };
    // Read once, then worked in pages: no cursor stays open while a page's
    // markers are written (FerretDB's SQLite backend serialises, and a
    // long-lived cursor there holds up the writes).
    const vestigingen = await this.vestigingen.inSectors(this.settings.sectors);
    for (let start = 0; start < vestigingen.length; start += PAGE) {
      signal?.throwIfAborted();
      const page = vestigingen.slice(start, start + PAGE);
      await this.sweepPage(page, schooljaar, deadline, asOf, rules, report);
    }
    this.log.log(`sweep ${schooljaar} as of ${asOf}: ${JSON.stringify(report)}`);
    return report;
  }

  private async sweepPage(
    page: VestigingDoc[],
    schooljaar: string,
    deadline: IsoDate,
    asOf: IsoDate,
    rules: { sectors: readonly string[]; minOpenDays: number },
    report: SweepReport,
  ): Promise<void> {
    report.examined += page.length;
    const owing: VestigingDoc[] = [];
    for (const v of page) {
      const duty = dutyOf(v, deadline, rules);
      if (duty.owes) owing.push(v);
      else report.exempt[duty.reason]++;
    }
    report.owing += owing.length;
    if (owing.length === 0) return;
    const delivered = new Set(
      (
        await this.submissions.find(
          { _id: { $in: owing.map((v) => submissionKey(schooljaar, v._id)) } },
          { projection: { _id: 1 } },
        )
      ).map((d) => d._id),
    );
    report.delivered += delivered.size;
    const missing = owing.filter((v) => !delivered.has(submissionKey(schooljaar, v._id)));
    if (missing.length === 0) return;
    // Skip the ones marked before without building their events; the insert
    // below is what actually guarantees once (a concurrent run may race us).
    const marked = new Set(
      (
        await this.obligations.find(
          { _id: { $in: missing.map((v) => submissionKey(schooljaar, v._id)) } },
          { projection: { _id: 1 } },
        )
      ).map((d) => d._id),
    );
    report.alreadyMarked += marked.size;
    const now = this.clock.now();
    const correlationId = currentCorrelationId() ?? newEventId();
    const inserts = missing
      .filter((v) => !marked.has(submissionKey(schooljaar, v._id)))
      .map((v) => ({
        insert: {
          _id: submissionKey(schooljaar, v._id),
          schooljaar,
          vestigingCode: v._id,
          state: 'missing' as const,
          deadline,
          markedAt: now,
          asOf,
        },
        events: [
          {
            definition: SubmissionMissing,
            event: createEvent(SubmissionMissing, {
              source: sourceOf(Services.monitoringIntake),
              subject: v._id,
              time: now,
              correlationId,
              data: {
                vestigingCode: v._id,
                brin: v.brin,
                bevoegdGezagNummer: v.bevoegdGezagNummer,
                sector: v.sector as Static<typeof SectorSchema>,
                schooljaar,
                deadline,
              },
            }),
          },
        ],
      }));
    if (inserts.length === 0) return;
    // Unordered: a duplicate means another run marked that one meanwhile (no
    // second event); the store tells the relay about the rest.
    const result = await this.obligations.bulk(inserts);
    report.markedMissing += result.inserted;
    report.alreadyMarked += result.duplicates.length;
  }

  async missingOf(
    schooljaar: string,
  ): Promise<{ vestigingCode: string; markedAt: Date; deadline: string }[]> {
    const docs = await this.obligations.find(
      { schooljaar },
      { projection: { outbox: 0 }, sort: { _id: 1 }, limit: 20_000 },
    );
    return docs.map((d) => ({
      vestigingCode: d.vestigingCode,
      markedAt: d.markedAt,
      deadline: d.deadline,
    }));
  }
}
