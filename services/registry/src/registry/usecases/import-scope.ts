import type { ParsedDuoFile } from '../../duo/parse';
import { ENTITIES, type EntityDoc, type EntitySpec } from '../domain/entities';
import type { RegistryStore } from '../persistence/registry.store';

/**
 * The open entities of one kind in the scope a complete list covers: those
 * it does not name (what it would close), and all of them as read, so that
 * planning the list does not read them a second time.
 */
export interface Missing {
  spec: EntitySpec;
  keys: string[];
  open: number;
  read: Map<string, EntityDoc>;
}

/** Per collection the list covers: its open entities there that the list does not name. */
export async function missingFrom(
  store: RegistryStore,
  parsed: ParsedDuoFile,
  sectors: string[],
): Promise<Map<string, Missing>> {
  const named: [EntitySpec, Set<string>, Record<string, unknown>][] =
    parsed.kind === 'boards'
      ? [[ENTITIES.board, new Set(parsed.rows.map((r) => r.bevoegdGezagNummer)), {}]]
      : [
          [ENTITIES.school, new Set(parsed.rows.map((r) => r.brin)), { sector: { $in: sectors } }],
          [
            ENTITIES.vestiging,
            new Set(parsed.rows.map((r) => r.vestigingCode)),
            { sector: { $in: sectors } },
          ],
        ];
  const result = new Map<string, Missing>();
  for (const [spec, keys, scope] of named) {
    const open = await store.openEntities(spec, scope);
    result.set(spec.collection, {
      spec,
      open: open.length,
      keys: open.map((doc) => doc._id).filter((k) => !keys.has(k)),
      read: new Map(open.map((doc) => [doc._id, doc])),
    });
  }
  return result;
}
