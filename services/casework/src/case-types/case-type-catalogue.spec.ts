import { InMemoryStore } from '@inspectorate/testing';
import { CaseTypeCatalogue, CaseTypes } from './case-type.catalogue';
import { BUREAUONDERZOEK_MSV } from './defaults';

/** Two replicas' catalogues over one store: the newest version is cached per replica, for a TTL. */
describe('CaseTypeCatalogue.current', () => {
  const setup = async (ttlMs: number) => {
    const store = new InMemoryStore(CaseTypes);
    const reads = jest.spyOn(store, 'findOne');
    const a = new CaseTypeCatalogue(store, ttlMs);
    const b = new CaseTypeCatalogue(store, ttlMs);
    await a.onModuleInit();
    await b.onModuleInit();
    return { store, reads, a, b };
  };

  it('reads the newest version once per TTL, not once per case opened', async () => {
    const { reads, a } = await setup(60_000);
    const first = await a.current(BUREAUONDERZOEK_MSV);
    for (let i = 0; i < 5; i++) expect(await a.current(BUREAUONDERZOEK_MSV)).toEqual(first);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('the replica that stores a version uses it at once; another one after its TTL', async () => {
    const { a, b } = await setup(60_000);
    const before = await b.current(BUREAUONDERZOEK_MSV);
    await a.current(BUREAUONDERZOEK_MSV);
    const { version: _v, ...input } = before;
    void _v;
    const stored = await a.addVersion({ ...input, name: `${before.name} (herzien)` });
    expect(stored.version).toBe(before.version + 1);
    expect((await a.current(BUREAUONDERZOEK_MSV)).version).toBe(stored.version);
    // b read before the change and trusts its copy until its TTL passes.
    expect((await b.current(BUREAUONDERZOEK_MSV)).version).toBe(before.version);
  });

  it('reads again once the TTL has passed', async () => {
    const { a, b } = await setup(0);
    const before = await b.current(BUREAUONDERZOEK_MSV);
    const { version: _v, ...input } = before;
    void _v;
    const stored = await a.addVersion(input);
    expect((await b.current(BUREAUONDERZOEK_MSV)).version).toBe(stored.version);
  });
});
