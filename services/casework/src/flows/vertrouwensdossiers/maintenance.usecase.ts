import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  MIN_PUBLISHED_COUNT,
  type SocialSafetyCategory,
  VertrouwensdossiersCounted,
  createEvent,
  sourceOf,
} from '@inspectorate/contracts';
import { DuplicateKeyError, InjectStore, type Store } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import {
  type CountDoc,
  type CountPublicationDoc,
  type CountedMonthDoc,
  CountPublications,
  CountedMonths,
  Counts,
  type DestructionDoc,
  Destructions,
  type DossierDoc,
  type DossierReadDoc,
  DossierReads,
  Dossiers,
  sealContext,
} from './dossier';
import { type Sealed, Sealer } from './field-cipher';
import { VERTROUWENS_SETTINGS, type VertrouwensSettings } from './settings';

/** The published form of one school's month: no count below MIN_PUBLISHED_COUNT (see the event). */
export function anonymousCounts(byCategory: ReadonlyMap<SocialSafetyCategory, number>) {
  const counts: { category: SocialSafetyCategory; count: number }[] = [];
  let small = 0;
  for (const [category, count] of byCategory) {
    if (count >= MIN_PUBLISHED_COUNT) counts.push({ category, count });
    else small += count;
  }
  counts.sort((a, b) => a.category.localeCompare(b.category));
  const pooled = small >= MIN_PUBLISHED_COUNT ? small : null;
  return { counts, pooled, suppressed: small > 0 && pooled === null };
}

/** Counts by school and category. */
function tally(entries: { brin: string; category: SocialSafetyCategory; count: number }[]) {
  const bySchool = new Map<string, Map<SocialSafetyCategory, number>>();
  for (const e of entries) {
    const school = bySchool.get(e.brin) ?? new Map<SocialSafetyCategory, number>();
    school.set(e.category, (school.get(e.category) ?? 0) + e.count);
    bySchool.set(e.brin, school);
  }
  return bySchool;
}

/**
 * Re-seals every value sealed with a key other than the active one (after a
 * new key became active). Each dossier is rewritten on its version, so a
 * change meanwhile makes it read again; a run can stop anywhere and be
 * repeated. The old key stays configured until a run reports nothing stale.
 */
@Injectable()
export class KeyRotation {
  private readonly log = new Logger(KeyRotation.name);

  constructor(
    @InjectStore(Dossiers) private readonly dossiers: Store<DossierDoc>,
    @InjectStore(DossierReads) private readonly reads: Store<DossierReadDoc>,
    private readonly sealer: Sealer,
  ) {}

  async run(): Promise<{ dossiers: number; resealedDossiers: number; resealedReads: number }> {
    const cipher = this.sealer.cipher();
    let resealedDossiers = 0;
    const ids = await this.dossiers.find({}, { projection: { _id: 1 } });
    for (const { _id: id } of ids) {
      const outcome = await this.dossiers.mutate(id, (doc) => {
        if (!doc) return null;
        const s = doc.sealed;
        const all = [s.narrative, s.reporter, ...s.contacts, ...s.advice, s.closingNote];
        if (!all.some((v) => v && cipher.isStale(v))) return null;
        const re = (field: string) => (v: Sealed) => cipher.reseal(v, sealContext(id, field));
        return {
          update: {
            $set: {
              sealed: {
                narrative: re('narrative')(s.narrative),
                reporter: re('reporter')(s.reporter),
                contacts: s.contacts.map(re('contacts')),
                advice: s.advice.map(re('advice')),
                closingNote: s.closingNote ? re('closingNote')(s.closingNote) : null,
              },
            },
          },
        };
      });
      if (outcome.outcome === 'updated') resealedDossiers++;
    }
    let resealedReads = 0;
    for (const read of await this.reads.find({ 'reason.k': { $ne: cipher.activeKeyId } })) {
      const reason = cipher.reseal(read.reason, sealContext(read._id, 'read-reason'));
      const written = await this.reads.update(
        { _id: read._id, 'reason.k': read.reason.k },
        { $set: { reason } },
      );
      resealedReads += written.modified;
    }
    const result = { dossiers: ids.length, resealedDossiers, resealedReads };
    this.log.log(`key rotation to ${cipher.activeKeyId}: ${JSON.stringify(result)}`);
    return result;
  }
}

/**
 * Fixes a month's counts once it is over and publishes them anonymously
 * (VertrouwensdossiersCounted per school, never a count below
 * MIN_PUBLISHED_COUNT). Counting by month of registration means a month is
 * complete when it ends, so each school's month is published once and never
 * corrected (a correction would reveal a single dossier by the difference).
 */
@Injectable()
export class AnonymousCounts {
  constructor(
    @InjectStore(Dossiers) private readonly dossiers: Store<DossierDoc>,
    @InjectStore(Counts) private readonly counts: Store<CountDoc>,
    @InjectStore(CountPublications) private readonly publications: Store<CountPublicationDoc>,
    @InjectStore(CountedMonths) private readonly months: Store<CountedMonthDoc>,
    private readonly clock: Clock,
  ) {}

  /** Counts and publishes `month` (YYYY-MM), which must be over; idempotent. */
  async publish(month: string): Promise<{ schools: number; published: number; dossiers: number }> {
    const now = this.clock.now();
    // A month already counted keeps its counts: its dossiers may be destroyed since.
    let counted = await this.months.findById(month);
    if (!counted) {
      const found = await this.dossiers.find({ month }, { projection: { brin: 1, category: 1 } });
      for (const [brin, categories] of tally(found.map((d) => ({ ...d, count: 1 }))))
        for (const [category, count] of categories)
          await this.counts.update(
            { _id: `${month}:${brin}:${category}` },
            { $set: { month, brin, category, count } },
            [],
            { upsert: true },
          );
      counted = { _id: month, countedAt: now, dossiers: found.length };
      await this.months.update(
        { _id: month },
        { $setOnInsert: { countedAt: now, dossiers: found.length } },
        [],
        { upsert: true },
      );
    }
    let published = 0;
    const fixed = tally(await this.counts.find({ month }));
    for (const [brin, categories] of fixed) {
      const event = createEvent(VertrouwensdossiersCounted, {
        source: sourceOf('casework'),
        subject: brin,
        correlationId: `vertrouwens-counts:${month}`,
        time: now,
        data: { brin, month, ...anonymousCounts(categories) },
      });
      try {
        await this.publications.insert({ _id: `${month}:${brin}`, month, brin, publishedAt: now }, [
          { definition: VertrouwensdossiersCounted, event },
        ]);
        published++;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
    }
    return { schools: fixed.size, published, dossiers: counted.dossiers };
  }
}

/**
 * Destroys closed dossiers whose retention term has ended: the dossier and
 * the reads of it go, a record that it was destroyed stays, and the
 * anonymous count of its month (fixed before, or the dossier waits).
 */
@Injectable()
export class Retention {
  private readonly log = new Logger(Retention.name);

  constructor(
    @InjectStore(Dossiers) private readonly dossiers: Store<DossierDoc>,
    @InjectStore(DossierReads) private readonly reads: Store<DossierReadDoc>,
    @InjectStore(CountedMonths) private readonly months: Store<CountedMonthDoc>,
    @InjectStore(Destructions) private readonly destructions: Store<DestructionDoc>,
    private readonly clock: Clock,
    @Inject(VERTROUWENS_SETTINGS) private readonly settings: VertrouwensSettings,
  ) {}

  async run(today: string): Promise<{ destroyed: number; waitingForCount: number }> {
    const due = await this.dossiers.find(
      { status: 'gesloten', destroyOn: { $lte: today } },
      { projection: { _id: 1, month: 1, closedAt: 1, destroyOn: 1 } },
    );
    let destroyed = 0;
    let waitingForCount = 0;
    for (const d of due) {
      if (!(await this.months.findById(d.month))) {
        waitingForCount++;
        continue;
      }
      // The record first: a crash after it leaves a dossier the next run destroys.
      await this.destructions.update(
        { _id: d._id },
        {
          $setOnInsert: {
            closedAt: d.closedAt,
            destroyOn: d.destroyOn,
            destroyedAt: this.clock.now(),
            term: this.settings.retention,
          },
        },
        [],
        { upsert: true },
      );
      await this.reads.delete({ dossierId: d._id });
      destroyed += await this.dossiers.delete({ _id: d._id, status: 'gesloten' });
    }
    if (destroyed > 0 || waitingForCount > 0)
      this.log.log(
        `retention ${today}: ${destroyed} destroyed, ${waitingForCount} wait for their month's count`,
      );
    return { destroyed, waitingForCount };
  }
}
