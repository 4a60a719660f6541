import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@inspectorate/http';
import { currentCorrelationId, newCorrelationId } from '@inspectorate/observability';
import { Clock } from '@inspectorate/scheduling';
import { ENTITIES, type EntityDoc, type EntitySpec, snapshotOf } from '../domain/entities';
import { planUpsert } from '../domain/plan';
import type { EntityKind } from '../domain/snapshots';
import { RegistryStore } from '../persistence/registry.store';

/** The entity as an update planned on `existing` leaves it: its `$set` over what was read. */
function snapshotOfUpdate(
  spec: EntitySpec,
  existing: EntityDoc,
  update: Record<string, unknown>,
): { snapshot: Record<string, unknown>; revision: number } {
  const set = (update['$set'] ?? {}) as Record<string, unknown>;
  const after = { ...existing, ...set } as EntityDoc;
  return { snapshot: snapshotOf(spec, after), revision: after.revision };
}

/** The contact field each entity has (data DUO lacks, kept by us). */
export const CONTACT_FIELD = {
  board: 'contactEmail',
  school: 'isdContactEmail',
  vestiging: 'directieEmail',
} as const satisfies Record<EntityKind, string>;

/**
 * Sets (or clears, with null) an entity's contact e-mail. A real change is a
 * new revision with an Updated event (changedFields: the contact field); the
 * same value again changes nothing. Guarded by the revision, so it can run
 * beside an import on another replica without losing either write.
 */
@Injectable()
export class UpdateContactUseCase {
  constructor(
    private readonly store: RegistryStore,
    private readonly clock: Clock,
  ) {}

  async execute(
    kind: EntityKind,
    key: string,
    email: string | null,
  ): Promise<{ changed: boolean; snapshot: Record<string, unknown>; revision: number }> {
    const spec: EntitySpec = ENTITIES[kind];
    const field = CONTACT_FIELD[kind];
    const store = this.store.entities(spec);
    // The snapshot and revision of the write that landed (the last plan), for
    // the answer: reading the entity back cost a third round trip per PUT, a
    // whole document on the local FerretDB (docs/performance.md).
    const planned: { last?: { snapshot: Record<string, unknown>; revision: number } } = {};
    // Read, plan on that revision, write on it; on a concurrent write read and plan again.
    const result = await store.mutate(
      key,
      (existing) => {
        if (!existing) throw new NotFoundError(`${kind} ${key} is not in the registry`);
        const op = planUpsert(spec, key, { [field]: email }, existing, {
          importId: null,
          source: 'api',
          now: this.clock.now(),
          correlationId: currentCorrelationId() ?? newCorrelationId(),
        });
        if (!op || 'insert' in op) return null;
        planned.last = snapshotOfUpdate(spec, existing, op.update);
        return { update: op.update, events: op.events, keepVersion: op.outcome === 'unchanged' };
      },
      { projection: { outbox: 0 } },
    );
    const existing = result.before!;
    if (result.outcome === 'unchanged' || !planned.last) {
      return { changed: false, snapshot: snapshotOf(spec, existing), revision: existing.revision };
    }
    return { changed: true, ...planned.last };
  }
}
