import { NotFoundError } from '@inspectorate/http';
import { type TestService, newTestService } from '@inspectorate/testing';
import { generateDuoLists, renderBoardsList } from '../../duo/generate';
import { ENTITIES, snapshotOf } from '../domain/entities';
import { Boards, REGISTRY_COLLECTIONS, Schools, Vestigingen } from '../persistence/collections';
import { RegistryStore } from '../persistence/registry.store';
import { ImportDuoListUseCase } from './import-duo-list.usecase';
import { UpdateContactUseCase } from './update-contact.usecase';

/** The registry's use cases on in-memory stores: no database, no broker. */
const lists = generateDuoLists({ seed: 3, boards: 3, po: 0, vo: 0 });
const boardsFile = renderBoardsList(lists.boards);
const typeOf = (e: { type: string }) => e.type.split('.').slice(-2, -1)[0];

async function importer(): Promise<TestService<ImportDuoListUseCase>> {
  return newTestService(ImportDuoListUseCase, {
    collections: REGISTRY_COLLECTIONS,
    providers: [RegistryStore],
  });
}

describe('ImportDuoListUseCase (in-memory stores)', () => {
  it('registers every board with its event in the same write, then leaves them alone', async () => {
    const t = await importer();
    const report = await t.sut.execute(boardsFile, { fileName: 'boards.csv' });
    expect(report.counts.boards).toMatchObject({ registered: 3, unchanged: 0 });
    const boards = t.store(Boards);
    expect(boards.all()).toHaveLength(3);
    expect(boards.events().map(typeOf)).toEqual(['registered', 'registered', 'registered']);
    // The relay was told about each of them (no service code does that any more).
    expect(new Set(boards.hints)).toEqual(new Set(boards.all().map((b) => b._id)));

    const again = await t.sut.execute(boardsFile);
    expect(again.counts.boards).toMatchObject({ registered: 0, updated: 0, unchanged: 3 });
    expect(boards.events()).toHaveLength(3);
  });

  it('reads each entity once on a re-import (the scope read that finds what to close is planned from)', async () => {
    const t = await importer();
    await t.sut.execute(boardsFile);
    const boards = t.store(Boards);
    // Every read of the fake goes through find (findByIds and findOne too).
    const find = jest.spyOn(boards, 'find');
    const again = await t.sut.execute(boardsFile);
    expect(again.counts.boards).toMatchObject({ unchanged: 3 });
    let docsRead = 0;
    for (const r of find.mock.results) docsRead += ((await r.value) as unknown[]).length;
    expect(docsRead).toBe(3);
  });

  it('plans a complete list from its one scope read: a cold import makes no read per batch of 1,000', async () => {
    const big = renderBoardsList(generateDuoLists({ seed: 4, boards: 2500, po: 0, vo: 0 }).boards);
    const t = await importer();
    const boards = t.store(Boards);
    const find = jest.spyOn(boards, 'find');
    const bulk = jest.spyOn(boards, 'bulk');
    const report = await t.sut.execute(big);
    expect(report.counts.boards).toMatchObject({ registered: 2500, unchanged: 0 });
    // One read (the open boards a complete list would close: none yet), then
    // one bulk write per batch of 1,000 and nothing else; before, every
    // batch read its keys first (1 + 3 reads).
    expect(find).toHaveBeenCalledTimes(1);
    expect(bulk.mock.calls.map(([ops]) => ops.length)).toEqual([1000, 1000, 500]);
  });

  it('reopens a closed board a complete list names again: its insert collides, it is read and updated', async () => {
    const twelve = generateDuoLists({ seed: 5, boards: 12, po: 0, vo: 0 }).boards;
    const t = await importer();
    await t.sut.execute(renderBoardsList(twelve));
    const gone = twelve[0]!.nummer;
    const closing = await t.sut.execute(renderBoardsList(twelve.slice(1)));
    expect(closing.counts.boards).toMatchObject({ closed: 1, unchanged: 11 });
    const boards = t.store(Boards);
    await boards.updateMany({}, { $set: { outbox: [] } });

    const again = await t.sut.execute(renderBoardsList(twelve));
    expect(again.counts.boards).toEqual({ registered: 0, updated: 1, closed: 0, unchanged: 11 });
    expect(boards.events().map((e) => [typeOf(e), e.subject])).toEqual([['updated', gone]]);
    expect(await boards.findById(gone)).toMatchObject({ status: 'open', revision: 3 });
  });

  it("puts the provincie of a real DUO row in the vestiging's and its school's events", async () => {
    // Header and a row as in DUO's list of all po vestigingen (April 2026), verbatim.
    const header =
      'PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES;STRAATNAAM CORRESPONDENTIEADRES;HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES;POSTCODE CORRESPONDENTIEADRES;PLAATSNAAM CORRESPONDENTIEADRES;NODAAL GEBIED CODE;NODAAL GEBIED NAAM;RPA-GEBIED CODE;RPA-GEBIED NAAM;WGR-GEBIED CODE;WGR-GEBIED NAAM;COROPGEBIED CODE;COROPGEBIED NAAM;ONDERWIJSGEBIED CODE;ONDERWIJSGEBIED NAAM;RMC-REGIO CODE;RMC-REGIO NAAM;VAKANTIEREGIO';
    const row =
      'Drenthe;20091;32JK;32JK00;BBS de Verwondering;Melkweg;13;9306 TC;ALTEVEER GEM NOORDENVELD;1699;NOORDENVELD;Algemeen bijzonder; ; ;Melkweg;13;9306 TC;ALTEVEER GEM NOORDENVELD;01;Groningen;03;Centraal-Groningen;07;Noord- en Midden-Drenthe;07;Noord-Drenthe;01;Groningen en omstreken;07;Noord- en Midden Drenthe;Noord';
    const file = (line: string) => Buffer.from(`${header}\r\n${line}\r\n`, 'latin1');
    const t = await importer();
    await t.sut.execute(file(row), { sector: 'po', complete: false });
    type Data = { vestiging?: { provincie?: unknown }; school?: { provincie?: unknown } };
    const data = (store: typeof Schools) =>
      t
        .store(store)
        .events()
        .map((e) => e.data as Data);
    expect(data(Vestigingen).map((d) => d.vestiging?.provincie)).toEqual(['Drenthe']);
    expect(data(Schools).map((d) => d.school?.provincie)).toEqual(['Drenthe']);

    // A provincie DUO changes is an update of the snapshot, with its event.
    await t.sut.execute(file(row.replace(/^Drenthe;/, 'Groningen;')), {
      sector: 'po',
      complete: false,
    });
    const updated = t.store(Vestigingen).events()[1]!;
    expect(updated.data).toMatchObject({
      changedFields: ['provincie'],
      vestiging: { provincie: 'Groningen' },
    });
  });

  it('stores the report of each import', async () => {
    const t = await importer();
    const report = await t.sut.execute(boardsFile, { fileName: 'boards.csv' });
    const stored = await t.store(REGISTRY_COLLECTIONS[3]!).findById(report._id);
    expect(stored).toMatchObject({ _id: report._id, status: 'completed', fileName: 'boards.csv' });
  });
});

describe('UpdateContactUseCase (in-memory stores)', () => {
  let nummer: string;

  /** The use case, with the boards of a real (generated) list imported first. */
  async function contact(): Promise<TestService<UpdateContactUseCase>> {
    const t = await newTestService(UpdateContactUseCase, {
      collections: REGISTRY_COLLECTIONS,
      providers: [RegistryStore, ImportDuoListUseCase],
    });
    await t.get(ImportDuoListUseCase).execute(boardsFile);
    const boards = t.store(Boards);
    nummer = boards.all()[0]!._id;
    // Start each test with empty outboxes (as after the relay published them).
    await boards.updateMany({}, { $set: { outbox: [] } });
    boards.hints.length = 0;
    return t;
  }

  it('sets the contact as a new revision with an Updated event naming the field', async () => {
    const t = await contact();
    const result = await t.sut.execute('board', nummer, 'bestuur@delinde.nl');
    expect(result).toMatchObject({ changed: true, revision: 2 });
    expect(result.snapshot['contactEmail']).toBe('bestuur@delinde.nl');
    const [event] = t.store(Boards).events() as { type: string; data: Record<string, unknown> }[];
    expect(typeOf(event!)).toBe('updated');
    expect(event!.data).toMatchObject({ revision: 2, changedFields: ['contactEmail'] });
    expect(t.store(Boards).hints).toEqual([nummer]);
  });

  it('answers from the write it made: one read and one write, no read back', async () => {
    const t = await contact();
    const boards = t.store(Boards);
    const reads = jest.spyOn(boards, 'find');
    const writes = jest.spyOn(boards, 'update');
    const result = await t.sut.execute('board', nummer, 'bestuur@delinde.nl');
    // Each of the 6,868 contact PUTs of the national chaos run read its entity
    // twice (a whole document on the local FerretDB); the answer is the same.
    expect(reads).toHaveBeenCalledTimes(1);
    expect(writes).toHaveBeenCalledTimes(1);
    const stored = (await boards.findById(nummer))!;
    expect(result).toEqual({
      changed: true,
      revision: stored.revision,
      snapshot: snapshotOf(ENTITIES.board, stored),
    });
  });

  it('changes nothing for the same value again', async () => {
    const t = await contact();
    await t.sut.execute('board', nummer, 'a@b.nl');
    await t.store(Boards).updateMany({}, { $set: { outbox: [] } });
    const result = await t.sut.execute('board', nummer, 'a@b.nl');
    expect(result).toMatchObject({ changed: false, revision: 2 });
    expect(t.store(Boards).events()).toEqual([]);
  });

  it('says which entity is missing', async () => {
    const t = await contact();
    await expect(t.sut.execute('board', '99999', 'a@b.nl')).rejects.toThrow(NotFoundError);
    await expect(t.sut.execute('board', '99999', 'a@b.nl')).rejects.toThrow(
      'board 99999 is not in the registry',
    );
  });

  it('plans again on the newer revision when an import wrote in between', async () => {
    const t = await contact();
    const boards = t.store(Boards);
    const findById = boards.findById.bind(boards);
    let reads = 0;
    boards.findById = async (id, options) => {
      const found = await findById(id, options);
      // After the first read, another writer (an import) moves the board on.
      if ((reads += 1) === 1) {
        await boards.update({ _id: nummer }, { $set: { revision: 2, name: 'De Linde' } });
      }
      return found;
    };
    const result = await t.sut.execute('board', nummer, 'x@y.nl');
    expect(result).toMatchObject({ changed: true, revision: 3 });
    expect(result.snapshot).toMatchObject({ name: 'De Linde', contactEmail: 'x@y.nl' });
  });
});
