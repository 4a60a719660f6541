import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@inspectorate/http';
import { currentCorrelationId, newCorrelationId } from '@inspectorate/observability';
import { Clock } from '@inspectorate/scheduling';
import { ENTITIES, type EntitySpec, snapshotOf } from '../domain/entities';
import { planUpsert } from '../domain/plan';
import type { EntityKind } from '../domain/snapshots';
import { RegistryStore } from '../persistence/registry.store';

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
    for (let attempt = 0; attempt < 5; attempt++) {
      const existing = (await this.store.load(spec, [key])).get(key);
      if (!existing) throw new NotFoundError(`${kind} ${key} is not in the registry`);
      const op = planUpsert(spec, key, { [field]: email }, existing, {
        importId: null,
        source: 'api',
        now: this.clock.now(),
        correlationId: currentCorrelationId() ?? newCorrelationId(),
      });
      if (!op)
        return {
          changed: false,
          snapshot: snapshotOf(spec, existing),
          revision: existing.revision,
        };
      const conflicts = await this.store.write(spec, [op]);
      if (conflicts.length === 0) {
        const stored = (await this.store.load(spec, [key])).get(key);
        return {
          changed: true,
          snapshot: snapshotOf(spec, stored ?? existing),
          revision: stored?.revision ?? existing.revision + 1,
        };
      }
    }
    throw new Error(`${kind} ${key} kept changing; try again`);
  }
}
