import { FixedClock } from '@inspectorate/scheduling';
import type { CaseTypeDefinition } from '../../case-types/case-type';
import type { CaseTypeCatalogue } from '../../case-types/case-type.catalogue';
import { DEFAULT_CASE_TYPES } from '../../case-types/defaults';
import { CaseCommands } from '../case-commands';
import { CaseEngine } from '../case-engine';
import { CaseReads } from '../case-reads';
import { DeadlineChecks } from '../deadline-checks';
import { type CaseFlow, FlowRegistry } from '../flow';
import { InMemoryCaseRepository } from './in-memory-case.repository';

/** The catalogue's reads over a fixed list of types. */
export function fakeCatalogue(types: CaseTypeDefinition[] = DEFAULT_CASE_TYPES): CaseTypeCatalogue {
  const find = (code: string, version?: number) => {
    const found = types
      .filter((t) => t.code === code && (version === undefined || t.version === version))
      .sort((a, b) => b.version - a.version)[0];
    if (!found) throw new Error(`no case type ${code}@${version ?? 'latest'}`);
    return found;
  };
  return {
    get: async (code: string, version: number) => find(code, version),
    current: async (code: string) => find(code),
  } as unknown as CaseTypeCatalogue;
}

/** The engine with in-memory storage, a fixed clock and the given flows. */
export function newTestEngine(
  flows: CaseFlow[] = [],
  opts: { now?: string; types?: CaseTypeDefinition[] } = {},
) {
  const repository = new InMemoryCaseRepository();
  const clock = new FixedClock(opts.now ?? '2026-07-01T04:00:00Z');
  const registry = new FlowRegistry(flows);
  const engine = new CaseEngine(repository, fakeCatalogue(opts.types), registry, clock);
  return {
    repository,
    clock,
    registry,
    engine,
    commands: new CaseCommands(engine, clock),
    reads: new CaseReads(repository, clock),
    checks: new DeadlineChecks(repository, engine, registry, clock),
  };
}
