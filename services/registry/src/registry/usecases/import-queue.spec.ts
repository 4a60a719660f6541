import { newTestService } from '@inspectorate/testing';
import { generateDuoLists, renderVestigingenList } from '../../duo/generate';
import { DuoFileRejected, readDuoList } from '../../duo/parse';
import {
  ImportFiles,
  Imports,
  REGISTRY_COLLECTIONS,
  Schools,
  Vestigingen,
} from '../persistence/collections';
import { RegistryStore } from '../persistence/registry.store';
import { ImportDuoListUseCase } from './import-duo-list.usecase';
import { IMPORT_WORKER, ImportQueue } from './import-queue';

/** Uploads applied in the background, on in-memory stores: accepted, applied, picked up again. */
const lists = generateDuoLists({ seed: 5, boards: 3, po: 12, vo: 4 });
const file = renderVestigingenList(lists.vestigingen);
const brins = new Set(lists.vestigingen.map((v) => v.brin)).size;
const typeOf = (e: { type: string }) => e.type.split('.').slice(-2, -1)[0];

/** The queue; its worker applies when the test kicks it (no timer), and not at all while `worker.enabled` is false. */
async function queue(worker = { enabled: true, pollMs: 3_600_000 }) {
  return newTestService(ImportQueue, {
    collections: REGISTRY_COLLECTIONS,
    providers: [RegistryStore, ImportDuoListUseCase, { provide: IMPORT_WORKER, useValue: worker }],
  });
}

describe('ImportQueue (in-memory stores)', () => {
  it('accepts an upload as queued with its file stored, then applies it in the background', async () => {
    const t = await queue();
    const accepted = await t.sut.submit(file, { fileName: 'v.csv' });
    expect(accepted).toMatchObject({ status: 'queued', totalRows: lists.vestigingen.length });
    expect(t.store(Vestigingen).all()).toHaveLength(0);
    expect(t.store(ImportFiles).all().length).toBeGreaterThan(0);

    await t.sut.kick();
    const done = await t.store(Imports).findById(accepted._id);
    expect(done).toMatchObject({
      status: 'completed',
      attempts: 1,
      counts: {
        schools: { registered: brins, updated: 0, closed: 0, unchanged: 0 },
        vestigingen: { registered: lists.vestigingen.length, updated: 0, closed: 0 },
      },
    });
    expect(t.store(Vestigingen).all()).toHaveLength(lists.vestigingen.length);
    // The stored file goes once its import has finished.
    expect(t.store(ImportFiles).all()).toHaveLength(0);
  });

  it('picks up an import whose replica died halfway: every entity once, counted as that import wrote it', async () => {
    const worker = { enabled: false, pollMs: 3_600_000 };
    const t = await queue(worker);
    const accepted = await t.sut.submit(file);
    // A replica took it and died after the schools (kill -9: nothing more
    // was written; the report still says running).
    const imports = t.store(Imports);
    await imports.update({ _id: accepted._id }, { $set: { status: 'running', attempts: 1 } });
    const died = new AbortController();
    const report = (await imports.findById(accepted._id))!;
    await expect(
      t.get(ImportDuoListUseCase).apply(await readDuoList(file), report, {
        signal: died.signal,
        checkpoint: async (r) => {
          if (r.progress?.phase.startsWith('vestigingen')) died.abort(new Error('kill -9'));
        },
      }),
    ).rejects.toThrow('kill -9');
    // Half applied: the schools (and the first batch of vestigingen) are there.
    expect(t.store(Schools).all()).toHaveLength(brins);
    expect((await imports.findById(accepted._id))!.status).toBe('running');

    worker.enabled = true;
    await t.sut.kick();
    const done = await imports.findById(accepted._id);
    expect(done).toMatchObject({
      status: 'completed',
      attempts: 2,
      counts: {
        schools: { registered: brins, updated: 0, closed: 0, unchanged: 0 },
        vestigingen: { registered: lists.vestigingen.length, updated: 0, closed: 0, unchanged: 0 },
      },
    });
    const events = t.store(Vestigingen).events();
    expect(events.map(typeOf)).toEqual(lists.vestigingen.map(() => 'registered'));
    expect(new Set(events.map((e) => e.subject)).size).toBe(lists.vestigingen.length);
    // Still the registry's first list of these sectors, in the second attempt too.
    for (const e of events) expect((e.data as { initialLoad?: boolean }).initialLoad).toBe(true);
    expect(t.store(Schools).events()).toHaveLength(brins);
  });

  it('refuses a file that is not a DUO list at once, and stores nothing', async () => {
    const t = await queue();
    await expect(t.sut.submit(Buffer.from('naam;adres\r\nPiet;Dorp 1\r\n'))).rejects.toThrow(
      DuoFileRejected,
    );
    expect(t.store(Imports).all()).toHaveLength(0);
    expect(t.store(ImportFiles).all()).toHaveLength(0);
  });
});
