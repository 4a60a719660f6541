import { type ControllerTestApp, controllerTestApp } from '@inspectorate/testing';
import { NotFoundError } from '@inspectorate/http';
import { DuoFileRejected } from '../../duo/parse';
import type { ImportReport } from '../domain/report';
import { ImportRefused } from '../usecases/import-duo-list.usecase';
import { ImportQueue } from '../usecases/import-queue';
import { RegistryQueries, type SearchCriteria } from '../usecases/registry.queries';
import { UpdateContactUseCase } from '../usecases/update-contact.usecase';
import { RegistryController } from './registry.controller';

const address = {
  straat: 'Schoolstraat',
  huisnummer: 1,
  huisnummerToevoeging: null,
  postcode: '1234 AB',
  plaats: 'Utrecht',
};
const common = {
  address,
  gemeente: { nummer: '0344', naam: 'Utrecht' },
  status: 'open',
  closedOn: null,
  revision: 1,
  lastImportId: null,
  updatedAt: '2026-06-30T10:00:00.000Z',
};

/** Entities as the API shows them (snapshot + bookkeeping), one of each kind per n. */
const entity = {
  board: (n: number) => ({
    ...common,
    bevoegdGezagNummer: String(10000 + n),
    name: `Stichting ${n}`,
    denominatie: null,
    contactEmail: null,
  }),
  school: (n: number) => ({
    ...common,
    brin: `${10 + n}AA`,
    name: `School ${n}`,
    bevoegdGezagNummer: '10001',
    sector: 'po',
    denominatie: null,
    onderwijsstructuren: [],
    isdContactEmail: null,
  }),
  vestiging: (n: number) => ({
    ...common,
    vestigingCode: `12AB0${n}`,
    brin: '12AB',
    vestigingsnummer: `0${n}`,
    name: `Vestiging ${n}`,
    bevoegdGezagNummer: '10001',
    sector: 'vo',
    afdelingen: [],
    directieEmail: null,
  }),
};
const KEY = { board: 'bevoegdGezagNummer', school: 'brin', vestiging: 'vestigingCode' } as const;
type Kind = keyof typeof KEY;

const report = (id: string, startedAt: string): ImportReport => ({
  _id: id,
  fileName: 'list.csv',
  kind: 'boards',
  encoding: 'utf-8',
  complete: true,
  sectors: [],
  status: 'completed',
  startedAt: new Date(startedAt),
  finishedAt: null,
  durationMs: null,
  correlationId: 'c',
  totalRows: 1,
  appliedRows: 1,
  errorCount: 0,
  errors: [],
  warningCount: 0,
  warnings: [],
  counts: {},
  boardChanges: [],
});

/** In-memory fakes of the use cases: what the controller passes them, and canned answers. */
function fakes() {
  const all = (kind: Kind) =>
    Array.from({ length: 5 }, (_, i) => entity[kind](i)) as Record<string, unknown>[];
  const stored = { board: all('board'), school: all('school'), vestiging: all('vestiging') };
  const reports = [
    report('0003', '2026-06-03'),
    report('0002', '2026-06-02'),
    report('0001', '2026-06-01'),
  ];
  const calls: unknown[][] = [];
  const queries = {
    async search(kind: Kind, criteria: SearchCriteria, after: string | undefined, limit: number) {
      calls.push(['search', kind, criteria, after, limit]);
      const items = stored[kind].filter((e) => after === undefined || String(e[KEY[kind]]) > after);
      return { items: items.slice(0, limit + 1), total: stored[kind].length };
    },
    async get(kind: Kind, key: string) {
      const found = stored[kind].find((e) => e[KEY[kind]] === key);
      if (!found) throw new NotFoundError(`${kind} ${key} is not in the registry`);
      return found;
    },
    async imports(after: { id: string } | undefined, limit: number) {
      const items = reports.filter((r) => after === undefined || r._id < after.id);
      return { items: items.slice(0, limit + 1), total: reports.length };
    },
    async importReport(id: string) {
      const found = reports.find((r) => r._id === id);
      if (!found) throw new NotFoundError(`import ${id} does not exist`);
      return found;
    },
    async schoolHistory(brin: string) {
      return { brin, history: [] };
    },
  };
  const contact = {
    async execute(kind: string, key: string, email: string | null) {
      calls.push(['contact', kind, key, email]);
      if (key === '99999') throw new NotFoundError(`${kind} ${key} is not in the registry`);
      return { changed: true, snapshot: { contactEmail: email }, revision: 2 };
    },
  };
  const importList = {
    async submit(source: AsyncIterable<Uint8Array>) {
      // The upload arrives as a stream; the fake reads it whole.
      const chunks: Uint8Array[] = [];
      for await (const chunk of source) chunks.push(chunk);
      const text = Buffer.concat(chunks).toString();
      if (text.startsWith('garbage')) throw new DuoFileRejected('not a DUO list (no header found)');
      if (text.startsWith('refuse')) {
        const refused = {
          ...report('0004', '2026-06-04'),
          status: 'refused' as const,
          failure: 'none of the 3 rows could be applied',
        };
        throw new ImportRefused(refused);
      }
      return { ...report('0005', '2026-06-05'), status: 'queued' as const };
    },
  };
  return { queries, contact, importList, calls };
}

describe('RegistryController (HTTP edge, fakes)', () => {
  let t: ControllerTestApp;
  let f: ReturnType<typeof fakes>;

  beforeAll(async () => {
    f = fakes();
    t = await controllerTestApp({
      controllers: [RegistryController],
      providers: [
        { provide: RegistryQueries, useValue: f.queries },
        { provide: UpdateContactUseCase, useValue: f.contact },
        { provide: ImportQueue, useValue: f.importList },
      ],
    });
  });
  afterAll(async () => {
    // Every answer above matches /openapi.json, and every route was exercised.
    expect(await t.checkAnswers({ all: true })).toEqual([]);
    await t.close();
  });
  beforeEach(() => (f.calls.length = 0));

  describe('lists', () => {
    it('pages boards with after/limit and a next link, and keeps total', async () => {
      const first = await t.http().get('/boards?limit=2&name=Stichting').expect(200);
      expect(
        first.body.items.map((b: { bevoegdGezagNummer: string }) => b.bevoegdGezagNummer),
      ).toEqual(['10000', '10001']);
      expect(first.body.total).toBe(5);
      expect(f.calls[0]).toEqual(['search', 'board', { name: 'Stichting' }, undefined, 2]);
      const second = await t.http().get(first.body.next).expect(200);
      expect(second.body.items[0].bevoegdGezagNummer).toBe('10002');
      expect(f.calls[1]).toEqual(['search', 'board', { name: 'Stichting' }, '10001', 2]);
    });

    it('maps pageSize to limit; refuses page beyond 1, and page=1e300, with a 400 saying to follow next', async () => {
      await t.http().get('/boards?pageSize=3').expect(200);
      expect(f.calls[0]![4]).toBe(3);
      for (const q of ['page=2', 'page=1e300']) {
        const res = await t.http().get(`/boards?${q}`).expect(400);
        expect(res.body.errors[0]).toMatchObject({
          in: 'query',
          path: '/page',
          message: expect.stringContaining('cursor paging'),
        });
      }
    });

    it('answers a repeated query parameter with 400, not 500 (GET /boards?name=a&name=b)', async () => {
      const res = await t.http().get('/boards?name=a&name=b').expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([
        { in: 'query', path: '/name', message: 'is given 2 times; give it once' },
      ]);
      await t.http().get('/schools?brin=01AA&brin=02AA').expect(400);
    });

    it('checks every filter and says which one is wrong', async () => {
      const res = await t
        .http()
        .get('/schools?sector=kinderopvang&postcode=1234ab&status=gone&board=1')
        .expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        '/board',
        '/postcode',
        '/sector',
        '/status',
      ]);
      await t
        .http()
        .get('/vestigingen?name=' + encodeURIComponent('a\u0000b'))
        .expect(400);
      await t.http().get('/vestigingen?colour=red').expect(400);
    });

    it('nests schools under a board and vestigingen under a school', async () => {
      await t.http().get('/boards/10001/schools?limit=1').expect(200);
      expect(f.calls[0]).toEqual([
        'search',
        'school',
        { bevoegdGezagNummer: '10001' },
        undefined,
        1,
      ]);
      await t.http().get('/schools/12AB/vestigingen').expect(200);
      expect(f.calls[1]).toEqual(['search', 'vestiging', { brin: '12AB' }, undefined, 50]);
      await t.http().get('/schools?sector=po').expect(200);
      await t.http().get('/vestigingen?sector=vo').expect(200);
      await t.http().get('/boards/1/schools').expect(400);
    });

    it('pages import reports newest first', async () => {
      const first = await t.http().get('/imports?limit=2').expect(200);
      expect(first.body.items.map((r: { _id: string }) => r._id)).toEqual(['0003', '0002']);
      const second = await t.http().get(first.body.next).expect(200);
      expect(second.body).toMatchObject({ items: [{ _id: '0001' }], next: null, total: 3 });
      await t.http().get('/imports?after=eyJ4IjoxfQ').expect(400);
    });
  });

  describe('single entities', () => {
    it('validates keys (400) and maps not-found (404) to problems', async () => {
      await t.http().get('/boards/10001').expect(200);
      const bad = await t.http().get('/schools/1234').expect(400);
      expect(bad.body.errors[0]).toMatchObject({
        in: 'path',
        path: '/brin',
        message: expect.stringContaining('not a BRIN'),
      });
      const missing = await t.http().get('/boards/99999').expect(404);
      expect(missing.body).toMatchObject({
        status: 404,
        code: 'not-found',
        detail: 'board 99999 is not in the registry',
      });
      await t.http().get('/schools/11AA').expect(200);
      await t.http().get('/schools/12AB').expect(404);
      await t.http().get('/vestigingen/12AB01').expect(200);
      await t.http().get('/vestigingen/12AB09').expect(404);
      await t.http().get('/vestigingen/12AB0').expect(400);
      await t.http().get('/schools/12AB/history').expect(200);
      await t.http().get('/imports/0001').expect(200);
      await t.http().get('/imports/0009').expect(404);
    });
  });

  describe('contact', () => {
    it('sets a trimmed address and clears with null', async () => {
      await t
        .http()
        .put('/boards/10000/contact')
        .send({ contactEmail: ' bestuur@school.nl ' })
        .expect(200);
      expect(f.calls[0]).toEqual(['contact', 'board', '10000', 'bestuur@school.nl']);
      await t.http().put('/schools/12AB/contact').send({ isdContactEmail: null }).expect(200);
      await t
        .http()
        .put('/vestigingen/12AB00/contact')
        .send({ directieEmail: 'd@school.nl' })
        .expect(200);
      await t.http().put('/boards/99999/contact').send({ contactEmail: 'x@school.nl' }).expect(404);
    });

    it.each([
      ['NUL', 'a\u0000@school.nl'],
      ['RTL override', 'a\u202e@school.nl'],
      ['Cyrillic a', '\u0430dmin@school.nl'],
      ['two @', 'a@b@school.nl'],
    ])(
      'refuses an address with a %s at the edge (400), as the event schema would',
      async (_what, email) => {
        const res = await t
          .http()
          .put('/boards/10000/contact')
          .send({ contactEmail: email })
          .expect(400);
        expect(res.body.errors[0]).toMatchObject({ in: 'body', path: '/contactEmail' });
        expect(res.body.message).toMatch(/not an e-mail address/);
        expect(f.calls).toEqual([]);
      },
    );

    it('refuses other fields, a missing field, and JSON sent as text/plain (415)', async () => {
      const other = await t
        .http()
        .put('/boards/10000/contact')
        .send({ email: 'a@school.nl' })
        .expect(400);
      expect(other.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        '/contactEmail',
        '/email',
      ]);
      const plain = await t
        .http()
        .put('/boards/10000/contact')
        .set('content-type', 'text/plain')
        .send('{"contactEmail":"a@school.nl"}')
        .expect(415);
      expect(plain.body.detail).toContain('application/json');
    });
  });

  describe('imports', () => {
    it('takes the file as the body or as multipart, and refuses other types with 415', async () => {
      const raw = await t
        .http()
        .post('/imports?complete=false')
        .set('content-type', 'text/csv')
        .send('a;b\n')
        .expect(202);
      expect(raw.body).toMatchObject({ _id: '0005', status: 'queued' });
      // Relative to the request: behind the gateway it names the gateway's path.
      expect(raw.headers['location']).toBe('imports/0005');
      await t.http().post('/imports').attach('file', Buffer.from('a;b\n'), 'list.csv').expect(202);
      const json = await t.http().post('/imports').send({ a: 1 }).expect(415);
      expect(json.body.detail).toContain('text/csv');
      await t
        .http()
        .post('/imports?complete=maybe')
        .set('content-type', 'text/csv')
        .send('a')
        .expect(400);
      await t.http().post('/imports').expect(400);
    });

    it('answers a file that is not a DUO list 400 and a refused complete list 422, as problems', async () => {
      const garbage = await t
        .http()
        .post('/imports')
        .set('content-type', 'text/csv')
        .send('garbage')
        .expect(400);
      expect(garbage.body).toMatchObject({
        code: 'file-refused',
        message: expect.stringMatching(/file refused: not a DUO list/),
      });
      const refused = await t
        .http()
        .post('/imports')
        .set('content-type', 'text/csv')
        .send('refuse')
        .expect(422);
      expect(refused.body).toMatchObject({ code: 'import-refused', report: { status: 'refused' } });
      expect(refused.body.message).toMatch(/import refused: none of the 3 rows/);
    });
  });

  it('answers unknown routes 404 and wrong methods 405, as problems', async () => {
    await t.http().get('/nothing').expect(404);
    const wrong = await t.http().delete('/boards/10000').expect(405);
    expect(wrong.headers['allow']).toContain('GET');
  });
});
