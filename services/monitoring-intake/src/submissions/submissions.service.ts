import { Inject, Injectable } from '@nestjs/common';
import {
  type ContractIssue,
  Services,
  SubmissionReceived,
  createEvent,
  newEventId,
  sourceOf,
} from '@inspectorate/contracts';
import { type BulkOp, DuplicateKeyError, InjectStore, type Store } from '@inspectorate/persistence';
import { currentCorrelationId } from '@inspectorate/observability';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { v4 as uuidv4 } from 'uuid';
import { consentId, ConsentsService } from '../consents/consents.service';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { isLate } from '../domain/deadline';
import { dutyOf } from '../domain/duty';
import { Submissions } from '../persistence/collections';
import { type SubmissionInput, headlineOf, submissionIssues } from '../domain/submission';
import { INTAKE_SETTINGS, type IntakeSettings } from '../settings';
import { type VestigingDoc, VestigingenReadModel } from '../vestigingen/vestigingen.read-model';
import { type RevisionEntry, type SubmissionDoc, submissionKey } from './submission.doc';
import { type ItemOutcome, accepted, contentHash, rejected, unchanged } from './submission-outcome';

export type { ItemOutcome } from './submission-outcome';

/**
 * Items per round trip: per batch one read each of the vestigingen, the
 * consents and the submissions, and one bulk write (submissions.shape.spec.ts).
 */
export const BATCH_SIZE = 500;
const MAX_ATTEMPTS = 5;

interface Prepared {
  index: number;
  input: SubmissionInput;
  key: string;
  vestiging: VestigingDoc;
  hash: string;
}

/**
 * Takes deliveries in: validates each one against the contract, the
 * vestiging read model, the duty rules and the provider's consent; stores it
 * as a new submission or as a new revision of the existing one, with its
 * SubmissionReceived event: a revision's in the same single-document write,
 * a new submission's in the entry written just before it (insertEventsApart).
 */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectStore(Submissions) readonly submissions: Store<SubmissionDoc>,
    private readonly vestigingen: VestigingenReadModel,
    private readonly consents: ConsentsService,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  /**
   * Processes deliveries in batches; each item gets its own outcome, in
   * input order. Never all-or-nothing: a bad item is rejected, the rest go on.
   */
  async deliver(providerId: string, items: readonly unknown[]): Promise<ItemOutcome[]> {
    const outcomes: ItemOutcome[] = new Array<ItemOutcome>(items.length);
    // Each schooljaar's deadline is read once per request, not once per
    // batch: one rule for the whole request, and a round trip less per batch.
    const deadlines = new Map<string, string>();
    for (let start = 0; start < items.length; start += BATCH_SIZE) {
      const batch = items.slice(start, start + BATCH_SIZE);
      await this.deliverBatch(providerId, batch, start, outcomes, deadlines);
    }
    return outcomes;
  }

  private async deliverBatch(
    providerId: string,
    batch: readonly unknown[],
    offset: number,
    outcomes: ItemOutcome[],
    deadlines: Map<string, string>,
  ): Promise<void> {
    const now = this.clock.now();
    const today = amsterdamDate(now);
    const valid: { index: number; input: SubmissionInput }[] = [];
    batch.forEach((body, i) => {
      const issues = submissionIssues(body, today);
      if (issues.length > 0) outcomes[offset + i] = rejected(issues);
      else valid.push({ index: offset + i, input: body as SubmissionInput });
    });
    if (valid.length === 0) return;

    const vestigingen = await this.vestigingen.getMany(valid.map((v) => v.input.vestigingCode));
    const granted = await this.consents.grantedIds(
      valid.map((v) => consentId(v.input.schooljaar, v.input.vestigingCode, providerId)),
    );
    for (const sj of new Set(valid.map((v) => v.input.schooljaar))) {
      if (!deadlines.has(sj)) deadlines.set(sj, (await this.deadlines.deadlineFor(sj)).deadline);
    }

    const ready: Prepared[] = [];
    for (const { index, input } of valid) {
      const vestiging = vestigingen.get(input.vestigingCode);
      const deadline = deadlines.get(input.schooljaar)!;
      const refusal = this.refusal(input, vestiging, deadline);
      if (refusal) {
        outcomes[index] = rejected([refusal]);
        continue;
      }
      if (!granted.has(consentId(input.schooljaar, input.vestigingCode, providerId))) {
        outcomes[index] = {
          status: 'rejected',
          httpStatus: 403,
          error: 'no-consent',
          message: `vestiging ${input.vestigingCode} has not given provider ${providerId} consent to deliver its results for ${input.schooljaar}`,
        };
        continue;
      }
      ready.push({
        index,
        input,
        key: submissionKey(input.schooljaar, input.vestigingCode),
        vestiging: vestiging!,
        hash: contentHash(input),
      });
    }
    if (ready.length === 0) return;

    // The same vestiging twice in one batch: the later one is a correction of
    // the earlier, so it goes one by one after the batch, in order.
    const seen = new Set<string>();
    const first: Prepared[] = [];
    const later: Prepared[] = [];
    for (const p of ready) (seen.has(p.key) ? later : first).push(p);
    for (const p of first) seen.add(p.key);

    const existing = await this.submissions.findByIds(
      first.map((p) => p.key),
      { projection: { outbox: 0 } },
    );
    const retry = await this.writeBatch(providerId, first, existing, deadlines, now, outcomes);
    for (const p of [...retry, ...later]) {
      outcomes[p.index] = await this.writeOne(
        providerId,
        p,
        deadlines.get(p.input.schooljaar)!,
        now,
      );
    }
  }

  /** Why a vestiging can't deliver for this year; null when it can. */
  private refusal(
    input: SubmissionInput,
    v: VestigingDoc | undefined,
    deadline: string,
  ): ContractIssue | null {
    if (!v)
      return {
        path: '/vestigingCode',
        message: `vestiging ${input.vestigingCode} is not in the registry`,
      };
    if (!this.settings.sectors.includes(v.sector)) {
      return {
        path: '/vestigingCode',
        message: `vestiging ${input.vestigingCode} is in sector ${v.sector}, which the monitoring duty does not cover (${this.settings.sectors.join(', ')})`,
      };
    }
    const duty = dutyOf(
      { sector: v.sector, status: v.status, closedOn: v.closedOn, registeredOn: null },
      deadline,
      { sectors: this.settings.sectors, minOpenDays: this.settings.minOpenDays },
    );
    if (!duty.owes) {
      return {
        path: '/vestigingCode',
        message: `vestiging ${input.vestigingCode} closed on ${v.closedOn ?? '?'}, before the deadline of ${input.schooljaar}`,
      };
    }
    return null;
  }

  /**
   * One bulk write for the batch: inserts for new submissions, conditional
   * updates (on the revision read) for corrections. What did not land (a
   * concurrent delivery got there first) is returned to be done one by one.
   */
  private async writeBatch(
    providerId: string,
    items: Prepared[],
    existing: Map<string, SubmissionDoc>,
    deadlines: Map<string, string>,
    now: Date,
    outcomes: ItemOutcome[],
  ): Promise<Prepared[]> {
    const ops: BulkOp<SubmissionDoc>[] = [];
    const planned: {
      item: Prepared;
      entry: RevisionEntry;
      submissionId: string;
      op: 'insert' | 'update';
    }[] = [];
    for (const item of items) {
      const current = existing.get(item.key);
      if (current && current.contentHash === item.hash && current.providerId === providerId) {
        outcomes[item.index] = unchanged(current);
        continue;
      }
      const late = isLate(now, deadlines.get(item.input.schooljaar)!);
      const { doc, update, entry, filter, events } = this.plan(
        providerId,
        item,
        current ?? null,
        late,
        now,
      );
      if (doc) ops.push({ insert: doc, events });
      else ops.push({ update: { filter: filter!, change: update! }, events });
      planned.push({
        item,
        entry,
        submissionId: doc?.submissionId ?? current!.submissionId,
        op: doc ? 'insert' : 'update',
      });
    }
    if (ops.length === 0) return [];
    // Inserts that collided: a concurrent delivery created the submission first.
    const { duplicates } = await this.submissions.bulk(ops);
    const failedInserts = new Set(duplicates.map((d) => d.index));
    // Which updates landed: their deliveryId is in the document now.
    const updatedKeys = planned.filter((p) => p.op === 'update').map((p) => p.item.key);
    const landed = new Set<string>();
    if (updatedKeys.length > 0) {
      const docs = await this.submissions.find(
        { _id: { $in: updatedKeys } },
        { projection: { 'revisions.deliveryId': 1 } },
      );
      for (const d of docs) for (const r of d.revisions) landed.add(r.deliveryId);
    }
    const retry: Prepared[] = [];
    planned.forEach((p, i) => {
      const ok = p.op === 'insert' ? !failedInserts.has(i) : landed.has(p.entry.deliveryId);
      if (!ok) retry.push(p.item);
      else outcomes[p.item.index] = accepted(p.submissionId, p.entry);
    });
    return retry;
  }

  /** One delivery with optimistic concurrency: read, write on that revision, retry when someone was faster. */
  async writeOne(
    providerId: string,
    item: Prepared,
    deadline: string,
    now: Date,
  ): Promise<ItemOutcome> {
    const late = isLate(now, deadline);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const current = await this.submissions.findById(item.key, { projection: { outbox: 0 } });
      if (current && current.contentHash === item.hash && current.providerId === providerId)
        return unchanged(current);
      const { doc, update, entry, filter, events } = this.plan(
        providerId,
        item,
        current,
        late,
        now,
      );
      if (doc) {
        try {
          await this.submissions.insert(doc, events);
          return accepted(doc.submissionId, entry);
        } catch (error) {
          if (!(error instanceof DuplicateKeyError)) throw error;
          continue;
        }
      }
      const result = await this.submissions.update(filter!, update!, events);
      if (result.modified > 0) return accepted(current!.submissionId, entry);
    }
    throw new Error(
      `submission ${item.key}: ${MAX_ATTEMPTS} concurrent writes in a row; try again`,
    );
  }

  /** Validates and delivers one item (the single-item endpoint). */
  async deliverOne(providerId: string, body: unknown): Promise<ItemOutcome> {
    const [outcome] = await this.deliver(providerId, [body]);
    return outcome!;
  }

  private plan(
    providerId: string,
    item: Prepared,
    current: SubmissionDoc | null,
    late: boolean,
    now: Date,
  ) {
    const revision = (current?.revision ?? 0) + 1;
    const submissionId = current?.submissionId ?? uuidv4();
    const entry: RevisionEntry = {
      revision,
      deliveryId: uuidv4(),
      providerId,
      receivedAt: now,
      late,
      contentHash: item.hash,
      data: item.input,
    };
    const headline = headlineOf(item.input);
    const event = createEvent(SubmissionReceived, {
      source: sourceOf(Services.monitoringIntake),
      subject: item.input.vestigingCode,
      time: now,
      correlationId: currentCorrelationId() ?? newEventId(),
      data: {
        submissionId,
        revision,
        vestigingCode: item.input.vestigingCode,
        brin: item.vestiging.brin,
        schooljaar: item.input.schooljaar,
        providerId,
        instrument: item.input.instrument,
        receivedAt: now.toISOString(),
        late,
        respondents: item.input.respondents,
        responseRate: item.input.responseRate,
        headline,
      },
    });
    const fields = {
      revision,
      providerId,
      receivedAt: now,
      late,
      contentHash: item.hash,
      headline,
    };
    const events = [{ definition: SubmissionReceived, event }];
    if (!current) {
      const doc: SubmissionDoc = {
        _id: item.key,
        submissionId,
        schooljaar: item.input.schooljaar,
        vestigingCode: item.input.vestigingCode,
        brin: item.vestiging.brin,
        ...fields,
        revisions: [entry],
      };
      return { doc, entry, update: null, filter: null, events };
    }
    const filter = { _id: item.key, revision: current.revision };
    const update = { $set: fields, $push: { revisions: entry } };
    return { doc: null, entry, update, filter, events };
  }

  /** A provider's view: only the revisions it delivered itself; null when it delivered none. */
  async forProvider(providerId: string, schooljaar: string, vestigingCode: string) {
    const doc = await this.submissions.findById(submissionKey(schooljaar, vestigingCode), {
      projection: { outbox: 0 },
    });
    if (!doc) return null;
    const own = doc.revisions.filter((r) => r.providerId === providerId);
    if (own.length === 0) return null;
    return {
      submissionId: doc.submissionId,
      schooljaar: doc.schooljaar,
      vestigingCode: doc.vestigingCode,
      // Whether the current results are this provider's, without saying whose they are otherwise.
      current: doc.providerId === providerId ? doc.revision : null,
      revisions: own.map((r) => ({
        revision: r.revision,
        receivedAt: r.receivedAt,
        late: r.late,
        data: r.data,
      })),
    };
  }

  async listForProvider(providerId: string, schooljaar: string | undefined) {
    const docs = await this.submissions.find(
      { 'revisions.providerId': providerId, ...(schooljaar ? { schooljaar } : {}) },
      { projection: { outbox: 0, revisions: 0 }, sort: { _id: 1 }, limit: 20_000 },
    );
    return docs
      .filter((d) => d.providerId === providerId)
      .map((d) => ({
        submissionId: d.submissionId,
        schooljaar: d.schooljaar,
        vestigingCode: d.vestigingCode,
        revision: d.revision,
        receivedAt: d.receivedAt,
        late: d.late,
      }));
  }
}
