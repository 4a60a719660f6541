import { Injectable, Logger } from '@nestjs/common';
import {
  type AnyEventDefinition,
  type CloudEvent,
  PublicationPublished,
  PublicationWithdrawn,
  Services,
  createEvent,
  newEventId,
  sourceOf,
} from '@inspectorate/contracts';
import { ConflictError, NotFoundError } from '@inspectorate/http';
import type { PendingEvent } from '@inspectorate/messaging';
import { currentCorrelationId } from '@inspectorate/observability';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { type KnownAddress, scanForPii } from '../domain/pii-gate';
import { type PublicItem, extract, ruleForEventType } from '../domain/rules';
import { Items } from '../persistence/collections';
import { type Place, PlacesService } from '../places/places';
import type { Decision, ItemDoc, ItemStatus } from './item.doc';

export const reportPdfPath = (itemId: string) => `/public/items/${itemId}/report.pdf`;

const NOT_PUBLIC: readonly ItemStatus[] = ['scheduled', 'held', 'in-review'];

type KnownPerson = { name?: unknown; address?: KnownAddress };

/**
 * The names and home addresses in a source event's `knownPersons`
 * (casework's contract, validated on arrival): for the gate, never published.
 */
function knownToCase(data: unknown): ItemDoc['gate'] {
  const persons = (data as { knownPersons?: KnownPerson[] }).knownPersons ?? [];
  return {
    personNames: persons
      .map((p) => p.name)
      .filter((n): n is string => typeof n === 'string' && n.trim().length > 0),
    personAddresses: persons.flatMap((p) => (p.address ? [p.address] : [])),
  };
}

/** Recording source events, the publication date, hold, review and withdrawal. */
@Injectable()
export class ItemsService {
  private readonly log = new Logger(ItemsService.name);

  constructor(
    @InjectStore(Items) private readonly items: Store<ItemDoc>,
    private readonly clock: Clock,
    private readonly places: PlacesService,
  ) {}

  /** The registry's place of the item's school; a report's own sector when the registry has not told us. */
  private async placeOf(content: ItemDoc['content']): Promise<Place | null> {
    const known = await this.places.of(content.subject);
    const own = (content.fields as { sector?: unknown }).sector;
    const sector = known?.sector ?? (typeof own === 'string' && own ? own : null);
    return known || sector
      ? { sector, gemeente: known?.gemeente ?? null, provincie: known?.provincie ?? null }
      : null;
  }

  /**
   * A source event (by its publication rule) becomes or corrects an item.
   * Idempotent by event id, and an event older than the one recorded changes
   * nothing. A correction of a published item goes through the gate again and
   * is published as `updated`; the channels keep the old version until then.
   */
  async record(event: CloudEvent): Promise<'recorded' | 'ignored'> {
    const rule = ruleForEventType(event.type);
    if (!rule) return 'ignored';
    const content = extract(rule, event.data);
    const gate = knownToCase(event.data);
    const place = await this.placeOf(content);
    const now = this.clock.now();
    const result = await this.items.mutate(content.itemId, (current) => {
      if (!current)
        return {
          insert: {
            _id: content.itemId,
            kind: rule.kind,
            dataset: rule.dataset,
            status: 'scheduled',
            publishOn: content.publishOn,
            content,
            place,
            gate,
            sourceEventId: event.id,
            sourceTime: event.time,
            published: null,
            publicVersion: 0,
            firstPublishedAt: null,
            hold: null,
            review: null,
            withdrawal: null,
            feedPending: null,
            changedAt: now,
            version: 1,
          },
        };
      if (current.sourceEventId === event.id || current.sourceTime > event.time) return null;
      // A correction goes through the gate again (also a rejected one: the
      // source may have fixed it); a hold or a withdrawal stays until a person
      // says otherwise.
      const status: ItemStatus = ['published', 'in-review', 'rejected'].includes(current.status)
        ? 'scheduled'
        : current.status;
      return {
        update: {
          $set: {
            content,
            place,
            gate,
            publishOn: content.publishOn,
            status,
            sourceEventId: event.id,
            sourceTime: event.time,
            changedAt: now,
          },
        },
      };
    });
    return result.outcome === 'unchanged' ? 'ignored' : 'recorded';
  }

  /** Every scheduled item whose date has come: through the gate, then public or into review. */
  async publishDue(limit = 200): Promise<{ published: number; toReview: number }> {
    const today = amsterdamDate(this.clock.now());
    const due = await this.items.find(
      { status: 'scheduled', publishOn: { $lte: today } },
      { sort: { publishOn: 1, _id: 1 }, limit, projection: { outbox: 0 } },
    );
    const counts = { published: 0, toReview: 0 };
    for (const item of due) {
      // The registry's event may have come after the item's: look again while the place is not whole.
      const place =
        item.place?.gemeente && item.place.provincie
          ? item.place
          : ((await this.placeOf(item.content)) ?? null);
      // The school's own address is public (DUO's), even where a person gave it as theirs.
      const allowed = await this.places.addressesOf(item.content.subject);
      const outcome = await this.gateAndPublish(item._id, place, allowed);
      if (outcome === 'published') counts.published++;
      if (outcome === 'in-review') counts.toReview++;
    }
    return counts;
  }

  private async gateAndPublish(
    id: string,
    place: Place | null,
    allowedAddresses: KnownAddress[],
  ): Promise<'published' | 'in-review' | 'skipped'> {
    const result = { outcome: 'skipped' as 'published' | 'in-review' | 'skipped' };
    await this.items.mutate(
      id,
      (current) => {
        result.outcome = 'skipped';
        if (!current || current.status !== 'scheduled') return null;
        const hits = scanForPii(current.content, {
          personNames: current.gate?.personNames ?? [],
          personAddresses: current.gate?.personAddresses ?? [],
          allowedAddresses,
        });
        if (hits.length > 0) {
          result.outcome = 'in-review';
          return {
            update: {
              $set: {
                status: 'in-review',
                review: { hits, since: this.clock.now(), decision: null },
                changedAt: this.clock.now(),
              },
            },
          };
        }
        result.outcome = 'published';
        return this.publication(current, place ? { place } : {});
      },
      { projection: { outbox: 0 } },
    );
    if (result.outcome === 'in-review')
      this.log.warn(`item ${id} held for review: the personal-data gate found something`);
    return result.outcome;
  }

  /** The write that makes an item public (or publishes its correction). */
  private publication(current: ItemDoc, extra: Record<string, unknown>) {
    const now = this.clock.now();
    const version = current.publicVersion + 1;
    const view: PublicItem = {
      itemId: current._id,
      kind: current.kind,
      dataset: current.dataset,
      version,
      publishedAt: (current.firstPublishedAt ?? now).toISOString(),
      updatedAt: now.toISOString(),
      title: current.content.title,
      ...current.content.subject,
      fields: current.content.fields,
      report: current.content.report,
      // The report is also served as PDF, made from this view (so past the same gate).
      ...(current.content.report ? { reportPdf: reportPdfPath(current._id) } : {}),
      ...(current.content.zienswijze !== undefined
        ? { zienswijze: current.content.zienswijze }
        : {}),
    };
    const change = current.publicVersion > 0 && current.published ? 'updated' : 'published';
    return {
      update: {
        $set: {
          status: 'published',
          published: view,
          publicVersion: version,
          firstPublishedAt: current.firstPublishedAt ?? now,
          feedPending: change,
          changedAt: now,
          ...extra,
        },
      },
      events: [
        this.pending(PublicationPublished, current._id, {
          itemId: current._id,
          change,
          item: view,
        }),
      ],
    };
  }

  private pending(definition: AnyEventDefinition, subject: string, data: unknown): PendingEvent {
    return {
      definition,
      event: createEvent(definition, {
        source: sourceOf(Services.publication),
        subject,
        time: this.clock.now(),
        correlationId: currentCorrelationId() ?? newEventId(),
        data: data as never,
      }),
    };
  }

  /** Stops an item before its date (a court, an objection); only what is not public yet. */
  async hold(id: string, by: string, reason: string): Promise<ItemDoc> {
    return this.change(id, (c) => {
      if (c.status === 'held') return null;
      if (!NOT_PUBLIC.includes(c.status))
        throw new ConflictError(
          `item ${id} is ${c.status}: only an item that is not public yet can be held${c.status === 'published' ? ' (withdraw it instead)' : ''}`,
          { code: 'not-holdable' },
        );
      return {
        $set: { status: 'held', hold: this.decision(by, reason), changedAt: this.clock.now() },
      };
    });
  }

  /** Lifts a hold: back to waiting for its date (or published at the next run when it has passed). */
  async releaseHold(id: string, by: string): Promise<ItemDoc> {
    return this.change(id, (c) => {
      if (c.status !== 'held')
        throw new ConflictError(`item ${id} is ${c.status}, not held`, { code: 'not-held' });
      return {
        $set: {
          status: 'scheduled',
          hold: { ...this.decision(by, null), reason: c.hold?.reason ?? null },
          changedAt: this.clock.now(),
        },
      };
    });
  }

  /** A reviewer's verdict on an item the gate stopped. Released is published as it is. */
  async decideReview(
    id: string,
    by: string,
    outcome: 'released' | 'rejected',
    reason: string | null,
  ) {
    let found = false;
    const result = await this.items.mutate(id, (c) => {
      found = c !== null;
      if (!c) return null;
      if (c.status !== 'in-review')
        throw new ConflictError(`item ${id} is ${c.status}, not in review`, {
          code: 'not-in-review',
        });
      const review = { ...c.review!, decision: { ...this.decision(by, reason), outcome } };
      if (outcome === 'released') return this.publication(c, { review });
      return { update: { $set: { status: 'rejected', review, changedAt: this.clock.now() } } };
    });
    if (!found) throw new NotFoundError(`no item ${id}`);
    void result;
    return (await this.items.findById(id, { projection: { outbox: 0 } }))!;
  }

  /**
   * Takes an item off every channel. A published one gets PublicationWithdrawn
   * and a feed entry; one that was never public just never will be.
   */
  async withdraw(id: string, by: string, reason: string): Promise<ItemDoc> {
    let found = false;
    await this.items.mutate(id, (c) => {
      found = c !== null;
      if (!c) return null;
      if (c.status === 'withdrawn') return null;
      const now = this.clock.now();
      const set = { status: 'withdrawn', withdrawal: this.decision(by, reason), changedAt: now };
      if (c.status !== 'published') return { update: { $set: set } };
      return {
        update: { $set: { ...set, published: null, feedPending: 'withdrawn' } },
        events: [
          this.pending(PublicationWithdrawn, c._id, {
            itemId: c._id,
            kind: c.kind,
            dataset: c.dataset,
            withdrawnAt: now.toISOString(),
            reason,
          }),
        ],
      };
    });
    if (!found) throw new NotFoundError(`no item ${id}`);
    return (await this.items.findById(id, { projection: { outbox: 0 } }))!;
  }

  private decision(by: string, reason: string | null): Decision {
    return { by, at: this.clock.now(), reason };
  }

  private async change(
    id: string,
    decide: (current: ItemDoc) => Record<string, unknown> | null,
  ): Promise<ItemDoc> {
    let found = false;
    await this.items.mutate(
      id,
      (c) => {
        found = c !== null;
        if (!c) return null;
        const update = decide(c);
        return update ? { update } : null;
      },
      { projection: { outbox: 0 } },
    );
    if (!found) throw new NotFoundError(`no item ${id}`);
    return (await this.items.findById(id, { projection: { outbox: 0 } }))!;
  }

  get(id: string): Promise<ItemDoc | null> {
    return this.items.findById(id, { projection: { outbox: 0 } });
  }

  /** Items by status for the beheerder's lists, by _id. */
  byStatus(status: ItemStatus, after: string | undefined, limit: number): Promise<ItemDoc[]> {
    return this.items.find(
      { status, ...(after ? { _id: { $gt: after } } : {}) },
      { sort: { _id: 1 }, limit, projection: { outbox: 0 } },
    );
  }
}
