import { createEvent, sourceOf, Services } from '@inspectorate/contracts';
import type { PendingEvent } from '@inspectorate/messaging';
import { v7 as uuidv7 } from 'uuid';
import { type EntityDoc, type EntitySpec, type HistoryEntry, snapshotOf } from './entities';
import { changedFields } from './snapshots';

/**
 * Deciding, for one entity, what a write must do: register it, update the
 * fields that changed, close it, or nothing. Pure apart from event ids:
 * the caller writes the result (state + outbox in one document write).
 */

export interface WriteContext {
  importId: string | null;
  source: 'import' | 'api';
  now: Date;
  correlationId: string;
  /**
   * For a registration: whether it belongs to the registry's first load of
   * this kind of entity (it existed before we knew it). Only vestigingen say
   * so in their event; monitoring-intake's duty rules need it.
   */
  initialLoad?: (snapshot: Record<string, unknown>) => boolean;
}

export type Outcome = 'registered' | 'updated' | 'closed' | 'unchanged';

export type WriteOp =
  | {
      key: string;
      outcome: 'registered';
      writeId: string;
      insert: Record<string, unknown>;
      events: PendingEvent[];
    }
  | {
      key: string;
      outcome: 'updated' | 'closed' | 'unchanged';
      writeId: string;
      /** None for 'unchanged' (fields outside the snapshot only). */
      events: PendingEvent[];
      /** Only applies to the revision it was planned on. */
      filter: { _id: string; revision: number };
      update: Record<string, unknown>;
      changedFields: string[];
    };

function history(
  revision: number,
  event: HistoryEntry['event'],
  fields: string[],
  ctx: WriteContext,
): HistoryEntry {
  return {
    revision,
    event,
    changedFields: fields,
    at: ctx.now,
    importId: ctx.importId,
    source: ctx.source,
  };
}

function event(
  definition: EntitySpec['registered'],
  key: string,
  data: Record<string, unknown>,
  ctx: WriteContext,
) {
  return {
    definition,
    event: createEvent(definition, {
      source: sourceOf(Services.registry),
      subject: key,
      data: data as never,
      correlationId: ctx.correlationId,
      time: ctx.now,
    }),
  };
}

/**
 * The entity as DUO (or the API) now says it is. `facts` holds the DUO
 * fields (for the API: the one contact field) plus any extra fields; an
 * entity that was closed and shows up again is reopened.
 */
export function planUpsert(
  spec: EntitySpec,
  key: string,
  facts: Record<string, unknown>,
  existing: EntityDoc | undefined,
  ctx: WriteContext,
): WriteOp | null {
  const extras = Object.fromEntries(
    spec.extraFields.filter((f) => f in facts).map((f) => [f, facts[f] ?? null]),
  );
  if (!existing) {
    const doc: Record<string, unknown> = {
      ...spec.ownFields,
      ...Object.fromEntries(
        spec.snapshotFields.filter((f) => f in facts).map((f) => [f, facts[f]]),
      ),
      [spec.keyField]: key,
      status: 'open',
      closedOn: null,
    };
    const snapshot = snapshotOf(spec, doc);
    const data = {
      revision: 1,
      [spec.dataKey]: snapshot,
      ...(ctx.initialLoad?.(snapshot) ? { initialLoad: true } : {}),
    };
    const registered = event(spec.registered, key, data, ctx);
    const insert = {
      _id: key,
      ...snapshot,
      ...extras,
      revision: 1,
      history: [history(1, 'registered', [], ctx)],
      lastWriteId: registered.event.id,
      lastImportId: ctx.importId,
      updatedAt: ctx.now,
    };
    return {
      key,
      outcome: 'registered',
      writeId: registered.event.id,
      insert,
      events: [registered],
    };
  }
  const current = snapshotOf(spec, existing);
  const next: Record<string, unknown> = { ...current, ...pick(facts, spec.snapshotFields) };
  if (ctx.source === 'import') {
    next['status'] = 'open';
    next['closedOn'] = null;
  }
  const changed = changedFields(current, next, spec.snapshotFields as string[]);
  const extrasChanged = changedFields(existing, extras, Object.keys(extras));
  if (changed.length === 0) {
    if (extrasChanged.length === 0) return null;
    // Only fields outside the snapshot (a pupil count): stored, not an event.
    const writeId = uuidv7();
    return {
      key,
      outcome: 'unchanged',
      writeId,
      filter: { _id: key, revision: existing.revision },
      update: { $set: { ...extras, lastWriteId: writeId } },
      events: [],
      changedFields: [],
    };
  }
  const revision = existing.revision + 1;
  const updated = event(
    spec.updated,
    key,
    { revision, changedFields: changed, [spec.dataKey]: next },
    ctx,
  );
  return {
    key,
    outcome: 'updated',
    writeId: updated.event.id,
    filter: { _id: key, revision: existing.revision },
    update: {
      $set: {
        ...pick(next, changed),
        ...extras,
        revision,
        lastWriteId: updated.event.id,
        lastImportId: ctx.importId ?? existing.lastImportId,
        updatedAt: ctx.now,
      },
      $push: { history: history(revision, 'updated', changed, ctx) },
    },
    events: [updated],
    changedFields: changed,
  };
}

/** Closes an open entity that disappeared from a complete list; a closed one stays as it is. */
export function planClose(
  spec: EntitySpec,
  existing: EntityDoc,
  closedOn: string,
  ctx: WriteContext,
): WriteOp | null {
  if (existing.status === 'closed') return null;
  const key = existing._id;
  const revision = existing.revision + 1;
  const next = { ...snapshotOf(spec, existing), status: 'closed', closedOn };
  const closed = event(spec.closed, key, { revision, [spec.dataKey]: next }, ctx);
  return {
    key,
    outcome: 'closed',
    writeId: closed.event.id,
    filter: { _id: key, revision: existing.revision },
    update: {
      $set: {
        status: 'closed',
        closedOn,
        revision,
        lastWriteId: closed.event.id,
        lastImportId: ctx.importId,
        updatedAt: ctx.now,
      },
      $push: { history: history(revision, 'closed', ['status', 'closedOn'], ctx) },
    },
    events: [closed],
    changedFields: ['status', 'closedOn'],
  };
}

function pick(source: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => f in source).map((f) => [f, source[f]]));
}

/**
 * What this import did to an entity that needs nothing now: unchanged, or,
 * when an earlier attempt of the same import (before a crash) wrote it, what
 * that attempt did, from its history entry.
 */
export function earlierOutcome(
  existing: EntityDoc | undefined,
  importId: string | null,
): 'registered' | 'updated' | 'unchanged' {
  if (!existing || importId === null || existing['lastImportId'] !== importId) return 'unchanged';
  const entry = [...(existing.history ?? [])].reverse().find((h) => h.importId === importId);
  return entry?.event === 'registered' || entry?.event === 'updated' ? entry.event : 'unchanged';
}
