import type { Provider, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type CollectionDefinition, storeToken } from '@inspectorate/persistence';
import {
  Clock,
  FixedClock,
  type JobContext,
  type JobResult,
  JobRunner,
} from '@inspectorate/scheduling';
import { InMemoryStore } from './in-memory-store';

/** A JobRunner without leases: runs the job at once, each period once. */
export class FakeJobRunner {
  readonly done = new Set<string>();

  async runExclusive<T>(job: string, fn: (c: JobContext) => Promise<T>): Promise<JobResult<T>> {
    return { ran: true, value: await fn(context(job)) };
  }

  async runOncePerPeriod<T>(
    job: string,
    periodKey: string,
    fn: (c: JobContext) => Promise<T>,
  ): Promise<JobResult<T>> {
    const id = `${job}:${periodKey}`;
    if (this.done.has(id)) return { ran: false, reason: 'already-done' };
    const value = await fn({ ...context(job), periodKey });
    this.done.add(id);
    return { ran: true, value };
  }
}

function context(job: string): JobContext {
  return { job, holder: 'test', correlationId: 'test', signal: new AbortController().signal };
}

export interface TestServiceOptions {
  /** The collections the service (or its repositories) use: each becomes an InMemoryStore. */
  collections?: readonly CollectionDefinition[];
  /** Real classes to build with the fakes (repositories, domain services) and overrides. */
  providers?: Provider[];
  /** Defaults to a FixedClock at 2026-01-15T09:00:00Z. */
  clock?: FixedClock;
}

export interface TestService<S> {
  sut: S;
  clock: FixedClock;
  jobs: FakeJobRunner;
  /** The in-memory store of a collection. */
  store<T extends { _id: unknown }>(
    definition: CollectionDefinition<T> | { name: string },
  ): InMemoryStore<T>;
  /** Any provider, mock or not (e.g. to check what an auto-mocked dependency was called with). */
  get<T>(token: Type<T> | string | symbol): T;
}

/**
 * Builds a use case (or any injectable) the way Nest would, with in-memory
 * stores for the collections named, a FixedClock, a JobRunner that runs at
 * once, the providers given, and every other class dependency auto-mocked
 * (each method a jest.fn()), in the spirit of immich's newTestService;
 * value tokens (settings) must be given, unless the service marks them
 * @Optional:
 *
 *   const { sut, store } = await newTestService(UpdateContactUseCase, {
 *     collections: [Boards], providers: [RegistryRepository],
 *   });
 *   store(Boards).seed(board);
 */
export async function newTestService<S>(
  service: Type<S>,
  options: TestServiceOptions = {},
): Promise<TestService<S>> {
  const clock = options.clock ?? new FixedClock('2026-01-15T09:00:00Z');
  const jobs = new FakeJobRunner();
  const stores = new Map<string, InMemoryStore<{ _id: unknown }>>();
  for (const definition of options.collections ?? []) {
    stores.set(storeToken(definition), new InMemoryStore(definition));
  }
  const moduleRef = await Test.createTestingModule({
    providers: [
      service,
      { provide: Clock, useValue: clock },
      { provide: JobRunner, useValue: jobs },
      ...[...stores].map(([provide, useValue]) => ({ provide, useValue })),
      ...(options.providers ?? []),
    ],
  })
    .useMocker((token) => {
      if (typeof token === 'string' && token.startsWith('persistence:store:')) {
        throw new Error(`newTestService: add the collection of ${token} to options.collections`);
      }
      // Classes are auto-mocked; value tokens (settings) are given or left to their default.
      if (typeof token !== 'function') return undefined;
      return autoMock(token.name);
    })
    .compile();
  return {
    sut: moduleRef.get(service),
    clock,
    jobs,
    store: (definition) => {
      const found = stores.get(storeToken(definition));
      if (!found)
        throw new Error(`newTestService: ${definition.name} is not in options.collections`);
      return found as never;
    },
    get: (token) => moduleRef.get(token as never),
  };
}

/** An object whose every method is a jest.fn() returning undefined. */
function autoMock(name: string): object {
  const methods = new Map<string | symbol, jest.Mock>();
  return new Proxy(
    {},
    {
      get(_target, property) {
        // Not a thenable: awaiting the mock must not call a fake `then`.
        if (property === 'then') return undefined;
        if (property === 'toString') return () => `[mock ${name}]`;
        let method = methods.get(property);
        if (!method) {
          method = jest.fn();
          methods.set(property, method);
        }
        return method;
      },
    },
  );
}
