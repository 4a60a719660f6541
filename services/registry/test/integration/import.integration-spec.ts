import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import request from 'supertest';
import {
  type ReceivedMessage,
  type RunningService,
  bearer,
  collectTopic,
  connectDb,
  holdsFor,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import { FixedClock } from '@inspectorate/scheduling';
import { OutboxRelay } from '@inspectorate/messaging';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import {
  type GeneratedVestiging,
  generateDuoLists,
  renderBoardsList,
  renderVestigingenList,
} from '../../src/duo/generate';
import { SHARED_DUO_DIR, findRealDuoFiles } from '../../src/duo/real-files';

/**
 * The DUO import against the real broker and FerretDB, with generated lists
 * (Windows-1252, DUO's columns, masked counts) for the exact checks, and at
 * the end the real DUO files under ../shared/data/duo (beside the clone, as
 * in CI; see its README).
 */
describe('registry: importing DUO lists', () => {
  const scope = testScope('registry-import');
  const clock = new FixedClock('2025-03-10T09:00:00Z');
  const lists = generateDuoLists({ seed: 11, boards: 4, po: 10, vo: 6 });
  let service: RunningService;
  // The routes are a beheerder's (libs/auth): a token from the real Keycloak,
  // cached, and fetched again before it expires.
  let beheerder: { authorization: string };
  beforeEach(async () => {
    beheerder = await bearer('beheerder');
  });
  const kafka = testKafka(scope);
  const topics: Record<string, Awaited<ReturnType<typeof collectTopic>>> = {};
  type Event = {
    type: string;
    subject: string;
    data: Record<string, unknown> & { revision: number; changedFields?: string[] };
  };
  const events = (topic: string): Event[] =>
    (topics[topic]?.messages ?? []).map((m: ReceivedMessage) => m.json<Event>());
  const kind = (e: Event) => e.type.split('.').slice(-2, -1)[0];

  function upload(file: Buffer, query = '') {
    return request(service.http)
      .post(`/imports${query}`)
      .set(beheerder)
      .set('content-type', 'text/csv')
      .send(file);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report as JSON, read field by field
  type Json = Record<string, any>;
  /**
   * An upload is accepted (202, Location `imports/<id>`) and applied in the
   * background: followed here until its import has finished, its report is
   * what the upload used to answer.
   */
  async function applied(accepted: request.Test, status = 202): Promise<{ body: Json }> {
    const res = await accepted.expect(status);
    if (status === 202) {
      expect(res.body.status).toBe('queued');
      expect(res.headers['location']).toBe(`imports/${res.body._id}`);
    }
    let body: Json = res.body;
    await waitFor(
      async () => {
        body = (await request(service.http).get(`/imports/${res.body._id}`).set(beheerder)).body;
        return body['status'] !== 'queued' && body['status'] !== 'running';
      },
      { description: `import ${res.body._id} finished`, timeoutMs: 120_000 },
    );
    return { body };
  }

  async function settled(): Promise<void> {
    const relay = service.app.get(OutboxRelay);
    await waitFor(
      async () =>
        (await relay.backlog('vestigingen')) +
          (await relay.backlog('schools')) +
          (await relay.backlog('boards')) ===
        0,
      { description: 'outbox relayed' },
    );
  }

  beforeAll(async () => {
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    for (const name of ['boards', 'schools', 'vestigingen']) {
      topics[name] = await collectTopic(kafka, `${scope.topicPrefix}inspectorate.registry.${name}`);
    }
  });

  afterAll(async () => {
    await Promise.all(Object.values(topics).map((t) => t.stop()));
    await service?.close();
  });

  it('imports a boards list and a vestigingen list, and publishes every entity once', async () => {
    const boards = await applied(upload(renderBoardsList(lists.boards)));
    expect(boards.body).toMatchObject({
      kind: 'boards',
      status: 'completed',
      encoding: 'windows-1252',
      counts: { boards: { registered: 4, updated: 0, closed: 0, unchanged: 0 } },
    });
    const res = await applied(
      request(service.http)
        .post('/imports')
        .set(beheerder)
        .attach('file', renderVestigingenList(lists.vestigingen), 'vestigingen.csv'),
    );
    const brins = new Set(lists.vestigingen.map((v) => v.brin));
    expect(res.body).toMatchObject({
      kind: 'vestigingen',
      fileName: 'vestigingen.csv',
      errorCount: 0,
      sectors: ['po', 'vo'],
      counts: {
        schools: { registered: brins.size, updated: 0, closed: 0 },
        vestigingen: { registered: lists.vestigingen.length, updated: 0, closed: 0 },
      },
    });
    await topics['vestigingen']!.waitForCount(lists.vestigingen.length);
    await topics['schools']!.waitForCount(brins.size);
    await topics['boards']!.waitForCount(4);

    const vo =
      lists.vestigingen.find(
        (v) => v.sector === 'vo' && v.onderwijsstructuur === 'VWO/HAVO/VMBO-GT',
      ) ?? lists.vestigingen.find((v) => v.sector === 'vo')!;
    const event = events('vestigingen').find(
      (e) => e.subject === `${vo.brin}${vo.vestigingsnummer}`,
    )!;
    expect(event.type).toBe('nl.onderwijsinspectie.registry.vestiging.registered.v1');
    // The registry's first list of a sector: these existed before it knew them.
    expect(event.data['initialLoad']).toBe(true);
    expect(event.data['vestiging']).toMatchObject({
      name: vo.vestigingsnaam, // é/ë/ü survived Windows-1252
      sector: 'vo',
      status: 'open',
      directieEmail: null,
    });
    const stored = await request(service.http)
      .get(`/vestigingen/${vo.brin}${vo.vestigingsnummer}`)
      .set(beheerder)
      .expect(200);
    expect(stored.body.afdelingen.length).toBeGreaterThan(0);
    expect(stored.body.revision).toBe(1);
  });

  it('refuses a complete list that would close (nearly) everything, and changes nothing', async () => {
    await settled();
    const before = {
      b: topics['boards']!.messages.length,
      s: topics['schools']!.messages.length,
      v: topics['vestigingen']!.messages.length,
    };
    // A valid boards header over 100,000 garbage rows: no row applies, so as
    // a complete list it used to close all boards (and casework acted on it).
    const header = renderBoardsList(lists.boards).toString('latin1').split('\r\n')[0]!;
    const garbage = Buffer.from(
      `${header}\r\n${Array.from({ length: 100_000 }, (_, i) => `x${i};;;`).join('\r\n')}\r\n`,
      'latin1',
    );
    // Accepted once stored (202: reading the rows and the registry's scope
    // first outlasted the gateway for a national list); refused when applied,
    // on the import the client polls.
    const none = await applied(upload(garbage));
    expect(none.body.failure).toMatch(/none of the 100000 rows could be applied/);
    expect(none.body).toMatchObject({ status: 'refused', appliedRows: 0, counts: {} });
    // Where: the rows that could not be applied, by line (the header is line 1).
    expect(none.body.errorCount).toBe(100_000);
    expect(none.body.errors[0]).toMatchObject({ line: 2 });
    const stored = await request(service.http)
      .get(`/imports/${none.body._id}`)
      .set(beheerder)
      .expect(200);
    expect(stored.body.status).toBe('refused');
    expect(stored.body.failure).toMatch(/none of the 100000 rows/);

    // A complete list naming one vestiging of many: would close far more than the share.
    const few = await applied(upload(renderVestigingenList(lists.vestigingen.slice(0, 1))));
    expect(few.body.status).toBe('refused');
    expect(few.body.failure).toMatch(
      /would close \d+ of the \d+ open (schools|vestigingen) .*REGISTRY_MAX_CLOSE_SHARE/,
    );

    const boards = await request(service.http)
      .get('/boards?status=closed')
      .set(beheerder)
      .expect(200);
    expect(boards.body.total).toBe(0);
    const vestigingen = await request(service.http)
      .get('/vestigingen?status=closed')
      .set(beheerder)
      .expect(200);
    expect(vestigingen.body.total).toBe(0);
    await holdsFor(
      () =>
        topics['boards']!.messages.length === before.b &&
        topics['schools']!.messages.length === before.s &&
        topics['vestigingen']!.messages.length === before.v,
      1500,
    );
  });

  it('re-importing the same file changes and emits nothing', async () => {
    await settled();
    const before = topics['vestigingen']!.messages.length + topics['schools']!.messages.length;
    const res = await applied(upload(renderVestigingenList(lists.vestigingen, 'old')));
    expect(res.body.counts.vestigingen).toEqual({
      registered: 0,
      updated: 0,
      closed: 0,
      unchanged: lists.vestigingen.length,
    });
    expect(res.body.counts.schools.updated + res.body.counts.schools.registered).toBe(0);
    await holdsFor(
      () => topics['vestigingen']!.messages.length + topics['schools']!.messages.length === before,
      1500,
    );
  });

  it('an edited list emits exactly the changes: rename, board change, new, closed', async () => {
    await settled();
    const seen = {
      v: topics['vestigingen']!.messages.length,
      s: topics['schools']!.messages.length,
    };
    const edited: GeneratedVestiging[] = lists.vestigingen.map((v) => ({ ...v }));
    const renamed = edited[0]!;
    renamed.vestigingsnaam = `${renamed.vestigingsnaam} (vernieuwd)`;
    // A po school of one vestiging moves to another board.
    const mover = edited.find(
      (v) =>
        v.sector === 'po' &&
        v.brin !== renamed.brin &&
        edited.filter((w) => w.brin === v.brin).length === 1,
    )!;
    const newBoard = lists.boards.find((b) => b.nummer !== mover.board)!.nummer;
    const oldBoard = mover.board;
    mover.board = newBoard;
    // One vestiging disappears (of a school that has others or alone: either way it closes).
    const gone = edited.find(
      (v) => v.brin !== renamed.brin && v.brin !== mover.brin && v.sector === 'vo',
    )!;
    const remaining = edited.filter((v) => v !== gone);
    const added: GeneratedVestiging = {
      ...renamed,
      vestigingsnummer: '07',
      vestigingsnaam: 'Nieuwe locatie Zuïd',
    };
    clock.set('2025-04-01T10:00:00Z');
    const res = await applied(upload(renderVestigingenList([...remaining, added])));
    const goneSchoolClosed = !remaining.some((v) => v.brin === gone.brin);
    expect(res.body.counts.vestigingen).toMatchObject({ registered: 1, updated: 2, closed: 1 });
    // The school that lost a vestiging may change too (its main address or
    // onderwijsstructuren come from its vestigingen); no other school may.
    const goneSchoolChanged = res.body.counts.schools.updated + res.body.counts.schools.closed - 1;
    expect(res.body.counts.schools).toMatchObject({ registered: 0 });
    expect(goneSchoolChanged).toBeLessThanOrEqual(1);
    if (goneSchoolClosed) expect(res.body.counts.schools.closed).toBe(1);
    expect(res.body.boardChanges).toEqual([{ brin: mover.brin, from: oldBoard, to: newBoard }]);

    await topics['vestigingen']!.waitForCount(seen.v + 4);
    const vEvents = events('vestigingen').slice(seen.v);
    const bySubject = Object.fromEntries(vEvents.map((e) => [e.subject, e]));
    expect(vEvents).toHaveLength(4);
    expect(kind(bySubject[`${renamed.brin}${renamed.vestigingsnummer}`]!)).toBe('updated');
    expect(bySubject[`${renamed.brin}${renamed.vestigingsnummer}`]!.data.changedFields).toEqual([
      'name',
    ]);
    expect(bySubject[`${renamed.brin}${renamed.vestigingsnummer}`]!.data.revision).toBe(2);
    expect(bySubject[`${mover.brin}00`]!.data.changedFields).toEqual(['bevoegdGezagNummer']);
    expect(kind(bySubject[`${added.brin}07`]!)).toBe('registered');
    // A vestiging new in a later list is really new: no initialLoad.
    expect(bySubject[`${added.brin}07`]!.data['initialLoad']).toBeUndefined();
    const closed = bySubject[`${gone.brin}${gone.vestigingsnummer}`]!;
    expect(kind(closed)).toBe('closed');
    expect(closed.data['vestiging']).toMatchObject({ status: 'closed', closedOn: '2025-04-01' });

    await topics['schools']!.waitForCount(seen.s + 1 + (goneSchoolClosed ? 1 : 0));
    const moved = events('schools')
      .slice(seen.s)
      .find((e) => e.subject === mover.brin)!;
    expect(moved.data.changedFields).toEqual(['bevoegdGezagNummer']);
    expect(moved.data['school']).toMatchObject({ bevoegdGezagNummer: newBoard });

    // Still in the registry, marked closed; and the school's history shows the import.
    const stored = await request(service.http)
      .get(`/vestigingen/${gone.brin}${gone.vestigingsnummer}`)
      .set(beheerder)
      .expect(200);
    expect(stored.body).toMatchObject({ status: 'closed', closedOn: '2025-04-01' });
    const history = await request(service.http)
      .get(`/schools/${renamed.brin}/history`)
      .set(beheerder)
      .expect(200);
    expect(history.body.history).toContainEqual(
      expect.objectContaining({
        entity: 'vestiging',
        key: `${renamed.brin}${renamed.vestigingsnummer}`,
        event: 'updated',
        changedFields: ['name'],
        importId: res.body._id,
      }),
    );
  });

  it('applies the good rows of a file with a corrupt row and reports the bad one by line', async () => {
    await settled();
    const rows = lists.vestigingen.slice(0, 3).map((v) => ({ ...v }));
    rows[1] = { ...rows[1]!, brin: '9ZZZ' };
    const res = await applied(upload(renderVestigingenList(rows), '?complete=false'));
    expect(res.body.errorCount).toBe(1);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ line: 3, reason: expect.stringMatching(/bad BRIN '9ZZZ'/) }),
    ]);
    expect(res.body.appliedRows).toBe(2);
    expect(res.body.counts.vestigingen.closed).toBe(0); // complete=false: a partial list closes nothing
    const stored = await request(service.http)
      .get(`/imports/${res.body._id}`)
      .set(beheerder)
      .expect(200);
    expect(stored.body.errors[0].line).toBe(3);
  });

  it('refuses a file that is not a DUO list as a whole, and writes nothing', async () => {
    const { db, client } = await connectDb(scope);
    try {
      const before = await db.collection('imports').countDocuments();
      const res = await upload(
        Buffer.from('naam;adres;telefoon\r\nPiet;Dorpsstraat 1;0612345678\r\n'),
      ).expect(400);
      expect(res.body.message).toMatch(/file refused: not a DUO list/);
      expect(await db.collection('imports').countDocuments()).toBe(before);
    } finally {
      await client.close();
    }
  });

  it('applies an upload whose import lease a replica that died still holds, once the lease runs out', async () => {
    await settled();
    const { db, client } = await connectDb(scope);
    try {
      // A replica was killed (kill -9) while it held the import lease: it
      // stays taken until it expires, and nobody releases it.
      const expiresAt = new Date(Date.now() + 4000);
      await db
        .collection<{ _id: string }>('leases')
        .updateOne(
          { _id: 'job:registry-import' },
          { $set: { holder: 'killed-replica', expiresAt, acquiredAt: new Date() } },
          { upsert: true },
        );
      const accepted = await upload(
        renderVestigingenList(lists.vestigingen.slice(0, 2)),
        '?complete=false',
      ).expect(202);
      // Accepted, not refused with 409 as when the import ran in the request; waiting for the lease.
      expect(accepted.body.status).toBe('queued');
      const done = await applied(
        request(service.http).get(`/imports/${accepted.body._id}`).set(beheerder),
        200,
      );
      expect(done.body).toMatchObject({ status: 'completed', attempts: 1 });
      const { registered, updated, unchanged, closed } = done.body.counts.vestigingen;
      expect([registered + updated + unchanged, closed]).toEqual([2, 0]);
      expect(new Date(done.body.finishedAt).getTime()).toBeGreaterThanOrEqual(expiresAt.getTime());
      expect(await db.collection('import_files').countDocuments()).toBe(0);
    } finally {
      await client.close();
    }
  });

  it('keeps contact data through the API, validated, as an update event', async () => {
    await settled();
    const v = lists.vestigingen[2]!;
    const code = `${v.brin}${v.vestigingsnummer}`;
    const seen = topics['vestigingen']!.messages.length;
    await request(service.http)
      .put(`/vestigingen/${code}/contact`)
      .set(beheerder)
      .send({ directieEmail: 'not-an-address' })
      .expect(400)
      .expect((r) => expect(r.body.message).toMatch(/not an e-mail address/));
    await request(service.http)
      .put(`/vestigingen/12AB0/contact`)
      .set(beheerder)
      .send({ directieEmail: null })
      .expect(400);
    const res = await request(service.http)
      .put(`/vestigingen/${code}/contact`)
      .set(beheerder)
      .send({ directieEmail: 'directie@school.nl' })
      .expect(200);
    expect(res.body).toMatchObject({
      changed: true,
      snapshot: { directieEmail: 'directie@school.nl' },
    });
    await topics['vestigingen']!.waitForCount(seen + 1);
    const event = events('vestigingen')[seen]!;
    expect(event.data.changedFields).toEqual(['directieEmail']);
    // A re-import keeps it (DUO has no such column) and emits nothing for it.
    await applied(upload(renderVestigingenList(lists.vestigingen.slice(2, 3)), '?complete=false'));
    const stored = await request(service.http)
      .get(`/vestigingen/${code}`)
      .set(beheerder)
      .expect(200);
    expect(stored.body.directieEmail).toBe('directie@school.nl');
  });

  it('answers queries by board, BRIN and search, paginated', async () => {
    const board = lists.boards[0]!.nummer;
    const schools = await request(service.http)
      .get(`/boards/${board}/schools?pageSize=2`)
      .set(beheerder)
      .expect(200);
    expect(schools.body.items.length).toBeLessThanOrEqual(2);
    expect(schools.body.total).toBeGreaterThan(0);
    for (const s of schools.body.items) expect(s.bevoegdGezagNummer).toBe(board);
    const vo = await request(service.http)
      .get('/vestigingen?sector=vo&pageSize=500')
      .set(beheerder)
      .expect(200);
    expect(vo.body.total).toBeGreaterThan(0);
    for (const v of vo.body.items) expect(v.sector).toBe('vo');
    const named = await request(service.http)
      .get('/schools?name=MARIËN')
      .set(beheerder)
      .expect(200);
    for (const s of named.body.items) expect(s.name.toLowerCase()).toContain('mariën');
    await request(service.http).get('/schools?sector=kinderopvang').set(beheerder).expect(400);
    await request(service.http).get('/schools/1234').set(beheerder).expect(400);
    await request(service.http).get('/schools/99ZZ').set(beheerder).expect(404);
  });

  it('refuses a DUO finance file uploaded as a boards list, whole, and writes nothing', async () => {
    // The real po balans (one row per board and year, BEVOEGD GEZAG NUMMER
    // and NAAM but no address): it used to be accepted as a boards list.
    const finance = join(SHARED_DUO_DIR, 'po/financien/01.-po-(mab)-balans-2011-2015.csv');
    await settled();
    const boards = await request(service.http).get('/boards?limit=1').set(beheerder).expect(200);
    const imports = await request(service.http).get('/imports?limit=1').set(beheerder).expect(200);
    const res = await request(service.http)
      .post('/imports')
      .set(beheerder)
      .attach('file', readFileSync(finance), basename(finance))
      .expect(400);
    expect(res.body.message).toMatch(
      /file refused: not a DUO list of boards: its JAAR and GROEPERING columns make it figures per board and year/,
    );
    expect(
      (await request(service.http).get('/imports?limit=1').set(beheerder).expect(200)).body.total,
    ).toBe(imports.body.total);
    const after = await request(service.http).get('/boards?limit=1').set(beheerder).expect(200);
    expect(after.body).toEqual(boards.body);
  });

  // The real lists under ../shared/data/duo (beside the clone, as in CI), each with its folder's sector.
  const real = findRealDuoFiles().filter((f) => f.kind === 'vestigingen');
  it('finds the real DUO address lists under ../shared/data/duo, and not the other files there', () => {
    expect(real.map((f) => relative(SHARED_DUO_DIR, f.path)).sort()).toEqual([
      'po/2019-09/03-09-2019_03-alle-vestigingen-bo.csv',
      'po/2026-04/02.-alle-schoolvestigingen-basisonderwijs.csv',
      'po/2026-08/02.-alle-schoolvestigingen-basisonderwijs.csv',
      'vo/2020/alle-vestigingen-vo.csv',
    ]);
  });

  /** The header and the first `rows` lines of a file, byte for byte (its encoding and line ends kept). */
  function firstLines(bytes: Buffer, rows: number): Buffer {
    let end = -1;
    for (let i = 0; i <= rows; i++) end = bytes.indexOf(0x0a, end + 1);
    return end < 0 ? bytes : bytes.subarray(0, end + 1);
  }

  it(`imports the real DUO lists, streamed (${real.map((f) => basename(f.path)).join(', ')})`, async () => {
    // Each list whole is read and checked by the unit tests (parse.spec.ts);
    // imported here are their first 100 rows each, as published, because the
    // writes of four national lists take minutes on the shared CI machine.
    for (const file of real) {
      const res = await applied(
        request(service.http)
          .post(`/imports?complete=false&sector=${file.sector}`)
          .set(beheerder)
          .attach('file', firstLines(readFileSync(file.path), 100), basename(file.path)),
      );
      expect(res.body).toMatchObject({
        status: 'completed',
        totalRows: 100,
        appliedRows: 100,
        errorCount: 0,
      });
    }
  }, 300_000);
});
